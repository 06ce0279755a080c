using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Registratie;
using Microsoft.Extensions.DependencyInjection;
using PostcodeInfo = VLoket.Domain.Verenigingen.Waarden.PostcodeInfo;
using PostcodeRegister = VLoket.Domain.Verenigingen.Waarden.PostcodeRegister;
using VCode = VLoket.Domain.Verenigingen.Waarden.VCode;
using ModelAdres = VLoket.Domain.Verenigingen.Model.Adres;
using ModelDoelgroep = VLoket.Domain.Verenigingen.Model.Doelgroep;

namespace VLoket.Bench;

/// <summary>
/// Latency of the duplicate check (index read + name scoring) with many associations loaded, spread over the Flemish
/// municipalities in proportion to a made-up population weight. Options: [verenigingen=100000] [controles=300].
/// </summary>
public static class DuplicaatBenchmark
{
    static readonly string[] Soorten = ["Chiro", "KSA", "KLJ", "Scouts", "Voetbalclub", "Volleybalclub", "Tennisclub", "Fanfare", "Harmonie",
        "Koor", "Toneelgroep", "Buurtcomité", "Oudervereniging", "Seniorenvereniging", "Jeugdhuis", "Wielerclub", "Schaakclub", "Gezinsbond"];

    static readonly string[] Namen = ["Sint-Jan", "Sint-Pieter", "Sint-Martinus", "De Eendracht", "Ons Genoegen", "De Vrijheid", "Den Dries",
        "Heilig Hart", "Sint-Cecilia", "De Toekomst", "Vooruit", "De Linde", "'t Pleintje", "Sint-Amandus", "De Kouter", "Het Anker"];

    public static async Task RunAsync(string[] args)
    {
        int verenigingen = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        int controles = args.Length > 1 ? int.Parse(args[1]) : 300;

        await using var omgeving = await BenchOmgeving.StartAsync();
        await using var host = await omgeving.HostAsync("bench" + Guid.NewGuid().ToString("N")[..8]);
        var index = host.Services.GetRequiredService<GemeenteIndex>();
        var controle = host.Services.GetRequiredService<DuplicaatControle>();
        var gemeenten = PostcodeRegister.Instance.Alle.GroupBy(p => p.NutsLau).Select(g => g.First()).ToList();
        var random = new Random(20261130);

        // Bigger towns get more associations: weight by the number of postcodes, Gent and Antwerpen ten times more.
        var gewichten = gemeenten.Select(g => (double)PostcodeRegister.Instance.Alle.Count(p => p.NutsLau == g.NutsLau) *
            (g.Gemeente is "Gent" or "Antwerpen" ? 10 : 1)).ToArray();
        double totaal = gewichten.Sum();
        var perGemeente = gemeenten.Select((g, i) => (Gemeente: g, Aantal: (int)Math.Round(verenigingen * gewichten[i] / totaal))).ToList();

        double laadMs = await BenchOmgeving.TijdAsync(async () =>
        {
            int volgnummer = 1001;
            await Parallel.ForEachAsync(perGemeente.Select(p => (p.Gemeente, p.Aantal, Start: Interlocked.Add(ref volgnummer, p.Aantal) - p.Aantal)),
                new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (p, ct) =>
                {
                    var items = Enumerable.Range(0, p.Aantal).Select(i => new GemeenteIndexItem(
                        VCode.FromNummer(p.Start + i).Value, Naam(new Random(p.Start + i), p.Gemeente.Gemeente),
                        [Locatie(p.Gemeente)], [new Hoofdactiviteit("SPRT", "Sport")])).ToList();
                    await index.VoegToeInBulkAsync(p.Gemeente.NutsLau, items, ct);
                });
        });
        int geladen = perGemeente.Sum(p => p.Aantal);
        var grootste = perGemeente.MaxBy(p => p.Aantal);
        Console.WriteLine($"{geladen} verenigingen geladen in {laadMs / 1000:F1} s over {gemeenten.Count} gemeenten (grootste: {grootste.Gemeente.Gemeente} met {grootste.Aantal})");

        var tijden = new List<double>();
        var tijdenGrootste = new List<double>();
        for (int i = 0; i < controles; i++)
        {
            // Half of the checks in the busiest municipality: the worst case a volunteer in a city meets.
            var gemeente = i % 2 == 0 ? grootste.Gemeente : gemeenten[random.Next(gemeenten.Count)];
            var nieuw = new Vereniging
            {
                VCode = string.Empty, Verenigingstype = Codelijsten.Vzer, Naam = Naam(random, gemeente.Gemeente),
                Doelgroep = new ModelDoelgroep(0, 150), Locaties = [Locatie(gemeente)],
            };
            double ms = await BenchOmgeving.TijdAsync(() => controle.ZoekAsync(nieuw));
            if (i >= 10)
            {
                tijden.Add(ms);
                if (gemeente == grootste.Gemeente)
                {
                    tijdenGrootste.Add(ms);
                }
            }
        }

        var (mediaan, p95) = BenchOmgeving.Percentielen(tijden);
        var (mediaanGroot, p95Groot) = BenchOmgeving.Percentielen(tijdenGrootste);
        Console.WriteLine($"duplicaten: {tijden.Count} controles met {geladen} verenigingen geladen: mediaan {mediaan:F1} ms, p95 {p95:F1} ms");
        Console.WriteLine($"duplicaten: alleen {grootste.Gemeente.Gemeente} ({grootste.Aantal} verenigingen): mediaan {mediaanGroot:F1} ms, p95 {p95Groot:F1} ms");
    }

    static string Naam(Random random, string gemeente) =>
        $"{Soorten[random.Next(Soorten.Length)]} {Namen[random.Next(Namen.Length)]} {(random.Next(3) == 0 ? gemeente : string.Empty)}".Trim();

    static Locatie Locatie(PostcodeInfo p) =>
        new(1, "Activiteiten", null, true, new ModelAdres("Kerkstraat", "1", null, p.Postcode, p.Gemeente, "België"), Herkomst.Vereniging);
}
