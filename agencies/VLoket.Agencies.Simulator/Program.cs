using VLoket.Agencies.Simulator;
using VLoket.Agencies.Simulator.Instanties;

await using var simulator = await SimulatorHost.StartAsync(args);
Console.WriteLine($"Simulated agencies and data sources listen on {simulator.BaseAddress}");
foreach (var instantie in SimulatorInstanties.Alle)
{
    Console.WriteLine($"  {instantie.OvoCode} ({instantie.Modus}) {simulator.InstantieUrl(instantie.OvoCode)}");
}

await simulator.WaitForShutdownAsync();
