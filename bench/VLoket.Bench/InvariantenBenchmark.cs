using System.Diagnostics;
using VLoket.Domain;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Regels;

namespace VLoket.Bench;

/// <summary>
/// Cost of the list rules (<see cref="Invarianten"/>) as a registration runs them: every item touched, n contacts and n
/// locations, all distinct. Sizes n and 2n are measured interleaved; the ratio of the medians shows how the cost grows:
/// 2 is linear, 4 quadratic. The sizes are far past what the edge lets in (InvoerLimieten), to make the growth visible.
/// Options: [n=12000] [rondes=15].
/// </summary>
public static class InvariantenBenchmark
{
    public static Task RunAsync(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 12_000;
        int rondes = args.Length > 1 ? int.Parse(args[1]) : 15;
        var klein = Vereniging(n);
        var groot = Vereniging(2 * n);
        Meet(klein);
        Meet(groot);

        var tijdenKlein = new List<double>();
        var tijdenGroot = new List<double>();
        for (int i = 0; i < rondes; i++)
        {
            tijdenKlein.Add(Meet(klein));
            tijdenGroot.Add(Meet(groot));
        }

        double mk = Mediaan(tijdenKlein), mg = Mediaan(tijdenGroot);
        Console.WriteLine($"invarianten: n={n}: median {mk:F1} ms; 2n={2 * n}: median {mg:F1} ms; ratio {mg / mk:F2} (2 = linear, 4 = quadratic)");
        return Task.CompletedTask;
    }

    static double Meet(Vereniging v)
    {
        var klok = Stopwatch.StartNew();
        var fouten = new FoutVerzamelaar();
        Invarianten.Controleer(v, (lijst, id) => $"{lijst}[{id}]", fouten);
        if (fouten.HeeftFouten)
        {
            throw new InvalidOperationException("The generated association breaks a rule; the benchmark measures the clean path.");
        }

        return klok.Elapsed.TotalMilliseconds;
    }

    static double Mediaan(List<double> tijden) => tijden.Order().ElementAt(tijden.Count / 2);

    static Vereniging Vereniging(int n) => new()
    {
        VCode = "V0001001",
        Verenigingstype = Codelijsten.Vzer,
        Naam = "Bench",
        Doelgroep = new Doelgroep(0, 150),
        Contactgegevens = Enumerable.Range(0, n).Select(i => new Contactgegeven(i, "E-mail", $"lid{i}@voorbeeld.be", null, i == 0, Herkomst.Vereniging)).ToList(),
        Locaties = Enumerable.Range(0, n).Select(i => new Locatie(n + i, "Activiteiten", $"Lokaal {i}", i == 0,
            new Adres("Kerkstraat", (i + 1).ToString(), null, "9000", "Gent", "België"), Herkomst.Vereniging)).ToList(),
        VolgendeId = 2 * n,
    };
}
