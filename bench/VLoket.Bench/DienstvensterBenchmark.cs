using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Meldingen;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Opslag;
using VCode = VLoket.Domain.Verenigingen.Waarden.VCode;

namespace VLoket.Bench;

/// <summary>
/// The daily sweep of service windows (<see cref="DienstvensterVeger"/>, real, on Azurite, outbox rows written) with
/// many associations loaded and a catalogue in which a few services have a window moment today (municipalities,
/// provinces, one for all of Flanders), against raw reads of the same index rows with Azure.Data.Tables, alternating
/// per round; a second baseline adds raw writes of as many rows as the sweep writes. Then the sweep on a day without
/// any moment and on a day with one municipal moment, to show that it reads only what a moment concerns.
/// Options: [verenigingen=100000] [diensten=1000] [rondes=5] [rijen=ja|nee]. With <c>nee</c> only the index entries (with
/// their profiles) are loaded, not each association's own rows: the sweep does not read those rows, and on Azurite every
/// single write walks the whole table, so loading 100,000 of them one by one takes longer than an hour on 2 cores.
/// </summary>
public static class DienstvensterBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        int verenigingen = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        int aantalDiensten = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000;
        int rondes = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
        bool metRijen = args.Length <= 3 || args[3] != "nee";

        await using var omgeving = await BenchOmgeving.StartAsync();
        // The host's own rounds stay out of the way: no window sweep at start, no outbox or digest sweep during the run.
        await using var host = await omgeving.HostAsync("bench" + Guid.NewGuid().ToString("N")[..8], new Dictionary<string, string?>
        {
            [VLoket.Host.Meldingen.DienstvensterPlanner.BijStartSetting] = "false",
            [VLoket.Functions.Meldingen.MeldingOpties.VeegIntervalSetting] = "1.00:00:00",
            [VLoket.Functions.Meldingen.MeldingOpties.BundelIntervalSetting] = "1.00:00:00",
        });
        var services = host.Services;
        var aandelen = BenchVerenigingen.Spreiding(BenchVerenigingen.Gemeenten(), verenigingen);
        int geladen = aandelen.Sum(a => a.Aantal);
        double laadMs = await BenchOmgeving.TijdAsync(() => BenchVerenigingen.LaadAsync(services, aandelen, metRijen, gelijktijdig: 16));
        Console.WriteLine($"dienstvensters: {geladen} verenigingen ({(metRijen ? "index en eigen rij" : "index alleen")}) geladen in {laadMs / 1000:F1} s over {aandelen.Count} gemeenten");

        var veger = services.GetRequiredService<DienstvensterVeger>();
        var vandaag = veger.Vandaag;
        var klein = aandelen.Where(a => a.Aantal > 0).OrderBy(a => a.Aantal).ToList();
        var diensten = Catalogus(aantalDiensten, vandaag, aandelen.Single(a => a.Gemeente.Gemeente == "Antwerpen").Gemeente.NutsLau,
            klein[klein.Count / 2].Gemeente.NutsLau, klein[klein.Count / 3].Gemeente.NutsLau);
        await services.GetRequiredService<DienstRepository>().BewaarAsync(diensten);
        var momenten = DienstvensterVeger.Momenten(diensten, vandaag);
        Console.WriteLine($"dienstvensters: {diensten.Count} diensten, vandaag ({vandaag:yyyy-MM-dd}) {momenten.Count} momenten: " +
                          string.Join(", ", momenten.Select(m => $"{m.Dienst.Productnummer} {string.Join('/', m.Dienst.GeografischToepassingsgebieden)} {(m.Sluit ? "sluit" : "opent")} over {m.DagenVooraf} d")));

        var tabellen = services.GetRequiredService<Tabellen>();
        var index = await tabellen.TabelAsync(GemeenteIndex.Tabel);
        var schrijfTabel = await tabellen.TabelAsync("BenchUitbox");
        var filters = VensterKandidaten.Filters(momenten.Select(m => m.Dienst));

        // Warm-up (JIT, the catalogue cache, first outbox writes), then alternating rounds.
        var eerste = await veger.VeegAsync(vandaag, vandaag);
        await LeesRauwAsync(index, filters);
        List<double> veeg = [], lezen = [], lezenSchrijven = [];
        VensterRonde ronde = eerste;
        for (int r = 0; r < rondes; r++)
        {
            double veegMs = 0, leesMs = 0, schrijfMs = 0;
            int rijen = 0;
            async Task Veeg() => veegMs = await BenchOmgeving.TijdAsync(async () => ronde = await veger.VeegAsync(vandaag, vandaag));
            async Task Basislijn()
            {
                leesMs = await BenchOmgeving.TijdAsync(async () => rijen = await LeesRauwAsync(index, filters));
                schrijfMs = await BenchOmgeving.TijdAsync(() => SchrijfRauwAsync(schrijfTabel, ronde.Mails, r));
            }

            if (r % 2 == 0)
            {
                await Veeg();
                await Basislijn();
            }
            else
            {
                await Basislijn();
                await Veeg();
            }

            veeg.Add(veegMs);
            lezen.Add(leesMs);
            lezenSchrijven.Add(leesMs + schrijfMs);
            Console.WriteLine($"ronde {r + 1}: veger {veegMs:F0} ms ({ronde.IndexRijen} indexrijen, {ronde.Gelezen} verenigingen gelezen, {ronde.Mails} uitboxrijen); " +
                              $"rauw lezen {leesMs:F0} ms ({rijen} rijen), rauw schrijven van {ronde.Mails} rijen {schrijfMs:F0} ms");
        }

        double Mediaan(List<double> x) => BenchOmgeving.Percentielen(x).Mediaan;
        var perRonde = veeg.Select((v, i) => v / lezen[i]).ToList();
        var perRondeMetSchrijven = veeg.Select((v, i) => v / lezenSchrijven[i]).ToList();
        Console.WriteLine($"dienstvensters: {geladen} verenigingen, {diensten.Count} diensten, {momenten.Count} momenten vandaag, {rondes} rondes: " +
                          $"veger mediaan {Mediaan(veeg):F0} ms, rauw lezen {Mediaan(lezen):F0} ms, rauw lezen + schrijven {Mediaan(lezenSchrijven):F0} ms");
        Console.WriteLine($"dienstvensters: verhouding veger / rauw lezen = {Mediaan(veeg) / Mediaan(lezen):F2} (per ronde {perRonde.Min():F2}–{perRonde.Max():F2}); " +
                          $"veger / rauw lezen + schrijven = {Mediaan(veeg) / Mediaan(lezenSchrijven):F2} (per ronde {perRondeMetSchrijven.Min():F2}–{perRondeMetSchrijven.Max():F2})");
        Console.WriteLine($"dienstvensters: beoordeeld {ronde.Verenigingen} van {geladen} verenigingen uit {ronde.IndexRijen} indexrijen; volledig gelezen " +
                          $"{ronde.Gelezen}; {ronde.Mails} uitboxrijen geschreven");

        // A day without any moment, and a day with one municipal moment: the sweep reads nothing, and one partition.
        foreach (var (dag, wat) in new[] { (vandaag.AddDays(1), "geen enkel moment"), (vandaag.AddDays(2), "één gemeente") })
        {
            var dagFilters = VensterKandidaten.Filters(DienstvensterVeger.Momenten(diensten, dag).Select(m => m.Dienst));
            List<double> tijden = [], rauw = [];
            VensterRonde dagRonde = new(0, 0, 0);
            for (int r = 0; r < rondes; r++)
            {
                tijden.Add(await BenchOmgeving.TijdAsync(async () => dagRonde = await veger.VeegAsync(dag, dag)));
                rauw.Add(await BenchOmgeving.TijdAsync(() => dagRonde.Diensten == 0 ? Task.CompletedTask : LeesRauwAsync(index, dagFilters)));
            }

            Console.WriteLine($"dienstvensters: {dag:yyyy-MM-dd} ({wat}): {dagRonde.Diensten} momenten, veger mediaan {Mediaan(tijden):F1} ms " +
                              $"(rauw lezen {Mediaan(rauw):F1} ms), {dagRonde.IndexRijen} indexrijen, {dagRonde.Gelezen} verenigingen gelezen, " +
                              $"{dagRonde.Verenigingen} beoordeeld, {dagRonde.Mails} uitboxrijen");
        }
    }

    // The rows the sweep must read, read raw: the same queries and projection, one after the other.
    static async Task<int> LeesRauwAsync(TableClient index, IReadOnlyList<string>? filters)
    {
        int rijen = 0;
        foreach (string? filter in filters ?? (IEnumerable<string?>)[null])
        {
            await foreach (var _ in index.QueryAsync<TableEntity>(filter, select: VensterKandidaten.Kolommen))
            {
                rijen++;
            }
        }

        return rijen;
    }

    // As many single-row upserts as the sweep writes, each in its own partition, as many in flight as the sweep has.
    static Task SchrijfRauwAsync(TableClient tabel, int aantal, int ronde) =>
        Parallel.ForEachAsync(Enumerable.Range(0, aantal), new ParallelOptions { MaxDegreeOfParallelism = VensterKandidaten.Gelijktijdig }, async (i, ct) =>
            await tabel.UpsertEntityAsync(new TableEntity(VCode.FromNummer(1001 + i).Value, $"~mbench.{ronde}")
            {
                ["Data0"] = "{\"sleutel\":\"bench\",\"soort\":\"Dienstvenster\",\"referentie\":\"900001.open\"}", ["Delen"] = 1,
            }, TableUpdateMode.Replace, ct));

    /// <summary>
    /// The generated catalogue of <see cref="AanbodBenchmark"/> with its windows moved out of the days swept here, and
    /// seven services with a moment: today a municipality, a big city, two provinces and all of Flanders (each with a
    /// restriction, as real calls have), and in two days one small municipality.
    /// </summary>
    static List<Dienst> Catalogus(int aantal, DateOnly vandaag, string antwerpen, string kleineGemeente, string andereGemeente)
    {
        string Dag(int dagen) => vandaag.AddDays(dagen).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var diensten = AanbodBenchmark.Catalogus(aantal - 7, seed: 16);
        foreach (var (dienst, i) in diensten.Select((d, i) => (d, i)))
        {
            dienst.Geschiktheid.Aanvraagvensters.Clear();
            if (i % 3 == 0)
            {
                dienst.Geschiktheid.Aanvraagvensters.Add(new Aanvraagvenster(Dag(60 + (i % 30)), Dag(120 + (i % 30)), false));
            }
        }

        var basis = diensten[0];
        Dienst Met(string nummer, string gebied, int opent, int sluit, string[] activiteiten, Leeftijden? doelgroep = null) => basis with
        {
            Productnummer = nummer,
            Naam = new Taalkaart { ["nl"] = $"Dienst met venster {nummer}" },
            GeografischToepassingsgebieden = [gebied],
            Geschiktheid = new Geschiktheidscriteria
            {
                Hoofdactiviteiten = [.. activiteiten], Doelgroep = doelgroep, Aanvraagvensters = [new Aanvraagvenster(Dag(opent), Dag(sluit), false)],
            },
        };

        diensten.AddRange(
        [
            Met("900001", "BE23444021", 14, 60, ["JGDW", "SOVO"]),                    // Gent, opens in 14 days
            Met("900002", antwerpen, -20, 3, ["SPRT"]),                                // Antwerpen, closes in 3 days
            Met("900003", kleineGemeente, 14, 40, []),                                 // a small municipality, opens in 14 days
            Met("900004", "BE23", 14, 60, ["KECU"]),                                   // Oost-Vlaanderen, opens in 14 days
            Met("900005", "BE22", -30, 3, [], new Leeftijden(0, 30)),                 // Limburg, closes in 3 days
            Met("900006", "BE2", 14, 45, ["JGDW"]),                                    // all of Flanders, opens in 14 days
            Met("900007", andereGemeente, 16, 50, []),                                 // another small municipality, in two days
        ]);
        return diensten;
    }
}
