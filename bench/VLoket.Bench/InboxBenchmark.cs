using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Behandeling.Opslag;
using VLoket.Domain.Dossiers.Model;

namespace VLoket.Bench;

/// <summary>
/// The behandelloket's inbox at size: an agency with [zaken=10000] applications; the first page (50) through the HTTP
/// API (sign-in, access rule, the partition query in order of the handling term, JSON) against one raw query of the
/// same partition for the same rows, alternating, as a ratio of medians; also the first page of one state (a filter
/// the storage service runs) against the raw query with the same filter. Options: [zaken=10000] [iteraties=300].
/// </summary>
public static class InboxBenchmark
{
    const string Ovo = "OVO009999";

    public static async Task RunAsync(string[] args)
    {
        int aantal = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        int iteraties = args.Length > 1 ? int.Parse(args[1]) : 300;
        const int pagina = 50;

        await using var omgeving = await BenchOmgeving.StartAsync();
        string voorvoegsel = "bench" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await omgeving.HostAsync(voorvoegsel, new Dictionary<string, string?>
        {
            [$"VLoket:Instanties:{Ovo}:Behandeling"] = "loket",
            [$"VLoket:Instanties:{Ovo}:Naam"] = "Benchgemeente",
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        var token = await http.PostAsJsonAsync("api/dev/token", new { insz = "90010110021", voornaam = "Bench", achternaam = "Mark", rollen = new[] { $"behandelaar:{Ovo}" } });
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());

        // Cases as the built-in agency's connector writes them (case and inbox line in one transaction each).
        var opslag = host.Services.GetRequiredService<BehandelzaakOpslag>();
        var nu = DateTimeOffset.UtcNow;
        var start = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, aantal), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            string dossierId = $"D{i:D8}{Guid.NewGuid():N}"[..33];
            await opslag.VoegToeAsync(new Behandelzaak
            {
                ZaakId = "BL-" + dossierId, DossierId = dossierId, OvoCode = Ovo, VCode = $"V{1_000_000 + i:D7}", Verenigingsnaam = $"Vereniging nummer {i}",
                Gemeente = (i % 3) switch { 0 => "Gent", 1 => "Aalst", _ => "Lokeren" }, Productnummer = $"{4000 + (i % 10)}", Dienstnaam = $"Dienst {i % 10}",
                Toestand = Toestanden.Alle[i % 5], Fase = Fasen.InBehandeling, Label = "In behandeling", IngediendOp = nu.AddMinutes(-i),
                WachtSinds = nu.AddMinutes(-i), Uiterlijk = nu.AddMinutes(-i).AddDays(i % 60),
                Antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Een zomerkamp voor 40 kinderen", ["deelnemers"] = "40" },
            }, ct);
        });
        Console.WriteLine($"inbox: {aantal} zaken geladen in {start.Elapsed.TotalSeconds:F1} s");

        var tabel = new TableServiceClient(omgeving.ConnectionString).GetTableClient(voorvoegsel + BehandelzaakOpslag.Tabel);
        string basis = TableClient.CreateQueryFilter($"PartitionKey eq {Ovo} and RowKey gt {"i|"} and RowKey lt {"i}"}");

        async Task<double> InboxAsync(string query) => await BenchOmgeving.TijdAsync(async () =>
        {
            var items = (await http.GetFromJsonAsync<JsonObject>($"api/behandeling/{Ovo}/inbox?aantal={pagina}{query}"))!["items"]!.AsArray();
            if (items.Count != pagina)
            {
                throw new InvalidOperationException($"{items.Count} regels, {pagina} verwacht");
            }
        });

        async Task<double> RuwAsync(string filter) => await BenchOmgeving.TijdAsync(async () =>
        {
            int n = 0;
            await foreach (var _ in tabel.QueryAsync<TableEntity>(filter, pagina))
            {
                if (++n == pagina)
                {
                    break;
                }
            }
        });

        foreach (var (naam, query, filter) in new[]
        {
            ("eerste pagina", string.Empty, basis),
            ("eerste pagina 'in-behandeling'", "&toestand=in-behandeling", basis + " and " + TableClient.CreateQueryFilter($"Toestand eq {Toestanden.InBehandeling}")),
        })
        {
            for (int i = 0; i < 20; i++)
            {
                await InboxAsync(query);
                await RuwAsync(filter);
            }

            var inbox = new List<double>();
            var ruw = new List<double>();
            for (int i = 0; i < iteraties; i++)
            {
                if (i % 2 == 0)
                {
                    inbox.Add(await InboxAsync(query));
                    ruw.Add(await RuwAsync(filter));
                }
                else
                {
                    ruw.Add(await RuwAsync(filter));
                    inbox.Add(await InboxAsync(query));
                }
            }

            var (mi, pi) = BenchOmgeving.Percentielen(inbox);
            var (mr, pr) = BenchOmgeving.Percentielen(ruw);
            Console.WriteLine($"inbox, {naam} ({pagina} van {aantal}): via HTTP mediaan {mi:F2} ms (p95 {pi:F2}); " +
                              $"ruwe partitiequery dezelfde rijen mediaan {mr:F2} ms (p95 {pr:F2}); verhouding {mi / mr:F2}");
        }
    }
}
