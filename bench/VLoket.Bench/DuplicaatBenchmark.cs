using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Registratie;
using Microsoft.Extensions.DependencyInjection;
using PostcodeInfo = VLoket.Domain.Verenigingen.Waarden.PostcodeInfo;
using ModelDoelgroep = VLoket.Domain.Verenigingen.Model.Doelgroep;

namespace VLoket.Bench;

/// <summary>
/// Latency of the duplicate check (blocking index search, scoring the candidates, reading the best matches back) with
/// many associations loaded, spread over the Flemish municipalities in proportion to a made-up population weight,
/// against the same check on a tenth as many in the same run (alternating checks).
/// Options: [verenigingen=100000] [controles=300] [verversing=2 (seconds)].
/// </summary>
public static class DuplicaatBenchmark
{
    sealed record Opstelling(string Naam, int Geladen, (PostcodeInfo Gemeente, int Aantal) Grootste, DuplicaatControle Controle, KandidatenCache Cache,
        List<double> Tijden, List<double> TijdenGrootste, List<double> Geheugen, List<double> Kandidaten);

    public static async Task RunAsync(string[] args)
    {
        int verenigingen = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        int controles = args.Length > 1 ? int.Parse(args[1]) : 300;
        // Seconds before an instance reads other instances' writes again (the app's default is 2).
        string verversing = args.Length > 2 ? args[2] : "2";
        var instellingen = new Dictionary<string, string?> { [VLoket.Functions.VLoketServiceCollectionExtensions.DuplicaatVerversingSetting] = verversing };

        await using var omgeving = await BenchOmgeving.StartAsync();
        await using var klein = await omgeving.HostAsync("bench" + Guid.NewGuid().ToString("N")[..8], instellingen);
        await using var groot = await omgeving.HostAsync("bench" + Guid.NewGuid().ToString("N")[..8], instellingen);
        var gemeenten = BenchVerenigingen.Gemeenten();
        var basis = await LaadAsync(klein.Services, gemeenten, verenigingen / 10, "basislijn");
        var gemeten = await LaadAsync(groot.Services, gemeenten, verenigingen, "gemeten");

        // Alternate: one check on the baseline, the same check on the measured set, so both meet the same machine load.
        var random = new Random(20261130);
        for (int i = 0; i < controles; i++)
        {
            // Half of the checks in the busiest municipality: the worst case a volunteer in a city meets.
            bool inGrootste = i % 2 == 0;
            var gemeente = inGrootste ? gemeten.Grootste.Gemeente : gemeenten[random.Next(gemeenten.Count)];
            var nieuw = new Vereniging
            {
                VCode = string.Empty, Verenigingstype = Codelijsten.Vzer, Naam = BenchVerenigingen.Naam(random, gemeente.Gemeente),
                Doelgroep = new ModelDoelgroep(0, 150), Locaties = [BenchVerenigingen.Locatie(gemeente)],
            };
            foreach (var o in i % 4 < 2 ? new[] { basis, gemeten } : [gemeten, basis])
            {
                double ms = await BenchOmgeving.TijdAsync(() => o.Controle.ZoekAsync(nieuw));
                var index = await o.Cache.IndexAsync(gemeente.NutsLau);
                double geheugenMs = await BenchOmgeving.TijdAsync(() => Task.FromResult(index.Zoek(nieuw.Naam)));
                if (i >= 10) // warm-up
                {
                    o.Geheugen.Add(geheugenMs);
                    o.Kandidaten.Add(index.AantalKandidaten(nieuw.Naam));
                    o.Tijden.Add(ms);
                    if (inGrootste)
                    {
                        o.TijdenGrootste.Add(ms);
                    }
                }
            }
        }

        foreach (var o in new[] { basis, gemeten })
        {
            var (mediaan, p95) = BenchOmgeving.Percentielen(o.Tijden);
            var (mediaanGroot, p95Groot) = BenchOmgeving.Percentielen(o.TijdenGrootste);
            var (mediaanGeheugen, p95Geheugen) = BenchOmgeving.Percentielen(o.Geheugen);
            Console.WriteLine($"duplicaten ({o.Naam}): {o.Tijden.Count} controles met {o.Geladen} verenigingen: mediaan {mediaan:F1} ms, p95 {p95:F1} ms; " +
                              $"alleen {o.Grootste.Gemeente.Gemeente} ({o.Grootste.Aantal}): mediaan {mediaanGroot:F1} ms, p95 {p95Groot:F1} ms; " +
                              $"zoeken in het geheugen: mediaan {mediaanGeheugen:F2} ms, p95 {p95Geheugen:F2} ms over gemiddeld {o.Kandidaten.Average():F0} verschillende namen");
        }

        double verhouding = BenchOmgeving.Percentielen(gemeten.Tijden).P95 / BenchOmgeving.Percentielen(basis.Tijden).P95;
        Console.WriteLine($"duplicaten: p95 bij {gemeten.Geladen} ÷ p95 bij {basis.Geladen} = {verhouding:F2} (vlak = 1)");
    }

    static async Task<Opstelling> LaadAsync(IServiceProvider services, List<PostcodeInfo> gemeenten, int verenigingen, string naam)
    {
        var cache = services.GetRequiredService<KandidatenCache>();
        var perGemeente = BenchVerenigingen.Spreiding(gemeenten, verenigingen);
        double laadMs = await BenchOmgeving.TijdAsync(() => BenchVerenigingen.LaadAsync(services, perGemeente, metRijen: false));

        // Warm start: the instance reads the table once and indexes every municipality. Without it a municipality costs
        // one partition read on its first check (on Azurite every query walks the whole table, so that is not flat here).
        double warmMs = await BenchOmgeving.TijdAsync(() => cache.VoorverwarmAsync());
        int geladen = perGemeente.Sum(p => p.Aantal);
        var grootste = perGemeente.MaxBy(p => p.Aantal)!;
        Console.WriteLine($"{naam}: {geladen} verenigingen geladen in {laadMs / 1000:F1} s over {gemeenten.Count} gemeenten (grootste: " +
                          $"{grootste.Gemeente.Gemeente} met {grootste.Aantal}); index in {warmMs / 1000:F1} s, werkgeheugen " +
                          $"{System.Diagnostics.Process.GetCurrentProcess().WorkingSet64 / 1024 / 1024} MiB");
        return new Opstelling(naam, geladen, (grootste.Gemeente, grootste.Aantal), services.GetRequiredService<DuplicaatControle>(), cache, [], [], [], []);
    }
}
