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
/// check, the partition query, ordering, JSON) against one raw query of the same partition (all properties: the
/// baseline) on the same Azurite, and against the raw query the list itself sends (its summary column alone), taking turns
/// in rotating order, as ratios of medians. Options: [dossiers=50] [iteraties=400].
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
        // What DossierRepository.SamenvattingenAsync sends: the dossiers (not the mail outbox), their summary column alone.
        string projectieFilter = TableClient.CreateQueryFilter($"PartitionKey eq {vCode} and RowKey lt {VLoket.Domain.Meldingen.MailUitbox.Voorvoegsel}");
        string[] projectie = [DossierRepository.SamenvattingKolom];

        async Task<double> LijstAsync() => await BenchOmgeving.TijdAsync(async () =>
        {
            var antwoord = await http.GetAsync($"api/verenigingen/{vCode}/dossiers");
            var lijst = (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["dossiers"]!.AsArray();
            if (lijst.Count != aantal)
            {
                throw new InvalidOperationException($"{lijst.Count} dossiers in de lijst, {aantal} verwacht");
            }
        });

        async Task<double> RuwAsync(string f, string[]? select) => await BenchOmgeving.TijdAsync(async () =>
        {
            int n = 0;
            await foreach (var e in tabel.QueryAsync<TableEntity>(f, select: select))
            {
                n += select is null || e.ContainsKey(DossierRepository.SamenvattingKolom) ? 1 : 0;
            }

            if (n != aantal)
            {
                throw new InvalidOperationException($"{n} rijen, {aantal} verwacht");
            }
        });

        var metingen = new (Func<Task<double>> Meet, List<double> Tijden)[]
        {
            (LijstAsync, []),
            (() => RuwAsync(filter, null), []),
            (() => RuwAsync(projectieFilter, projectie), []),
        };

        for (int i = 0; i < 30; i++) // warm-up of all three
        {
            foreach (var (meet, _) in metingen)
            {
                await meet();
            }
        }

        // Each round starts with the next one, so none is always measured right after the same other.
        for (int i = 0; i < iteraties; i++)
        {
            for (int j = 0; j < metingen.Length; j++)
            {
                var (meet, tijden) = metingen[(i + j) % metingen.Length];
                tijden.Add(await meet());
            }
        }

        var (mediaanLijst, p95Lijst) = BenchOmgeving.Percentielen(metingen[0].Tijden);
        var (mediaanRuw, p95Ruw) = BenchOmgeving.Percentielen(metingen[1].Tijden);
        var (mediaanProjectie, p95Projectie) = BenchOmgeving.Percentielen(metingen[2].Tijden);
        Console.WriteLine($"dossierlijst: {aantal} dossiers via HTTP mediaan {mediaanLijst:F2} ms (p95 {p95Lijst:F2}); " +
                          $"ruwe partitiequery (hele rijen) mediaan {mediaanRuw:F2} ms (p95 {p95Ruw:F2}); verhouding {mediaanLijst / mediaanRuw:F2}");
        Console.WriteLine($"dossierlijst: ruwe query van de samenvattingen ($select {DossierRepository.SamenvattingKolom}) mediaan " +
                          $"{mediaanProjectie:F2} ms (p95 {p95Projectie:F2}); verhouding HTTP / die query {mediaanLijst / mediaanProjectie:F2}");
    }
}
