using VLoket.Host;

await using var host = await VLoketHost.StartAsync(args);
await host.WaitForShutdownAsync();
