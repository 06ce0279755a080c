using VLoket.Bench;

// Benchmarks compare against a baseline measured in the same run on the same Azurite, because machines here are noisy.
string welke = args.FirstOrDefault() ?? "help";
var benchmarks = new Dictionary<string, Func<string[], Task>>(StringComparer.OrdinalIgnoreCase)
{
    ["registratie"] = RegistratieBenchmark.RunAsync,
    ["duplicaten"] = DuplicaatBenchmark.RunAsync,
    ["aanvragen"] = AanvraagBenchmark.RunAsync,
    ["aanbod"] = AanbodBenchmark.RunAsync,
    ["dossierlijst"] = DossierlijstBenchmark.RunAsync,
    ["inbox"] = InboxBenchmark.RunAsync,
    ["invarianten"] = InvariantenBenchmark.RunAsync,
    ["motor"] = MotorBenchmark.RunAsync,
    ["dienstvensters"] = DienstvensterBenchmark.RunAsync,
};

if (!benchmarks.TryGetValue(welke, out var run))
{
    Console.WriteLine($"Usage: dotnet run -c Release --project bench/VLoket.Bench -- <{string.Join('|', benchmarks.Keys)}> [options]");
    Console.WriteLine("See bench/README.md.");
    return 1;
}

await run(args.Skip(1).ToArray());
return 0;
