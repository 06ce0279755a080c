using System.Diagnostics;
using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Model;
using PostcodeRegister = VLoket.Domain.Verenigingen.Waarden.PostcodeRegister;

namespace VLoket.Bench;

/// <summary>
/// Cost of an association's overview against the catalogue: the pure matching (profile, one pass over the services,
/// ordering the matches), in memory, for generated catalogues of 1,000 and 10,000 services. The index is built once
/// per catalogue load (as <c>DienstCatalogus</c> does), outside the timings.
/// The two sizes are measured alike: every sample covers 10,000 services, either one overview on the large catalogue
/// or one overview on each of ten different small catalogues, interleaved. Each sample so lasts about as long (a busy
/// machine preempts both alike) and touches as much memory (the processor cache favours neither), and the ratio of
/// the medians shows how the cost of one overview grows with the catalogue: 10 is linear.
/// For context it also reports the small catalogue with a warm cache (the same one ten times in a row).
/// Options: [iteraties=500].
/// </summary>
public static class AanbodBenchmark
{
    const int Klein = 1_000;
    const int Groot = 10_000;
    const int Kleine = Groot / Klein;

    static readonly string[] Types = ["FinancieelVoordeel", "Toelating", "InfrastructuurMateriaal", "AdviesBegeleiding", "Bewijs", "FinancieleVerplichting"];
    static readonly string[] Activiteiten = ["JGDW", "SPRT", "KECU", "BWWC", "NMDW", "SOVO", "GEWE", "HOSP"];
    static readonly string[][] Verenigingstypes = [[], [], ["FV", "VZER", "VZW"], ["VZW", "IVZW", "PS", "SVON"]];

    public static Task RunAsync(string[] args)
    {
        int iteraties = args.Length > 0 ? int.Parse(args[0]) : 500;
        var vandaag = new DateOnly(2026, 11, 30);
        var kleine = Enumerable.Range(1, Kleine).Select(seed => new Geschiktheidsindex(Catalogus(Klein, seed))).ToArray();
        var groot = new Geschiktheidsindex(Catalogus(Groot, seed: 100));
        var chiro = Chiro();

        // Warm-up: JIT, tiered compilation and the postcode register.
        for (int i = 0; i < 50; i++)
        {
            Meet(kleine, chiro, vandaag, out _);
            Meet([groot], chiro, vandaag, out _);
        }

        var tijdenKlein = new List<double>(iteraties);
        var tijdenGroot = new List<double>(iteraties);
        var tijdenWarm = new List<double>(iteraties);
        var warm = Enumerable.Repeat(kleine[0], Kleine).ToArray();
        double treffersKlein = 0, treffersGroot = 0;
        for (int i = 0; i < iteraties; i++)
        {
            tijdenKlein.Add(Meet(kleine, chiro, vandaag, out treffersKlein));
            tijdenGroot.Add(Meet([groot], chiro, vandaag, out treffersGroot));
            tijdenWarm.Add(Meet(warm, chiro, vandaag, out _));
        }

        var (mediaanKlein, p95Klein) = BenchOmgeving.Percentielen(tijdenKlein);
        var (mediaanGroot, p95Groot) = BenchOmgeving.Percentielen(tijdenGroot);
        var (mediaanWarm, _) = BenchOmgeving.Percentielen(tijdenWarm);
        Console.WriteLine($"aanbod: {Klein} diensten: mediaan {mediaanKlein:F1} µs, p95 {p95Klein:F1} µs per overzicht (gemiddeld {treffersKlein:F0} passende diensten)");
        Console.WriteLine($"aanbod: {Groot} diensten: mediaan {mediaanGroot:F1} µs, p95 {p95Groot:F1} µs per overzicht ({treffersGroot:F0} passende diensten)");
        Console.WriteLine($"aanbod: verhouding mediaan {Groot}/{Klein} = {mediaanGroot / mediaanKlein:F2} (lineair = {Groot / Klein}), {iteraties} iteraties per grootte");
        Console.WriteLine($"aanbod: ter vergelijking {Klein} diensten met warme cache: mediaan {mediaanWarm:F1} µs per overzicht");
        return Task.CompletedTask;
    }

    // One sample: one overview on each catalogue; the time per overview, and the average number of matches.
    static double Meet(Geschiktheidsindex[] catalogi, Vereniging vereniging, DateOnly vandaag, out double treffers)
    {
        int totaal = 0;
        long start = Stopwatch.GetTimestamp();
        foreach (var catalogus in catalogi)
        {
            totaal += Match(catalogus, vereniging, vandaag);
        }

        double tijd = Stopwatch.GetElapsedTime(start).TotalMicroseconds / catalogi.Length;
        treffers = (double)totaal / catalogi.Length;
        return tijd;
    }

    // What one overview request computes once the catalogue is in memory.
    static int Match(Geschiktheidsindex catalogus, Vereniging vereniging, DateOnly vandaag) =>
        Aanbod.Bereken(catalogus, Verenigingsprofiel.Van(vereniging), vandaag).Count;

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
    internal static List<Dienst> Catalogus(int aantal, int seed)
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
