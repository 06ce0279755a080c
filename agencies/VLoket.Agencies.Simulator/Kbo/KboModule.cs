using System.Collections.Concurrent;

namespace VLoket.Agencies.Simulator.Kbo;

/// <summary>An enterprise as the simulated KBO returns it (the shape of the loket's KBO connector), functions included.</summary>
public sealed record KboOnderneming(
    string KboNummer, string Naam, string? KorteNaam, string Rechtsvorm, string Startdatum,
    KboAdres Zetel, IReadOnlyList<KboContactgegeven> Contactgegevens, IReadOnlyList<KboFunctie> Functies);

public sealed record KboAdres(string Straatnaam, string Huisnummer, string? Busnummer, string Postcode, string Gemeente, string Land);

public sealed record KboContactgegeven(string Type, string Waarde);

/// <summary>A function in the enterprise with the person's INSZ, as KBO gives it through MAGDA (dates <c>yyyy-MM-dd</c>).</summary>
public sealed record KboFunctie(string Insz, string Voornaam, string Achternaam, string Functie, string? Begindatum, string? Einddatum);

/// <summary>The simulated Kruispuntbank van Ondernemingen: the demo's enterprises with legal personality and their functions.</summary>
public sealed class KboRegister
{
    /// <summary>Demo enterprises; the numbers carry valid KBO check digits, the INSZ numbers are valid but made up.</summary>
    public static readonly IReadOnlyList<KboOnderneming> Ondernemingen =
    [
        new("0412345614", "Koninklijke Sportvereniging Heverlee", "KSV Heverlee", "017", "1978-09-01",
            new KboAdres("Naamsesteenweg", "240", null, "3001", "Heverlee", "België"),
            [new KboContactgegeven("E-mail", "secretariaat@ksvheverlee.be"), new KboContactgegeven("Website", "https://www.ksvheverlee.be")],
            [new("85092328401", "Karim", "El Amrani", "Bestuurder", "2019-05-01", null),
             new("70010112363", "Marc", "Claes", "Gedelegeerd bestuurder", "2015-03-20", null)]),
        new("0876543270", "Leuvense Atletiekclub", "LAC", "017", "2003-02-15",
            new KboAdres("Tervuursevest", "101", null, "3000", "Leuven", "België"),
            [new KboContactgegeven("E-mail", "info@leuvenseatletiek.be")],
            [new("85092328401", "Karim", "El Amrani", "Bestuurder", "2021-09-01", null),
             new("02030511719", "Lotte", "Janssens", "Bestuurder", "2025-03-01", null)]),
        new("0712398781", "Stichting Erfgoed Aalst", null, "026", "2011-06-30",
            new KboAdres("Grote Markt", "3", null, "9300", "Aalst", "België"),
            [],
            [new("78041212319", "An", "Peeters", "Bestuurder", "2011-06-30", null)]),
        new("0987654394", "Federatie Jeugdhuizen Vlaanderen", "FJV", "125", "1995-01-10",
            new KboAdres("Sint-Pietersnieuwstraat", "33", "2", "9000", "Gent", "België"),
            [new KboContactgegeven("Telefoon", "+32 9 223 45 67")],
            [new("65031504518", "Els", "Wouters", "Bestuurder", "2018-01-01", null)]),
    ];

    readonly ConcurrentDictionary<string, KboOnderneming> ondernemingen =
        new(Ondernemingen.Select(o => KeyValuePair.Create(o.KboNummer, o)), StringComparer.Ordinal);

    public KboOnderneming? Zoek(string kboNummer) => ondernemingen.GetValueOrDefault(kboNummer);

    /// <summary>Adds (or replaces) an enterprise, so a test can have one of its own.</summary>
    public void ZetOnderneming(KboOnderneming onderneming) => ondernemingen[onderneming.KboNummer] = onderneming;

    /// <summary>Registers or updates a function (one per person and function name), e.g. a new bestuurder or an end date.</summary>
    public bool ZetFunctie(string kboNummer, KboFunctie functie)
    {
        if (!ondernemingen.ContainsKey(kboNummer))
        {
            return false;
        }

        ondernemingen.AddOrUpdate(kboNummer, _ => throw new InvalidOperationException(), (_, o) => o with
        {
            Functies = [.. o.Functies.Where(f => f.Insz != functie.Insz || f.Functie != functie.Functie), functie],
        });
        return true;
    }
}

/// <summary>The simulated KBO's routes: the look-up the loket uses and a seeding route for tests and the demo.</summary>
public static class KboModule
{
    public static IServiceCollection AddKbo(this IServiceCollection services) => services.AddSingleton<KboRegister>();

    public static IEndpointRouteBuilder MapKbo(this IEndpointRouteBuilder endpoints)
    {
        // The switch is PUT /kbo/beheer/storing (BronnenModule), for tests of the view with KBO down.
        endpoints.MapGet("/kbo/ondernemingen/{kboNummer}", (string kboNummer, Bronnen.BronnenGegevens bronnen, KboRegister kbo) =>
            bronnen.IsGestoord(Bronnen.BronnenGegevens.Kbo)
                ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable)
                : kbo.Zoek(kboNummer) is { } onderneming
                ? Results.Ok(onderneming)
                : Results.NotFound());
        endpoints.MapPut("/kbo/beheer/ondernemingen/{kboNummer}/functies", (string kboNummer, KboFunctie functie, KboRegister kbo) =>
            string.IsNullOrWhiteSpace(functie.Insz) || string.IsNullOrWhiteSpace(functie.Functie)
                ? Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige vraag", detail: "Verplicht: insz en functie.")
                : kbo.ZetFunctie(kboNummer, functie) ? Results.NoContent() : Results.NotFound());
        return endpoints;
    }
}
