using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>
/// The simulated agencies over HTTP, exactly as the agency connector contract describes them
/// (docs/contracts/instantie-connector.openapi.json). <c>{basis}</c> is <c>/instanties/{ovoCode}</c>.
/// </summary>
public static class InstantiesModule
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static IServiceCollection AddInstanties(this IServiceCollection services, IConfiguration configuratie)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(SimulatorOpties.Lees(configuratie));
        services.AddSingleton<CallbackVerzender>();
        services.AddSingleton<OntvangenIndieningen>();
        services.AddSingleton<ZaakBehandeling>();
        services.AddHostedService(sp => sp.GetRequiredService<ZaakBehandeling>());
        return services;
    }

    public static IEndpointRouteBuilder MapInstanties(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/instanties", () => SimulatorInstanties.Alle.Select(i => i.Beschrijving));
        var basis = endpoints.MapGroup("/instanties/{ovoCode}");
        basis.MapPost("/aanvragen", IndienenAsync);
        basis.MapGet("/aanvragen/{zaakId}", (string ovoCode, string zaakId, ZaakBehandeling behandeling) =>
            MetZaak(behandeling, ovoCode, zaakId, zaak =>
            {
                lock (zaak.Slot)
                {
                    return Results.Ok(zaak.Momentopname());
                }
            }));
        basis.MapPost("/aanvragen/{zaakId}/antwoord", AntwoordenAsync);
        basis.MapPost("/aanvragen/{zaakId}/annuleer", (string ovoCode, string zaakId, ZaakBehandeling behandeling) =>
            MetZaak(behandeling, ovoCode, zaakId, zaak => behandeling.Annuleren(zaak) is { } geannuleerd
                ? Results.Ok(geannuleerd)
                : Conflict("De zaak is al beslist en kan niet meer geannuleerd worden.")));
        basis.MapGet("/zaken", (string ovoCode, ZaakBehandeling behandeling) =>
            behandeling.Register(ovoCode) is { } register
                ? Results.Ok(register.Alle().Select(z => { lock (z.Slot) { return z.Momentopname(); } }).ToList())
                : OnbekendeInstantie(ovoCode));
        basis.MapGet("/zaken/{zaakId}/callbacks", (string ovoCode, string zaakId, ZaakBehandeling behandeling) =>
            MetZaak(behandeling, ovoCode, zaakId, zaak =>
            {
                lock (zaak.Slot)
                {
                    // The bodies exactly as sent, so tests can compare them byte for byte with what arrived.
                    return Json(Encoding.UTF8.GetBytes("[" + string.Join(",", zaak.Gebeurtenissen.Select(g => Encoding.UTF8.GetString(g.Body))) + "]"));
                }
            }));
        basis.MapPost("/zaken/{zaakId}/callbacks/herhaal", HerhaalAsync);
        // Test control: another question on a waiting case, with or without its callback (?melden=false: late or lost).
        basis.MapPost("/zaken/{zaakId}/vraag", (string ovoCode, string zaakId, string vraag, bool? melden, ZaakBehandeling behandeling) =>
            MetZaak(behandeling, ovoCode, zaakId, zaak => behandeling.VraagOpnieuw(zaak, vraag, melden ?? true) is { } gevraagd
                ? Results.Ok(gevraagd)
                : Conflict("De zaak wacht niet op een antwoord.")));
        basis.MapGet("/zaken/{zaakId}/indiening", (string ovoCode, string zaakId, OntvangenIndieningen ontvangen) =>
            ontvangen.Zoek(ovoCode, zaakId) is { } indiening ? Results.Ok(indiening) : OnbekendeZaak(zaakId));
        return endpoints;
    }

    static async Task<IResult> IndienenAsync(string ovoCode, HttpContext http, ZaakBehandeling behandeling, OntvangenIndieningen ontvangen)
    {
        if (behandeling.Register(ovoCode) is not { } register)
        {
            return OnbekendeInstantie(ovoCode);
        }

        string? sleutel = http.Request.Headers[IdempotencyKeyHeader].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(sleutel))
        {
            return Ongeldig($"De header {IdempotencyKeyHeader} is verplicht.");
        }

        AanvraagIndiening? indiening;
        try
        {
            indiening = await JsonSerializer.DeserializeAsync<AanvraagIndiening>(http.Request.Body, ContractJson.Opties, http.RequestAborted);
        }
        catch (JsonException e)
        {
            return Ongeldig($"De body is geen geldige AanvraagIndiening: {e.Message}");
        }

        if (Fout(indiening) is { } fout)
        {
            return Ongeldig(fout);
        }

        if (Scenario.Lees(indiening!.Antwoorden) is not { } scenario)
        {
            return Ongeldig($"Onbekend scenario '{indiening.Antwoorden![Scenario.AntwoordSleutel].GetRawText()}'.");
        }

        // Like a real agency, it takes an application only with its files: each fetched and checked against its SHA-256.
        var (bijlagen, bijlageFout) = await BijlageOntvangst.HaalOpAsync(indiening.Bijlagen, http.RequestAborted);
        if (bijlageFout is { } probleem)
        {
            return probleem;
        }

        var (uitkomst, zaak) = behandeling.Indienen(register, sleutel, indiening, scenario);
        if (zaak is not null)
        {
            ontvangen.Bewaar(ovoCode, zaak.ZaakId, indiening, bijlagen);
        }

        switch (uitkomst)
        {
            case IndieningUitkomst.Nieuw:
                return Results.Created($"/instanties/{ovoCode}/aanvragen/{zaak!.ZaakId}", zaak);
            case IndieningUitkomst.Herhaald:
                return Results.Ok(zaak);
            default:
                // Scripted outage (storing-N): the loket should retry with the same key.
                http.Response.Headers.RetryAfter = "1";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Instantie tijdelijk niet beschikbaar",
                    detail: "Gesimuleerde storing; probeer opnieuw met dezelfde Idempotency-Key.");
        }
    }

    static string? Fout(AanvraagIndiening? indiening)
    {
        if (indiening is null)
        {
            return "De body ontbreekt.";
        }

        var ontbrekend = new List<string>();
        if (string.IsNullOrWhiteSpace(indiening.DossierId))
        {
            ontbrekend.Add("dossierId");
        }

        if (string.IsNullOrWhiteSpace(indiening.VCode))
        {
            ontbrekend.Add("vCode");
        }

        if (string.IsNullOrWhiteSpace(indiening.Productnummer))
        {
            ontbrekend.Add("productnummer");
        }

        if (ontbrekend.Count > 0)
        {
            return $"Verplicht: {string.Join(", ", ontbrekend)}.";
        }

        // The contract's answer types: a number, a boolean, a string, or a list of strings.
        if (indiening.Antwoorden?.FirstOrDefault(a => !IsAntwoord(a.Value)) is { Key: { } sleutel })
        {
            return $"antwoorden.{sleutel} moet een getal, ja/nee (boolean), tekst of lijst van teksten zijn.";
        }

        bool callbackGeldig = string.IsNullOrEmpty(indiening.CallbackUrl)
            || (Uri.TryCreate(indiening.CallbackUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps));
        return callbackGeldig ? null : "callbackUrl moet een absolute http- of https-URL zijn.";
    }

    static bool IsAntwoord(JsonElement waarde) => waarde.ValueKind switch
    {
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False or JsonValueKind.String => true,
        JsonValueKind.Array => waarde.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String),
        _ => false,
    };

    static async Task<IResult> AntwoordenAsync(string ovoCode, string zaakId, HttpContext http, ZaakBehandeling behandeling)
    {
        AntwoordIndiening? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<AntwoordIndiening>(http.Request.Body, ContractJson.Opties, http.RequestAborted);
        }
        catch (JsonException e)
        {
            return Ongeldig($"De body is geen geldig antwoord: {e.Message}");
        }

        return MetZaak(behandeling, ovoCode, zaakId, zaak =>
            string.IsNullOrWhiteSpace(body?.Antwoord) ? Ongeldig("Verplicht: antwoord.")
            : behandeling.Antwoorden(zaak, body.Antwoord) is { } beantwoord ? Results.Ok(beantwoord)
            : Conflict("De zaak wacht niet op een antwoord (fase is niet ActieNodig)."));
    }

    static async Task<IResult> HerhaalAsync(string ovoCode, string zaakId, ZaakBehandeling behandeling)
    {
        if (behandeling.Register(ovoCode)?.Zoek(zaakId) is not { } zaak)
        {
            return behandeling.Register(ovoCode) is null ? OnbekendeInstantie(ovoCode) : OnbekendeZaak(zaakId);
        }

        return await behandeling.HerhaalAsync(zaak) switch
        {
            null => Conflict("Deze zaak heeft nog geen callback verstuurd."),
            ({ } gebeurtenis, true) => Json(gebeurtenis.Body),
            _ => Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Callback niet afgeleverd",
                detail: $"Het loket nam de callback niet aan na {CallbackVerzender.Pogingen} pogingen."),
        };
    }

    static IResult MetZaak(ZaakBehandeling behandeling, string ovoCode, string zaakId, Func<ZaakToestand, IResult> doe)
    {
        if (behandeling.Register(ovoCode) is not { } register)
        {
            return OnbekendeInstantie(ovoCode);
        }

        return register.Zoek(zaakId) is { } zaak ? doe(zaak) : OnbekendeZaak(zaakId);
    }

    static IResult Json(byte[] body) => Results.Bytes(body, "application/json");

    static IResult Ongeldig(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag", detail: detail);

    static IResult Conflict(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet mogelijk in deze fase", detail: detail);

    static IResult OnbekendeInstantie(string ovoCode) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Onbekende instantie", detail: $"Geen gesimuleerde instantie {ovoCode}.");

    static IResult OnbekendeZaak(string zaakId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Onbekende zaak", detail: $"Geen zaak {zaakId} bij deze instantie.");
}
