namespace VLoket.Agencies.Simulator.Bronnen;

/// <summary>
/// The simulated data sources behind the one connector contract: bank confirmations (<c>/bronnen/bank</c>),
/// youth-work attests (<c>/bronnen/attesten</c>) and recognitions (<c>/bronnen/erkenningen</c>). Each answers
/// <c>POST {basis}/gegevens</c>; <c>{basis}/beheer/…</c> seeds data and switches a source off for tests and the demo.
/// </summary>
public static class BronnenModule
{
    public static IServiceCollection AddBronnen(this IServiceCollection services) => services.AddSingleton<BronnenGegevens>();

    public static IEndpointRouteBuilder MapBronnen(this IEndpointRouteBuilder endpoints)
    {
        var basis = endpoints.MapGroup("/bronnen/{bron}");
        basis.MapPost("/gegevens", (string bron, GegevensVraag? vraag, BronnenGegevens bronnen) =>
        {
            if (!BronnenGegevens.Bronnen.Contains(bron))
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Onbekende bron", detail: $"Geen gesimuleerde bron '{bron}'.");
            }

            bronnen.Tel(bron);
            if (bronnen.IsGestoord(bron))
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Bron niet beschikbaar", detail: "De bron is tijdelijk niet beschikbaar.");
            }

            if (string.IsNullOrWhiteSpace(vraag?.VCode))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag", detail: "Verplicht: vCode.");
            }

            bronnen.Noteer(bron, vraag);
            return Results.Ok(new GegevensAntwoord(bronnen.Items(bron, vraag)));
        });

        basis.MapPut("/beheer/storing", (string bron, StoringZetten zetten, BronnenGegevens bronnen) =>
        {
            bronnen.ZetStoring(bron, zetten.Storing);
            return Results.NoContent();
        });
        endpoints.MapPut("/kbo/beheer/storing", (StoringZetten zetten, BronnenGegevens bronnen) =>
        {
            bronnen.ZetStoring(BronnenGegevens.Kbo, zetten.Storing);
            return Results.NoContent();
        });
        endpoints.MapPut("/bronnen/attesten/beheer/personen", (AttestenZaaien zaaien, BronnenGegevens bronnen) =>
        {
            if (string.IsNullOrWhiteSpace(zaaien.Insz))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag", detail: "Verplicht: insz.");
            }

            bronnen.ZetAttesten(zaaien.Insz, zaaien.Attesten ?? []);
            return Results.NoContent();
        });
        endpoints.MapPut("/bronnen/erkenningen/beheer/verenigingen/{vCode}", (string vCode, List<Erkenning> lijst, BronnenGegevens bronnen) =>
        {
            bronnen.ZetErkenningen(vCode, lijst);
            return Results.NoContent();
        });
        endpoints.MapPut("/bronnen/bank/beheer/bevestigingen", (BevestigingenZaaien zaaien, BronnenGegevens bronnen) =>
        {
            if (string.IsNullOrWhiteSpace(zaaien.VCode) || string.IsNullOrWhiteSpace(zaaien.Iban))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag", detail: "Verplicht: vCode en iban.");
            }

            bronnen.ZetBevestigingen(zaaien.VCode, zaaien.Iban, zaaien.Bevestigingen ?? []);
            return Results.NoContent();
        });
        return endpoints;
    }
}
