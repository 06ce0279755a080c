using VLoket.Agencies.Simulator;

await using var simulator = await SimulatorHost.StartAsync(args);
Console.WriteLine($"Simulated agencies and data sources listen on {simulator.BaseAddress}");
await simulator.WaitForShutdownAsync();
