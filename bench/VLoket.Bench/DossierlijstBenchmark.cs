using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Bench;

/// <summary>
/// An association's dossier list through the HTTP API (<c>GET /api/verenigingen/{vCode}/dossiers</c>: sign-in, access
/// check, the partition query, ordering, JSON) against one raw query of the same partition (all properties) on the same
/// Azurite, alternating, as a ratio of medians. Options: [dossiers=50] [iteraties=400].
/// </summary>
public static class DossierlijstBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        int aantal = args.Length > 0 ? int.Parse(args[0]) : 50;
        int iteraties = args.Length > 1 ? int.Parse(args[1]) : 400;

        await using var omgeving = await BenchOmgeving.StartAsync();
        string voorvoegsel = "bench" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await omgeving.HostAsync(voorvoegsel);
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
        var token = await http.PostAsJsonAsync("api/dev/token", new { insz = "90010110021", voornaam = "Bench", achternaam = "Mark" });
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());
        var registratie = await http.PostAsJsonAsync("api/verenigingen", new JsonObject { ["naam"] = "Dossierlijst Benchvereniging" });
        string vCode = (await registratie.Content.ReadFromJsonAsync<JsonObject>())!["vCode"]!.GetValue<string>();

        // Dossiers as the workflow's activities write them (the repository is the only writer).
        var repository = host.Services.GetRequiredService<DossierRepository>();
        var nu = DateTimeOffset.UtcNow;
        for (int i = 0; i < aantal; i++)
        {
            string fase = (i % 5) switch { 0 => Fasen.ActieNodig, 1 => Fasen.Goedgekeurd, 2 => Fasen.Afgekeurd, _ => Fasen.InBehandeling };
            await repository.BewaarAsync(new Dossier
            {
                DossierId = Guid.NewGuid().ToString("N"), VCode = vCode, Productnummer = $"{1000 + i}", Dienstnaam = $"Subsidie nummer {i}",
                Entiteit = "OVO003103", Instantienaam = "Departement Cultuur, Jeugd en Media", Status = new DossierStatus(fase, fase),
                ActieNodig = fase == Fasen.ActieNodig, AangemaaktOp = nu.AddMinutes(-i),
                Antwoorden = new Dictionary<string, System.Text.Json.JsonElement> { ["bedrag"] = AntwoordTypes.Van("1500"), ["omschrijving"] = AntwoordTypes.Van("Een zomerkamp voor 40 kinderen") },
                Statusgeschiedenis = [new Statuswijziging(nu.AddMinutes(-i), Fasen.Ingediend, "Ingediend", null), new Statuswijziging(nu, fase, fase, null)],
            });
        }

        var tabel = new TableServiceClient(omgeving.ConnectionString).GetTableClient(voorvoegsel + DossierRepository.Tabel);
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {vCode}");

        async Task<double> LijstAsync() => await BenchOmgeving.TijdAsync(async () =>
        {
            var antwoord = await http.GetAsync($"api/verenigingen/{vCode}/dossiers");
            var lijst = (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["dossiers"]!.AsArray();
            if (lijst.Count != aantal)
            {
                throw new InvalidOperationException($"{lijst.Count} dossiers in de lijst, {aantal} verwacht");
            }
        });

        async Task<double> RuwAsync() => await BenchOmgeving.TijdAsync(async () =>
        {
            int n = 0;
            await foreach (var _ in tabel.QueryAsync<TableEntity>(filter))
            {
                n++;
            }

            if (n != aantal)
            {
                throw new InvalidOperationException($"{n} rijen, {aantal} verwacht");
            }
        });

        for (int i = 0; i < 30; i++) // warm-up of both
        {
            await LijstAsync();
            await RuwAsync();
        }

        var lijsten = new List<double>();
        var ruw = new List<double>();
        for (int i = 0; i < iteraties; i++)
        {
            if (i % 2 == 0)
            {
                lijsten.Add(await LijstAsync());
                ruw.Add(await RuwAsync());
            }
            else
            {
                ruw.Add(await RuwAsync());
                lijsten.Add(await LijstAsync());
            }
        }

        var (mediaanLijst, p95Lijst) = BenchOmgeving.Percentielen(lijsten);
        var (mediaanRuw, p95Ruw) = BenchOmgeving.Percentielen(ruw);
        Console.WriteLine($"dossierlijst: {aantal} dossiers via HTTP mediaan {mediaanLijst:F2} ms (p95 {p95Lijst:F2}); " +
                          $"ruwe partitiequery mediaan {mediaanRuw:F2} ms (p95 {p95Ruw:F2}); verhouding {mediaanLijst / mediaanRuw:F2}");
    }
}
