using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Delen;

/// <summary>
/// The application fixture (simulated agencies, one test service each) with fast delivery retries (4 attempts, 1 s
/// apart) and the local sweeper practically off, so tests run the sweep themselves.
/// </summary>
public sealed class DelenFixture : AanvraagFixture
{
    public const string Cultuur = "OVO002949"; // legal basis: e-mail, telefoon, adres, vertegenwoordigers, bankrekeningnummers
    public const string Gent = "OVO004021"; // e-mail, telefoon, adres
    public const string Verzekering = "OVO003103"; // adres, vertegenwoordigers, bankrekeningnummers: no e-mail

    public DurableTaskClient Durable => Host.Services.GetRequiredService<DurableTaskClient>();

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings["VLoket:Delen:Pogingen"] = "4";
        settings["VLoket:Delen:EersteWachttijd"] = "00:00:01";
        settings["VLoket:Delen:Factor"] = "1";
        settings["VLoket:Delen:VeegInterval"] = "01:00:00";
        return settings;
    }

    /// <summary>A new association of the representative with an open dossier at each of the three agencies.</summary>
    public async Task<string> VerenigingMetDossiersAsync(string naam)
    {
        var r = await Vertegenwoordiger.PostAsync("api/verenigingen", Voorbeelden.Minimaal(naam));
        Assert.Equal(HttpStatusCode.Created, r.Status);
        string vCode = r.Json["vCode"]!.GetValue<string>();
        foreach (string product in new[] { Callback, Polling, Onmiddellijk })
        {
            // "stil": the agency never decides, so the dossier stays open.
            var aanvraag = await Vertegenwoordiger.PostAsync($"api/verenigingen/{vCode}/aanvragen", new
            {
                productnummer = product,
                antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Test", ["rekeningnummer"] = "BE68 5390 0754 7034", ["scenario"] = "stil" },
            });
            Assert.True(aanvraag.Status == HttpStatusCode.Accepted, aanvraag.ToString());
        }

        return vCode;
    }

    /// <summary>Adds an e-mail address to the association (a change of the shared field e-mail).</summary>
    public async Task VoegEMailToeAsync(string vCode, string email)
    {
        var huidig = await Vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}");
        var r = await Vertegenwoordiger.PostAsync($"api/verenigingen/{vCode}/contactgegevens",
            new { type = "E-mail", waarde = email, isPrimair = false }, huidig.ETag);
        Assert.True(r.Status == HttpStatusCode.Created, r.ToString());
    }

    /// <summary>What the simulated agency received for <paramref name="vCode"/>.</summary>
    public async Task<List<JsonNode>> OntvangenAsync(string ovoCode, string vCode)
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };
        var lijst = await http.GetFromJsonAsync<JsonArray>($"instanties/{ovoCode}/gegevenswijzigingen");
        return lijst!.Select(o => o!).Where(o => o["bericht"]!["vCode"]!.GetValue<string>() == vCode).ToList();
    }

    public async Task StoringenAsync(string ovoCode, object instelling)
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseAddress };
        var r = await http.PostAsJsonAsync($"instanties/{ovoCode}/gegevenswijzigingen/storingen", instelling);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    /// <summary>Reads the association's delivery log until <paramref name="klaar"/> holds for its items.</summary>
    public async Task<JsonArray> WachtOpLogAsync(string vCode, Func<JsonArray, bool> klaar, int seconden = 60)
    {
        var einde = DateTime.UtcNow.AddSeconds(seconden);
        JsonArray? laatste = null;
        while (DateTime.UtcNow < einde)
        {
            var r = await Vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/gegevensdelingen?aantal=100");
            Assert.Equal(HttpStatusCode.OK, r.Status);
            laatste = r.Json["items"]!.AsArray();
            if (klaar(laatste))
            {
                return laatste;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The log did not reach the expected state in {seconden} s: {laatste?.ToJsonString()}");
    }

    public static IEnumerable<JsonNode> Van(JsonArray log, string ovoCode) => log.Select(i => i!).Where(i => i["ovoCode"]!.GetValue<string>() == ovoCode);

    public static string Tekst(JsonNode node, string veld) => node[veld]!.GetValue<string>();
}
