using System.Diagnostics;
using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Model;
using PostcodeRegister = VLoket.Domain.Verenigingen.Waarden.PostcodeRegister;

namespace VLoket.Bench;

/// <summary>
/// Cost of an association's overview against the catalogue: the pure matching (profile, one pass over the services,
/// ordering the matches), in memory, for generated catalogues of 1,000 and 10,000 services. The two sizes run
/// interleaved, in samples of equal duration, so machine noise hits both alike; the ratio of the medians should stay
/// near 10 (linear).
/// Options: [iteraties=500].
/// </summary>
public static class AanbodBenchmark
{
    static readonly string[] Types = ["FinancieelVoordeel", "Toelating", "InfrastructuurMateriaal", "AdviesBegeleiding", "Bewijs", "FinancieleVerplichting"];
    static readonly string[] Activiteiten = ["JGDW", "SPRT", "KECU", "BWWC", "NMDW", "SOVO", "GEWE", "HOSP"];
    static readonly string[][] Verenigingstypes = [[], [], ["FV", "VZER", "VZW"], ["VZW", "IVZW", "PS", "SVON"]];

    public static Task RunAsync(string[] args)
    {
        int iteraties = args.Length > 0 ? int.Parse(args[0]) : 500;
        var vandaag = new DateOnly(2026, 11, 30);
        // The index is built once per catalogue load (DienstCatalogus), not per overview: outside the timings.
        var klein = new Geschiktheidsindex(Catalogus(1_000, seed: 1));
        var groot = new Geschiktheidsindex(Catalogus(10_000, seed: 2));
        var chiro = Chiro();

        // Warm-up: JIT, tiered compilation and the postcode register.
        for (int i = 0; i < 50; i++)
        {
            Match(klein, chiro, vandaag);
            Match(groot, chiro, vandaag);
        }

        // The small catalogue is timed in batches as long as one run over the large one: a shared, busy machine then
        // preempts both sizes alike, instead of mostly the longer runs.
        int batch = groot.Diensten.Count / klein.Diensten.Count;
        var tijdenKlein = new List<double>(iteraties);
        var tijdenGroot = new List<double>(iteraties);
        int treffersKlein = 0, treffersGroot = 0;
        for (int i = 0; i < iteraties; i++)
        {
            tijdenKlein.Add(Meet(klein, chiro, vandaag, batch, out treffersKlein));
            tijdenGroot.Add(Meet(groot, chiro, vandaag, 1, out treffersGroot));
        }

        var (mediaanKlein, p95Klein) = BenchOmgeving.Percentielen(tijdenKlein);
        var (mediaanGroot, p95Groot) = BenchOmgeving.Percentielen(tijdenGroot);
        Console.WriteLine($"aanbod: {klein.Diensten.Count} diensten: mediaan {mediaanKlein:F1} µs, p95 {p95Klein:F1} µs per overzicht ({treffersKlein} passende diensten, gemeten per {batch})");
        Console.WriteLine($"aanbod: {groot.Diensten.Count} diensten: mediaan {mediaanGroot:F1} µs, p95 {p95Groot:F1} µs per overzicht ({treffersGroot} passende diensten)");
        Console.WriteLine($"aanbod: verhouding mediaan {groot.Diensten.Count}/{klein.Diensten.Count} = {mediaanGroot / mediaanKlein:F2} (lineair = {groot.Diensten.Count / klein.Diensten.Count}), {iteraties} iteraties per grootte");
        return Task.CompletedTask;
    }

    // What one overview request computes once the catalogue is in memory.
    static int Match(Geschiktheidsindex catalogus, Vereniging vereniging, DateOnly vandaag) =>
        Aanbod.Bereken(catalogus, Verenigingsprofiel.Van(vereniging), vandaag).Count;

    // One sample: the time per overview over `herhalingen` runs, so every sample lasts about as long whatever the size.
    static double Meet(Geschiktheidsindex catalogus, Vereniging vereniging, DateOnly vandaag, int herhalingen, out int treffers)
    {
        treffers = 0;
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < herhalingen; i++)
        {
            treffers = Match(catalogus, vereniging, vandaag);
        }

        return Stopwatch.GetElapsedTime(start).TotalMicroseconds / herhalingen;
    }

    static Vereniging Chiro() => new()
    {
        VCode = "V0001001",
        Verenigingstype = Codelijsten.Vzer,
        Verenigingssubtype = Codelijsten.FeitelijkeVereniging,
        Naam = "Chiro Sint-Jan Gent",
        Startdatum = "1968-09-01",
        Doelgroep = new Doelgroep(6, 18),
        Hoofdactiviteiten = [new Hoofdactiviteit("JGDW", "Jeugdwerk")],
        Werkingsgebieden = [new Werkingsgebied("BE23444021", "Gent")],
        Locaties = [new Locatie(1, "Activiteiten", null, true, new Adres("Sint-Jansvest", "12", null, "9000", "Gent", "België"), Herkomst.Vereniging)],
    };

    /// <summary>
    /// A catalogue shaped like a real one: a fifth Flemish or federal, the rest spread over provinces and
    /// municipalities (Gent more often, as a big city has more services); restrictions, windows and recognitions mixed.
    /// </summary>
    static List<Dienst> Catalogus(int aantal, int seed)
    {
        var random = new Random(seed);
        var gemeenten = PostcodeRegister.Instance.Alle.Select(p => p.NutsLau).Distinct().ToArray();
        string[] provincies = ["BE21", "BE22", "BE23", "BE24", "BE25"];
        var diensten = new List<Dienst>(aantal);
        for (int i = 0; i < aantal; i++)
        {
            int r = random.Next(100);
            string gebied = r < 20 ? (r < 8 ? "BE" : "BE2") : r < 35 ? provincies[random.Next(provincies.Length)] : r < 40 ? "BE23444021" : gemeenten[random.Next(gemeenten.Length)];
            var criteria = new Geschiktheidscriteria
            {
                Verenigingstypes = [.. Verenigingstypes[random.Next(Verenigingstypes.Length)]],
                Hoofdactiviteiten = random.Next(2) == 0 ? [] : [Activiteiten[random.Next(Activiteiten.Length)], Activiteiten[random.Next(Activiteiten.Length)]],
                Doelgroep = random.Next(4) == 0 ? new Leeftijden(random.Next(0, 40), random.Next(40, 151)) : null,
                MinimumBestaansjaren = random.Next(5) == 0 ? random.Next(1, 4) : 0,
                Erkenningen = random.Next(10) == 0 ? [new VereisteErkenning("E" + random.Next(100), "een erkenning")] : [],
                Aanvraagvensters = random.Next(3) == 0 ? [new Aanvraagvenster($"{random.Next(1, 13):D2}-01", $"{random.Next(1, 13):D2}-28", true)] : [],
            };
            diensten.Add(new Dienst
            {
                Productnummer = (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Naam = new Taalkaart { ["nl"] = $"Dienst {i}" },
                Beschrijving = new Taalkaart { ["nl"] = "Gegenereerde dienst." },
                Type = Types[random.Next(Types.Length)],
                Doelgroepen = ["Vereniging"],
                BevoegdBestuursniveaus = ["Lokaal"],
                BevoegdeOverheden = ["OVO004021"],
                GeografischToepassingsgebieden = [gebied],
                Geschiktheid = criteria,
                Aanvraagwijze = Aanvraag.Doorverwijzing,
                AanvraagUrl = "https://voorbeeld.be",
            });
        }

        return diensten;
    }
}
