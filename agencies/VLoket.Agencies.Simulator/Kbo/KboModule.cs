namespace VLoket.Agencies.Simulator.Kbo;

/// <summary>An enterprise as the simulated KBO returns it (the shape of the loket's KBO connector contract).</summary>
public sealed record KboOnderneming(
    string KboNummer, string Naam, string? KorteNaam, string Rechtsvorm, string Startdatum,
    KboAdres Zetel, IReadOnlyList<KboContactgegeven> Contactgegevens);

public sealed record KboAdres(string Straatnaam, string Huisnummer, string? Busnummer, string Postcode, string Gemeente, string Land);

public sealed record KboContactgegeven(string Type, string Waarde);

/// <summary>The simulated Kruispuntbank van Ondernemingen: the demo's enterprises with legal personality.</summary>
public static class KboModule
{
    /// <summary>Demo enterprises; the numbers carry valid KBO check digits.</summary>
    public static readonly IReadOnlyList<KboOnderneming> Ondernemingen =
    [
        new("0412345614", "Koninklijke Sportvereniging Heverlee", "KSV Heverlee", "017", "1978-09-01",
            new KboAdres("Naamsesteenweg", "240", null, "3001", "Heverlee", "België"),
            [new KboContactgegeven("E-mail", "secretariaat@ksvheverlee.be"), new KboContactgegeven("Website", "https://www.ksvheverlee.be")]),
        new("0876543270", "Leuvense Atletiekclub", "LAC", "017", "2003-02-15",
            new KboAdres("Tervuursevest", "101", null, "3000", "Leuven", "België"),
            [new KboContactgegeven("E-mail", "info@leuvenseatletiek.be")]),
        new("0712398781", "Stichting Erfgoed Aalst", null, "026", "2011-06-30",
            new KboAdres("Grote Markt", "3", null, "9300", "Aalst", "België"),
            []),
        new("0987654394", "Federatie Jeugdhuizen Vlaanderen", "FJV", "125", "1995-01-10",
            new KboAdres("Sint-Pietersnieuwstraat", "33", "2", "9000", "Gent", "België"),
            [new KboContactgegeven("Telefoon", "+32 9 223 45 67")]),
    ];

    public static IEndpointRouteBuilder MapKbo(this IEndpointRouteBuilder endpoints)
    {
        // The switch is PUT /kbo/beheer/storing (BronnenModule), for tests of the view with KBO down.
        endpoints.MapGet("/kbo/ondernemingen/{kboNummer}", (string kboNummer, Bronnen.BronnenGegevens bronnen) =>
            bronnen.IsGestoord(Bronnen.BronnenGegevens.Kbo)
                ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
                : Ondernemingen.FirstOrDefault(o => o.KboNummer == kboNummer) is { } onderneming
                ? Results.Ok(onderneming)
                : Results.NotFound());
        return endpoints;
    }
}
