using System.Diagnostics;
using System.Net.Http.Json;
using System.Runtime;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Host;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Registratie;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Bench;

/// <summary>
/// Registrations per second through the HTTP API, against raw single-entity Table inserts per second on the same Azurite
/// in the same run (alternating slices of 50), as a ratio. Options: [aantal=400] [gelijktijdig=8] [rondes=3].
/// A third kind of slice writes what a registration stores (representative index, association and history in one
/// transaction, municipality index) straight through the domain's own stores, for a second ratio: how far the HTTP path
/// (sign-in, validation, duplicate check, vCode, the candidate indexes' delta reads) stays from the storage work itself.
/// </summary>
public static class RegistratieBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        int aantal = args.Length > 0 ? int.Parse(args[0]) : 400;
        int gelijktijdig = args.Length > 1 ? int.Parse(args[1]) : 8;
        int rondes = args.Length > 2 ? int.Parse(args[2]) : 3;

        await using var omgeving = await BenchOmgeving.StartAsync();

        // The JIT warms up on a host of its own (own tables), so the measured host starts with tables as small as ever:
        // on Azurite a registration costs more the more associations a table holds (see bench/README.md).
        int opgewarmd;
        await using (var opwarmHost = await omgeving.HostAsync("opwarm" + Guid.NewGuid().ToString("N")[..8]))
        {
            using var opwarmHttp = await ClientAsync(opwarmHost);
            var opwarmTabel = await TabelAsync(omgeving, "benchopwarmen");
            opgewarmd = await OpwarmenAsync(opwarmHttp, opwarmTabel, gelijktijdig, minimum: 1000);
        }

        string voorvoegsel = "bench" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await omgeving.HostAsync(voorvoegsel);
        using var http = await ClientAsync(host);
        var tabel = await TabelAsync(omgeving, "benchbasislijn");
        // This host's own start (its vCode block, candidate indexes, connections, its services' compiled resolvers), again until the JIT is quiet.
        int eigenOpwarming = await OpwarmenAsync(http, tabel, gelijktijdig, minimum: 200);

        var rechtstreeks = await RechtstreeksAsync(http, host.Services);

        // Measured in short slices taking turns, so a change in machine load (other processes on these 2 cores) hits all alike.
        const int Plak = 50;
        var verhoudingen = new List<double>();
        var verhoudingenRechtstreeks = new List<double>();
        using var azurite = Process.GetProcessById(omgeving.Azurite.ProcessId);
        var registratieVerbruik = new Verbruik(azurite);
        var insertVerbruik = new Verbruik(azurite);
        var rechtstreeksVerbruik = new Verbruik(azurite);
        using var rondreizen = new Rondreizen(new()
        {
            [omgeving.Azurite.TablePort] = "tabel", [omgeving.Azurite.QueuePort] = "queue", [omgeving.Azurite.BlobPort] = "blob",
        }, voorvoegsel);
        Task<double> Registreer(int n) => registratieVerbruik.MeetAsync(n, async () =>
        {
            rondreizen.Aan = true; // only during registration slices: what a registration costs, background work included
            try
            {
                await RegistreerAsync(http, n, gelijktijdig);
            }
            finally
            {
                rondreizen.Aan = false;
            }
        });
        Task<double> Insert(int n) => insertVerbruik.MeetAsync(n, () => InsertAsync(tabel, n, gelijktijdig));
        Task<double> Rechtstreeks(int n) => rechtstreeksVerbruik.MeetAsync(n, () => rechtstreeks(n, gelijktijdig));

        for (int ronde = 1; ronde <= rondes; ronde++)
        {
            var ms = new double[3];
            for (int gedaan = 0, plak = 0; gedaan < aantal; gedaan += Plak, plak++)
            {
                int n = Math.Min(Plak, aantal - gedaan);
                for (int beurt = 0; beurt < 3; beurt++)
                {
                    int soort = (plak + beurt) % 3; // each kind goes first, second and third in turn
                    ms[soort] += await (soort switch { 0 => Registreer(n), 1 => Insert(n), _ => Rechtstreeks(n) });
                }
            }

            double registratiesPerSeconde = aantal / (ms[0] / 1000);
            double insertsPerSeconde = aantal / (ms[1] / 1000);
            double rechtstreeksPerSeconde = aantal / (ms[2] / 1000);
            verhoudingen.Add(registratiesPerSeconde / insertsPerSeconde);
            verhoudingenRechtstreeks.Add(registratiesPerSeconde / rechtstreeksPerSeconde);
            Console.WriteLine($"ronde {ronde}: {registratiesPerSeconde:F1} registraties/s via HTTP, {insertsPerSeconde:F1} inserts/s rechtstreeks, verhouding {registratiesPerSeconde / insertsPerSeconde:F3}; " +
                              $"{rechtstreeksPerSeconde:F1} keer de schrijfacties van een registratie rechtstreeks/s, verhouding {registratiesPerSeconde / rechtstreeksPerSeconde:F3}");
        }

        int registraties = aantal * rondes;
        Console.WriteLine($"HTTP-aanroepen per registratie (de POST van de client, de opslag van de host, achtergrondwerk meegeteld), {rondreizen.Opslag(registraties):F2} naar Azurite:");
        foreach (string regel in rondreizen.PerOperatie(registraties))
        {
            Console.WriteLine(regel);
        }

        Console.WriteLine(registratieVerbruik.Beschrijf("per registratie"));
        Console.WriteLine(insertVerbruik.Beschrijf("per insert"));
        Console.WriteLine(rechtstreeksVerbruik.Beschrijf("per keer de schrijfacties van een registratie rechtstreeks"));
        Console.WriteLine($"registratie: mediane verhouding registraties/s ÷ dezelfde schrijfacties rechtstreeks/s = {Mediaan(verhoudingenRechtstreeks):F3}, " +
                          $"spreiding {verhoudingenRechtstreeks.Min():F3}–{verhoudingenRechtstreeks.Max():F3}");
        Console.WriteLine($"registratie: mediane verhouding registraties/s ÷ inserts/s = {Mediaan(verhoudingen):F3}, " +
                          $"spreiding {verhoudingen.Min():F3}–{verhoudingen.Max():F3} ({(verhoudingen.Max() / verhoudingen.Min() - 1) * 100:F0} %) " +
                          $"({aantal} per ronde in plakken van {Plak}, {gelijktijdig} gelijktijdig, {rondes} rondes, na {opgewarmd} registraties opwarmen op een eigen host en {eigenOpwarming} op deze)");
    }

    static double Mediaan(List<double> waarden) => waarden.Order().ElementAt(waarden.Count / 2);

    /// <summary>
    /// The storage writes of a registration without the rest: registers 30 associations through HTTP as templates (places
    /// anywhere in Flanders), then stores copies under vCodes of a range the host's counter does not reach with the
    /// store <see cref="RegistratieDienst"/> uses, <see cref="NieuweVerenigingOpslag"/>: representative index, then
    /// association and history in one transaction, then the municipality index. Warmed up with 200 before it is measured.
    /// </summary>
    static async Task<Func<int, int, Task>> RechtstreeksAsync(HttpClient http, IServiceProvider services)
    {
        var repository = services.GetRequiredService<VerenigingRepository>();
        var nieuw = services.GetRequiredService<NieuweVerenigingOpslag>();
        var sjablonen = new List<Vereniging>();
        for (int i = 0; i < 30; i++)
        {
            var antwoord = await http.PostAsJsonAsync("api/verenigingen", Body());
            string vCode = (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["vCode"]!.GetValue<string>();
            sjablonen.Add((await repository.LeesAsync(vCode))!.Waarde);
        }

        int nummer = 8_000_000;
        async Task SchrijfAsync(int aantal, int gelijktijdig) =>
            await Parallel.ForEachAsync(Enumerable.Range(0, aantal), new ParallelOptions { MaxDegreeOfParallelism = gelijktijdig }, async (i, ct) =>
            {
                var v = sjablonen[Random.Shared.Next(sjablonen.Count)] with { VCode = VCode.FromNummer(Interlocked.Increment(ref nummer)).Value };
                await nieuw.BewaarAsync(v, new HistoriekItem(DateTimeOffset.UtcNow, "VerenigingWerdGeregistreerd",
                    $"Feitelijke vereniging '{v.Naam}' geregistreerd.", new HistoriekDoor("Bench Mark", "900101-***-**")), ct);
            });

        await SchrijfAsync(200, 8);
        return SchrijfAsync;
    }

    /// <summary>
    /// Warms both up until the JIT is done: the host's code is large and the runtime keeps recompiling hot methods
    /// (tiered compilation) for a minute under load, a start-up cost that is no part of what a registration costs.
    /// Slices of 100, at least <paramref name="minimum"/> registrations, until two slices in a row compile fewer than 50
    /// methods (recompilation comes in waves, one quiet slice proves little); at most 4,000.
    /// </summary>
    static async Task<int> OpwarmenAsync(HttpClient http, TableClient tabel, int gelijktijdig, int minimum)
    {
        int gedaan = 0, rustig = 0;
        while (gedaan < 4000 && (gedaan < minimum || rustig < 2))
        {
            long voor = JitInfo.GetCompiledMethodCount();
            await RegistreerAsync(http, 100, gelijktijdig);
            await InsertAsync(tabel, 100, gelijktijdig);
            gedaan += 100;
            long gecompileerd = JitInfo.GetCompiledMethodCount() - voor;
            rustig = gecompileerd < 50 ? rustig + 1 : 0;
            Console.WriteLine($"opwarmen: {gedaan} registraties, {gecompileerd} methoden gecompileerd in de laatste 100");
        }

        return gedaan;
    }

    static async Task<HttpClient> ClientAsync(VLoketHost host)
    {
        var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        var token = await http.PostAsJsonAsync("api/dev/token", new { insz = "90010110021", voornaam = "Bench", achternaam = "Mark" });
        string jwt = (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", jwt);
        return http;
    }

    static async Task<TableClient> TabelAsync(BenchOmgeving omgeving, string naam)
    {
        var tabel = new TableServiceClient(omgeving.ConnectionString).GetTableClient(naam);
        await tabel.CreateIfNotExistsAsync();
        return tabel;
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
