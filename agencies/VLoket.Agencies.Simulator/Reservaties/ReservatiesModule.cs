using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using VLoket.Agencies.Simulator.Instanties;

namespace VLoket.Agencies.Simulator.Reservaties;

/// <summary>
/// Reservations of rooms and material at the simulated agencies (every one of them lends; OVO004021 is the uitleendienst):
/// availability, a hold that lapses after <c>Simulator:HoudMinuten</c>, confirmation and cancellation.
/// <c>{basis}</c> is <c>/instanties/{ovoCode}</c>, as for applications.
/// </summary>
public static class ReservatiesModule
{
    /// <summary>One lending stock per agency, made on first use.</summary>
    public sealed class Uitleendiensten(SimulatorOpties opties, TimeProvider tijd)
    {
        readonly ConcurrentDictionary<string, Uitleendienst> perInstantie = new(StringComparer.Ordinal);

        public Uitleendienst? Van(string ovoCode) => SimulatorInstanties.Zoek(ovoCode) is { } instantie
            ? perInstantie.GetOrAdd(instantie.OvoCode, _ => new Uitleendienst(instantie.ZaakVoorvoegsel, tijd, opties.Houdtijd))
            : null;
    }

    public static IServiceCollection AddReservaties(this IServiceCollection services)
    {
        services.AddSingleton<Uitleendiensten>();
        return services;
    }

    public static IEndpointRouteBuilder MapReservaties(this IEndpointRouteBuilder endpoints)
    {
        var basis = endpoints.MapGroup("/instanties/{ovoCode}");
        basis.MapGet("/beschikbaarheid", (string ovoCode, string? materiaal, string? van, string? tot, Uitleendiensten diensten) =>
            MetDienst(diensten, ovoCode, dienst =>
                string.IsNullOrWhiteSpace(materiaal) ? Ongeldig("Verplicht: materiaal.")
                : Periode(van, tot) is not var (begin, einde) ? Ongeldig("Geef van en tot als yyyy-MM-dd, met van niet na tot.")
                : Results.Ok(new Beschikbaarheid(materiaal.ToLowerInvariant(), begin, einde, dienst.Beschikbaar(materiaal, begin, einde)))));
        basis.MapPost("/reservaties", HoudVastAsync);
        basis.MapGet("/reservaties", (string ovoCode, Uitleendiensten diensten) => MetDienst(diensten, ovoCode, dienst => Results.Ok(dienst.Alle())));
        basis.MapGet("/reservaties/{reservatieId}", (string ovoCode, string reservatieId, Uitleendiensten diensten) =>
            MetReservatie(diensten, ovoCode, reservatieId, (_, r) => Results.Ok(r)));
        basis.MapPost("/reservaties/{reservatieId}/bevestig", (string ovoCode, string reservatieId, Uitleendiensten diensten) =>
            MetReservatie(diensten, ovoCode, reservatieId, (dienst, r) => dienst.Bevestig(r) is { } bevestigd
                ? Results.Ok(bevestigd)
                : Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet meer vastgehouden",
                    detail: $"De reservatie is {r.Status.ToString().ToLowerInvariant()} en kan niet meer bevestigd worden.")));
        basis.MapPost("/reservaties/{reservatieId}/goedkeuring", BeslisAsync);
        basis.MapPost("/reservaties/{reservatieId}/annuleer", (string ovoCode, string reservatieId, Uitleendiensten diensten) =>
            MetReservatie(diensten, ovoCode, reservatieId, (dienst, r) => Results.Ok(dienst.Annuleer(r))));
        return endpoints;
    }

    static async Task<IResult> HoudVastAsync(string ovoCode, HttpContext http, Uitleendiensten diensten)
    {
        if (diensten.Van(ovoCode) is not { } dienst)
        {
            return OnbekendeInstantie(ovoCode);
        }

        string? sleutel = http.Request.Headers[InstantiesModule.IdempotencyKeyHeader].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(sleutel))
        {
            return Ongeldig($"De header {InstantiesModule.IdempotencyKeyHeader} is verplicht.");
        }

        ReservatieIndiening? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ReservatieIndiening>(http.Request.Body, ContractJson.Opties, http.RequestAborted);
        }
        catch (JsonException e)
        {
            return Ongeldig($"De body is geen geldige ReservatieIndiening: {e.Message}");
        }

        if (body is not { DossierId.Length: > 0, VCode.Length: > 0, Materiaal.Length: > 0, Van: { } van, Tot: { } tot })
        {
            return Ongeldig("Verplicht: dossierId, vCode, materiaal, van, tot.");
        }

        int aantal = body.Aantal ?? 1;
        if (aantal < 1 || van > tot)
        {
            return Ongeldig("Het aantal is minstens 1 en van valt niet na tot.");
        }

        Uri? callbackUrl = null;
        if (body.CallbackUrl is { Length: > 0 } url
            && (!Uri.TryCreate(url, UriKind.Absolute, out callbackUrl) || callbackUrl.Scheme is not ("http" or "https")))
        {
            return Ongeldig("De callbackUrl is geen absolute http- of https-URL.");
        }

        var (uitkomst, reservatie) = dienst.HoudVast(sleutel, body.DossierId, body.VCode, body.Materiaal, aantal, van, tot, callbackUrl);
        return uitkomst switch
        {
            HoudUitkomst.Nieuw => Results.Created($"/instanties/{ovoCode}/reservaties/{reservatie!.ReservatieId}", reservatie),
            HoudUitkomst.Herhaald => Results.Ok(reservatie),
            _ => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet beschikbaar",
                detail: $"Er zijn er geen {aantal} {body.Materiaal} vrij van {van:yyyy-MM-dd} tot {tot:yyyy-MM-dd}."),
        };
    }

    /// <summary>
    /// Test hook: the lending service decides on a reservation that needs approval and, at an agency in modus callback,
    /// reports it to the callbackUrl of the hold (signed, as a case's callback), waiting for the delivery.
    /// </summary>
    static async Task<IResult> BeslisAsync(string ovoCode, string reservatieId, HttpContext http, Uitleendiensten diensten, CallbackVerzender callbacks,
        IHostApplicationLifetime levensduur)
    {
        if (diensten.Van(ovoCode) is not { } dienst || dienst.Zoek(reservatieId) is not { } reservatie)
        {
            return MetReservatie(diensten, ovoCode, reservatieId, (_, r) => Results.Ok(r));
        }

        GoedkeuringBeslissing? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<GoedkeuringBeslissing>(http.Request.Body, ContractJson.Opties, http.RequestAborted);
        }
        catch (JsonException e)
        {
            return Ongeldig($"De body is geen geldige beslissing: {e.Message}");
        }

        if (body?.Beslissing is not ("goedkeuren" or "weigeren"))
        {
            return Ongeldig("Verplicht: beslissing, 'goedkeuren' of 'weigeren'.");
        }

        bool goedgekeurd = body.Beslissing == "goedkeuren";
        var (beslist, callbackUrl) = dienst.Beslis(reservatie, goedgekeurd, body.Motivering);
        if (beslist is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "Geen goedkeuring gevraagd",
                detail: "Deze reservatie wacht niet op een beslissing van de uitleendienst.");
        }

        var instantie = SimulatorInstanties.Zoek(ovoCode)!;
        if (instantie.Modus == InstantieModus.Callback && callbackUrl is not null)
        {
            var uitkomst = goedgekeurd ? Uitkomst.Goedgekeurd : Uitkomst.Afgekeurd;
            var fase = goedgekeurd ? Fase.Goedgekeurd : Fase.Afgekeurd;
            await callbacks.MeldAsync(ovoCode, callbackUrl, new StatusWijziging(Guid.NewGuid().ToString(), ovoCode, beslist.ReservatieId, beslist.DossierId,
                fase, instantie.Labels[fase], null, new Beslissing(uitkomst, body.Motivering ?? string.Empty, null), beslist.BijgewerktOp), levensduur.ApplicationStopping);
        }

        return Results.Ok(beslist);
    }

    static (DateOnly Van, DateOnly Tot)? Periode(string? van, string? tot) =>
        DateOnly.TryParseExact(van, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var begin)
        && DateOnly.TryParseExact(tot, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var einde)
        && begin <= einde
            ? (begin, einde)
            : null;

    static IResult MetDienst(Uitleendiensten diensten, string ovoCode, Func<Uitleendienst, IResult> doe) =>
        diensten.Van(ovoCode) is { } dienst ? doe(dienst) : OnbekendeInstantie(ovoCode);

    static IResult MetReservatie(Uitleendiensten diensten, string ovoCode, string reservatieId, Func<Uitleendienst, Reservatie, IResult> doe) =>
        MetDienst(diensten, ovoCode, dienst => dienst.Zoek(reservatieId) is { } r
            ? doe(dienst, r)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Onbekende reservatie", detail: $"Geen reservatie {reservatieId} bij deze instantie."));

    static IResult Ongeldig(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag", detail: detail);

    static IResult OnbekendeInstantie(string ovoCode) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Onbekende instantie", detail: $"Geen gesimuleerde instantie {ovoCode}.");
}
