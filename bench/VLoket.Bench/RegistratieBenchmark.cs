using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Bench;

/// <summary>
/// Registrations per second through the HTTP API, against raw single-entity Table inserts per second on the same Azurite
/// in the same run (alternating slices of 50), as a ratio. Options: [aantal=400] [gelijktijdig=8] [rondes=3].
/// </summary>
public static class RegistratieBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        int aantal = args.Length > 0 ? int.Parse(args[0]) : 400;
        int gelijktijdig = args.Length > 1 ? int.Parse(args[1]) : 8;
        int rondes = args.Length > 2 ? int.Parse(args[2]) : 3;

        await using var omgeving = await BenchOmgeving.StartAsync();
        await using var host = await omgeving.HostAsync("bench" + Guid.NewGuid().ToString("N")[..8]);
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var token = await http.PostAsJsonAsync("api/dev/token", new { insz = "90010110021", voornaam = "Bench", achternaam = "Mark" });
        string jwt = (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", jwt);
        var tabel = new TableServiceClient(omgeving.ConnectionString).GetTableClient("benchbasislijn");
        await tabel.CreateIfNotExistsAsync();

        // Warm both up (JIT, table creation, connections, the vCode block, Azurite's collections), then measure them in short
        // alternating slices, so a change in machine load (other processes on these 2 cores) hits both alike.
        await RegistreerAsync(http, 100, gelijktijdig);
        await InsertAsync(tabel, 100, gelijktijdig);

        const int Plak = 50;
        var verhoudingen = new List<double>();
        for (int ronde = 1; ronde <= rondes; ronde++)
        {
            double registratieMs = 0, insertMs = 0;
            for (int gedaan = 0, plak = 0; gedaan < aantal; gedaan += Plak, plak++)
            {
                int n = Math.Min(Plak, aantal - gedaan);
                if (plak % 2 == 0)
                {
                    registratieMs += await BenchOmgeving.TijdAsync(() => RegistreerAsync(http, n, gelijktijdig));
                    insertMs += await BenchOmgeving.TijdAsync(() => InsertAsync(tabel, n, gelijktijdig));
                }
                else
                {
                    insertMs += await BenchOmgeving.TijdAsync(() => InsertAsync(tabel, n, gelijktijdig));
                    registratieMs += await BenchOmgeving.TijdAsync(() => RegistreerAsync(http, n, gelijktijdig));
                }
            }

            double registratiesPerSeconde = aantal / (registratieMs / 1000);
            double insertsPerSeconde = aantal / (insertMs / 1000);
            verhoudingen.Add(registratiesPerSeconde / insertsPerSeconde);
            Console.WriteLine($"ronde {ronde}: {registratiesPerSeconde:F1} registraties/s via HTTP, {insertsPerSeconde:F1} inserts/s rechtstreeks, verhouding {registratiesPerSeconde / insertsPerSeconde:F3}");
        }

        Console.WriteLine($"registratie: mediane verhouding registraties/s ÷ inserts/s = {verhoudingen.Order().ElementAt(verhoudingen.Count / 2):F3}, " +
                          $"spreiding {verhoudingen.Min():F3}–{verhoudingen.Max():F3} ({(verhoudingen.Max() / verhoudingen.Min() - 1) * 100:F0} %) " +
                          $"({aantal} per ronde in plakken van {Plak}, {gelijktijdig} gelijktijdig, {rondes} rondes)");
    }

    static Task RegistreerAsync(HttpClient http, int aantal, int gelijktijdig) =>
        Parallel.ForEachAsync(Enumerable.Range(0, aantal), new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig }, async (i, ct) =>
        {
            var antwoord = await http.PostAsJsonAsync("api/verenigingen", Body(), ct);
            if ((int)antwoord.StatusCode != 201)
            {
                throw new InvalidOperationException($"Registration answered {(int)antwoord.StatusCode}: {await antwoord.Content.ReadAsStringAsync(ct)}");
            }
        });

    static Task InsertAsync(TableClient tabel, int aantal, int gelijktijdig) =>
        Parallel.ForEachAsync(Enumerable.Range(0, aantal), new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig }, async (i, ct) =>
        {
            var entity = new TableEntity(Guid.NewGuid().ToString("N")[..8], Guid.NewGuid().ToString("N")) { ["Data0"] = Body().ToJsonString() };
            await tabel.AddEntityAsync(entity, ct);
        });

    static readonly IReadOnlyList<PostcodeInfo> Postcodes = PostcodeRegister.Instance.Alle;

    // A realistic registration with a location anywhere in Flanders (as registrations arrive in real life);
    // a random word keeps names apart so no duplicate is found, though every registration is checked.
    static JsonObject Body() => Body(Postcodes[Random.Shared.Next(Postcodes.Count)]);

    static JsonObject Body(PostcodeInfo plaats) => new()
    {
        ["naam"] = "Vereniging " + RandomWoord(),
        ["hoofdactiviteiten"] = new JsonArray("SPRT"),
        ["contactgegevens"] = new JsonArray(new JsonObject { ["type"] = "E-mail", ["waarde"] = "info@bench.be", ["isPrimair"] = true }),
        ["locaties"] = new JsonArray(new JsonObject
        {
            ["locatietype"] = "Activiteiten",
            ["adres"] = new JsonObject { ["straatnaam"] = "Kerkstraat", ["huisnummer"] = "1", ["postcode"] = plaats.Postcode, ["gemeente"] = plaats.Gemeente, ["land"] = "België" },
        }),
    };

    static string RandomWoord() => string.Concat(Enumerable.Range(0, 9).Select(_ => (char)('a' + Random.Shared.Next(26))));
}
