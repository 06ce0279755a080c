using System.Text.Json;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>A change of an association's data as an agency receives it from the loket (the fields its legal basis covers).</summary>
public sealed record GegevenswijzigingBericht(
    string? LeveringId, string? WijzigingId, string? VCode, List<string>? Velden, string? Rechtsgrond, DateTimeOffset? Tijdstip, JsonElement? Gegevens);

/// <summary>What the agency kept of a delivery: under which key, when it first arrived, how many requests carried that key.</summary>
public sealed record GegevenswijzigingOntvangst(string Sleutel, DateTimeOffset OntvangenOp, int Pogingen, GegevenswijzigingBericht Bericht);

/// <summary>Test and demo control: fail the next <c>Aantal</c> deliveries with 503, or all of them while <c>Altijd</c>.</summary>
public sealed record StoringInstelling(int? Aantal, bool? Altijd);

/// <summary>
/// Changes passed on by the loket ("once only"), at every simulated agency: <c>POST {basis}/gegevenswijzigingen</c>
/// deduplicated on Idempotency-Key, <c>GET</c> lists what arrived (tests assert on it), and <c>POST …/storingen</c>
/// scripts outages. In memory only, like the rest of the simulator.
/// </summary>
public static class GegevenswijzigingenModule
{
    /// <summary>One agency's received changes and scripted outages.</summary>
    sealed class Postvak
    {
        public readonly Lock Slot = new();
        public readonly List<GegevenswijzigingOntvangst> Ontvangen = [];
        public readonly Dictionary<string, int> PogingenPerSleutel = new(StringComparer.Ordinal);
        public int Storingen;
        public bool Altijd;
    }

    public static IEndpointRouteBuilder MapGegevenswijzigingen(this IEndpointRouteBuilder endpoints)
    {
        // Per simulator instance: tests run several simulators side by side in one process.
        var postvakken = SimulatorInstanties.Alle.ToDictionary(i => i.OvoCode, _ => new Postvak(), StringComparer.Ordinal);
        var basis = endpoints.MapGroup("/instanties/{ovoCode}");
        basis.MapPost("/gegevenswijzigingen", (string ovoCode, HttpContext http, TimeProvider tijd) => OntvangAsync(postvakken, ovoCode, http, tijd));
        basis.MapGet("/gegevenswijzigingen", (string ovoCode) => MetPostvak(postvakken, ovoCode, p =>
        {
            lock (p.Slot)
            {
                return Results.Ok(p.Ontvangen.Select(o => o with { Pogingen = p.PogingenPerSleutel[o.Sleutel] }).ToList());
            }
        }));
        basis.MapPost("/gegevenswijzigingen/storingen", (string ovoCode, StoringInstelling instelling) => MetPostvak(postvakken, ovoCode, p =>
        {
            if (instelling.Aantal is < 0)
            {
                return Ongeldig("aantal is 0 of meer.");
            }

            lock (p.Slot)
            {
                p.Storingen = instelling.Aantal ?? 0;
                p.Altijd = instelling.Altijd ?? false;
                return Results.Ok(new StoringInstelling(p.Storingen, p.Altijd));
            }
        }));
        return endpoints;
    }

    static async Task<IResult> OntvangAsync(Dictionary<string, Postvak> postvakken, string ovoCode, HttpContext http, TimeProvider tijd)
    {
        if (!postvakken.TryGetValue(ovoCode, out var postvak))
        {
            return OnbekendeInstantie(ovoCode);
        }

        string? sleutel = http.Request.Headers[InstantiesModule.IdempotencyKeyHeader].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(sleutel))
        {
            return Ongeldig($"De header {InstantiesModule.IdempotencyKeyHeader} is verplicht.");
        }

        GegevenswijzigingBericht? bericht;
        try
        {
            bericht = await JsonSerializer.DeserializeAsync<GegevenswijzigingBericht>(http.Request.Body, ContractJson.Opties, http.RequestAborted);
        }
        catch (JsonException e)
        {
            return Ongeldig($"De body is geen geldige gegevenswijziging: {e.Message}");
        }

        if (bericht is not { WijzigingId.Length: > 0, VCode.Length: > 0, Velden.Count: > 0, Gegevens: { ValueKind: JsonValueKind.Object } })
        {
            return Ongeldig("Verplicht: wijzigingId, vCode, velden (niet leeg) en gegevens.");
        }

        lock (postvak.Slot)
        {
            postvak.PogingenPerSleutel[sleutel] = postvak.PogingenPerSleutel.GetValueOrDefault(sleutel) + 1;
            if (postvak.Altijd || postvak.Storingen > 0)
            {
                postvak.Storingen = Math.Max(0, postvak.Storingen - 1);
                http.Response.Headers.RetryAfter = "1";
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Instantie tijdelijk niet beschikbaar",
                    detail: "Gesimuleerde storing; probeer opnieuw met dezelfde Idempotency-Key.");
            }

            if (postvak.Ontvangen.FirstOrDefault(o => o.Sleutel == sleutel) is { } eerder)
            {
                return Results.Ok(eerder with { Pogingen = postvak.PogingenPerSleutel[sleutel] });
            }

            var ontvangst = new GegevenswijzigingOntvangst(sleutel, tijd.GetUtcNow(), postvak.PogingenPerSleutel[sleutel], bericht);
            postvak.Ontvangen.Add(ontvangst);
            return Results.Created($"/instanties/{ovoCode}/gegevenswijzigingen", ontvangst);
        }
    }

    static IResult MetPostvak(Dictionary<string, Postvak> postvakken, string ovoCode, Func<Postvak, IResult> doe) =>
        postvakken.TryGetValue(ovoCode, out var p) ? doe(p) : OnbekendeInstantie(ovoCode);

    static IResult Ongeldig(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag", detail: detail);

    static IResult OnbekendeInstantie(string ovoCode) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Onbekende instantie", detail: $"Geen gesimuleerde instantie {ovoCode}.");
}
