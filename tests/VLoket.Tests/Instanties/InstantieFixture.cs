using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using VLoket.Agencies.Simulator;
using VLoket.Agencies.Simulator.Instanties;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Instanties;

/// <summary>
/// A simulator of its own (short processing delays, a configured secret for the callback agency) and a callback
/// receiver, both on free loopback ports, with helpers that speak the agency connector contract over real HTTP.
/// </summary>
public sealed class InstantieFixture : IAsyncLifetime
{
    public const string Cultuur = SimulatorInstanties.CultuurJeugdMedia;
    public const string Gent = SimulatorInstanties.GentUitleendienst;
    public const string Provincie = SimulatorInstanties.OostVlaanderenVrijwilligers;

    /// <summary>A secret that is not the development default, to show the setting is used.</summary>
    public const string CultuurGeheim = "test-geheim-cultuur-3f9a";

    public static readonly TimeSpan Verwerking = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan Traag = TimeSpan.FromSeconds(1.5);

    public SimulatorHost Simulator { get; private set; } = null!;

    public CallbackOntvanger Ontvanger { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Ontvanger = await CallbackOntvanger.StartAsync();
        Simulator = await SimulatorHost.StartAsync([], settings: new Dictionary<string, string?>
        {
            [SimulatorOpties.VerwerkingMsSetting] = Verwerking.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [SimulatorOpties.TraagSecondenSetting] = "1.5",
            [$"{SimulatorOpties.GeheimenSectie}:{Cultuur}"] = CultuurGeheim,
        });
        Simulator.LoketJwksUrl = await LoketBewijzen.JwksUrlAsync();
        // Speaks as the loket: every call carries its credential, as the agencies require.
        Http = new HttpClient(LoketBewijzen.Handler()) { BaseAddress = Simulator.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>An application with the given scenario (none: the agency's default, goedkeuren).</summary>
    public static AanvraagBody Aanvraag(string? scenario = null, Uri? callbackUrl = null) => new(
        "D-" + Guid.NewGuid().ToString("N")[..8],
        "V0001001",
        "IPDC-1234",
        scenario is null ? [] : new Dictionary<string, string> { ["scenario"] = scenario },
        new Dictionary<string, string> { ["naam"] = "Chiro Sint-Jan", ["gemeente"] = "Gent" },
        callbackUrl?.ToString());

    public Task<Antwoord> IndienenAsync(string ovoCode, string? sleutel, object aanvraag) =>
        SendAsync(HttpMethod.Post, $"instanties/{ovoCode}/aanvragen", aanvraag,
            sleutel is null ? [] : new Dictionary<string, string> { ["Idempotency-Key"] = sleutel });

    /// <summary>Submits with a fresh key and expects a new case.</summary>
    public async Task<JsonNode> NieuweZaakAsync(string ovoCode, string? scenario = null, Uri? callbackUrl = null)
    {
        var r = await IndienenAsync(ovoCode, Guid.NewGuid().ToString(), Aanvraag(scenario, callbackUrl));
        Assert.True(r.Status == HttpStatusCode.Created, r.ToString());
        return r.Json;
    }

    public Task<Antwoord> ZaakAsync(string ovoCode, string zaakId) => SendAsync(HttpMethod.Get, $"instanties/{ovoCode}/aanvragen/{zaakId}");

    public Task<Antwoord> AntwoordAsync(string ovoCode, string zaakId, object body) =>
        SendAsync(HttpMethod.Post, $"instanties/{ovoCode}/aanvragen/{zaakId}/antwoord", body);

    public Task<Antwoord> AnnuleerAsync(string ovoCode, string zaakId) => SendAsync(HttpMethod.Post, $"instanties/{ovoCode}/aanvragen/{zaakId}/annuleer");

    public Task<Antwoord> ZakenAsync(string ovoCode) => SendAsync(HttpMethod.Get, $"instanties/{ovoCode}/zaken");

    public Task<Antwoord> CallbacksAsync(string ovoCode, string zaakId) => SendAsync(HttpMethod.Get, $"instanties/{ovoCode}/zaken/{zaakId}/callbacks");

    public Task<Antwoord> HerhaalAsync(string ovoCode, string zaakId) =>
        SendAsync(HttpMethod.Post, $"instanties/{ovoCode}/zaken/{zaakId}/callbacks/herhaal");

    /// <summary>Reads the case until it reaches <paramref name="fase"/>; fails after a while.</summary>
    public async Task<JsonNode> WachtOpFaseAsync(string ovoCode, string zaakId, string fase, double seconden = 15)
    {
        var klok = Stopwatch.StartNew();
        while (true)
        {
            var r = await ZaakAsync(ovoCode, zaakId);
            Assert.Equal(HttpStatusCode.OK, r.Status);
            if (r.Json["fase"]!.GetValue<string>() == fase)
            {
                return r.Json;
            }

            Assert.True(klok.Elapsed.TotalSeconds < seconden, $"Zaak {zaakId} na {seconden} s nog niet {fase}: {r.Tekst}");
            await Task.Delay(20);
        }
    }

    public async Task<Antwoord> SendAsync(HttpMethod methode, string url, object? body = null, IDictionary<string, string>? headers = null)
    {
        using var verzoek = new HttpRequestMessage(methode, url);
        if (body is not null)
        {
            string json = body as string ?? JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            verzoek.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        foreach (var (naam, waarde) in headers ?? new Dictionary<string, string>())
        {
            verzoek.Headers.TryAddWithoutValidation(naam, waarde);
        }

        using var antwoord = await Http.SendAsync(verzoek);
        return new Antwoord(antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync(), antwoord.Content.Headers.ContentType?.MediaType,
            null, antwoord.Headers.Location?.ToString());
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }

        if (Ontvanger is not null)
        {
            await Ontvanger.DisposeAsync();
        }
    }
}

/// <summary>An <c>AanvraagIndiening</c> as the loket sends it (serialised camelCase).</summary>
public sealed record AanvraagBody(
    string DossierId, string VCode, string Productnummer, Dictionary<string, string> Antwoorden, Dictionary<string, string> Gegevens, string? CallbackUrl);
