using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Agencies.Simulator;
using VLoket.Functions.Aanvragen;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Configuratie;
using VLoket.Orchestrations.Diagnostics;

namespace VLoket.Bench;

/// <summary>
/// Applications end to end through the HTTP API against the simulated agency that decides at once, against the same
/// number of bare orchestrations calling as many no-op activities, on the same engine in the same run.
/// Options: [aantal=200] [gelijktijdig=16].
/// </summary>
public static class AanvraagBenchmark
{
    // ControleerAntwoorden, 2 × HaalGegevenOp (naam, iban), DienAanvraagIn, BewaarBeslissing, WerkDossierBij.
    const int ActiviteitenPerAanvraag = 6;

    public static async Task RunAsync(string[] args)
    {
        int aantal = args.Length > 0 ? int.Parse(args[0]) : 200;
        int gelijktijdig = args.Length > 1 ? int.Parse(args[1]) : 16;

        await using var omgeving = await BenchOmgeving.StartAsync();
        await using var simulator = await SimulatorHost.StartAsync([]);
        await using var host = await omgeving.HostAsync("bench" + Guid.NewGuid().ToString("N")[..8], new Dictionary<string, string?>
        {
            [InstantieOpties.SimulatorUrlSetting] = simulator.BaseAddress.ToString(),
            [DossierOpties.EerstePollSetting] = "1",
        });
        simulator.LoketJwksUrl = new Uri(host.BaseAddress, "api/.well-known/jwks.json");
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        await AanmeldenAsync(http, "91010105587", ["beheerder"]);
        (await http.PostAsJsonAsync("api/beheer/diensten/import", new JsonArray(Dienst()))).EnsureSuccessStatusCode();
        await AanmeldenAsync(http, "90010110021", []);
        var vereniging = await http.PostAsJsonAsync("api/verenigingen", new
        {
            naam = "Benchvereniging", bankrekeningnummers = new[] { new { iban = "BE68539007547034", titularissen = new[] { "Bench" } } },
        });
        string vCode = (await vereniging.Content.ReadFromJsonAsync<JsonObject>())!["vCode"]!.GetValue<string>();
        var client = host.Services.GetRequiredService<DurableTaskClient>();

        await AanvragenAsync(http, vCode, 10, gelijktijdig); // warm-up
        await KaleAsync(client, 10, gelijktijdig);

        double aanvragenMs = await BenchOmgeving.TijdAsync(() => AanvragenAsync(http, vCode, aantal, gelijktijdig));
        double kaleMs = await BenchOmgeving.TijdAsync(() => KaleAsync(client, aantal, gelijktijdig));
        long piek = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"aanvragen: {aantal} aanvragen end-to-end via HTTP in {aanvragenMs / 1000:F1} s; " +
                          $"{aantal} kale orkestraties met {ActiviteitenPerAanvraag} no-op activiteiten in {kaleMs / 1000:F1} s; " +
                          $"verhouding {aanvragenMs / kaleMs:F2}; piekgeheugen van het proces (host, engine, simulator) {piek / (1024 * 1024)} MiB");
    }

    static async Task AanmeldenAsync(HttpClient http, string insz, string[] rollen)
    {
        var token = await http.PostAsJsonAsync("api/dev/token", new { insz, voornaam = "Bench", achternaam = "Mark", rollen });
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
            (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());
    }

    static async Task AanvragenAsync(HttpClient http, string vCode, int aantal, int gelijktijdig)
    {
        var locaties = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, aantal), new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig }, async (_, ct) =>
        {
            var r = await http.PostAsJsonAsync($"api/verenigingen/{vCode}/aanvragen",
                new { productnummer = "9901", antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Bench" } }, ct);
            r.EnsureSuccessStatusCode();
            locaties.Add(r.Headers.Location!.ToString());
        });

        foreach (string locatie in locaties)
        {
            while (true)
            {
                var dossier = await http.GetFromJsonAsync<JsonObject>(locatie);
                if (dossier!["status"]!["fase"]!.GetValue<string>() == "Goedgekeurd")
                {
                    break;
                }

                await Task.Delay(50);
            }
        }
    }

    static async Task KaleAsync(DurableTaskClient client, int aantal, int gelijktijdig)
    {
        var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, aantal), new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig }, async (_, ct) =>
            ids.Add(await client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeOrchestrator), new ProbeOpdracht(0, ActiviteitenPerAanvraag), ct)));
        foreach (string id in ids)
        {
            await client.WaitForInstanceCompletionAsync(id);
        }
    }

    static JsonObject Dienst() => new()
    {
        ["productnummer"] = "9901",
        ["naam"] = new JsonObject { ["nl"] = "Benchverzekering" },
        ["beschrijving"] = new JsonObject { ["nl"] = "Dienst voor de benchmark." },
        ["type"] = "FinancieelVoordeel",
        ["doelgroepen"] = new JsonArray("Vereniging"),
        ["themas"] = new JsonArray("CultuurSportVrijeTijd"),
        ["bevoegdBestuursniveaus"] = new JsonArray("Provinciaal"),
        ["bevoegdeOverheden"] = new JsonArray("OVO003103"),
        ["uitvoerendBestuursniveaus"] = new JsonArray("Provinciaal"),
        ["geografischToepassingsgebieden"] = new JsonArray("BE23"),
        ["aanvraagwijze"] = "loket",
        ["formulier"] = new JsonArray(
            new JsonObject { ["sleutel"] = "naamVereniging", ["label"] = "Naam", ["type"] = "tekst", ["verplicht"] = true, ["bron"] = "vereniging.naam" },
            new JsonObject { ["sleutel"] = "rekeningnummer", ["label"] = "Rekening", ["type"] = "tekst", ["verplicht"] = true, ["bron"] = "vereniging.iban" },
            new JsonObject { ["sleutel"] = "omschrijving", ["label"] = "Omschrijving", ["type"] = "tekst", ["verplicht"] = true }),
    };
}
