using Microsoft.AspNetCore.Http;
using VLoket.Domain;
using VLoket.Domain.Verenigingen.Registratie;

namespace VLoket.Functions.Http;

/// <summary>An RFC 9457 problem, with per-field errors in Dutch.</summary>
public sealed record Probleem(
    string Type, string Title, int Status, string? Detail = null, IReadOnlyList<VeldFout>? Fouten = null,
    IReadOnlyList<Kandidaat>? Kandidaten = null, string? BevestigingsToken = null)
{
    const string Basis = "https://vloket.vlaanderen.be/problemen/";

    public JsonAntwoord AlsAntwoord() => new(Status, this, "application/problem+json");

    public static JsonAntwoord Validatie(IReadOnlyList<VeldFout> fouten) => new Probleem(
        Basis + "validatie", "De aanvraag bevat ongeldige gegevens.", StatusCodes.Status400BadRequest,
        "Verbeter de gemarkeerde velden en probeer opnieuw.", fouten).AlsAntwoord();

    public static JsonAntwoord Regel(string melding, string? veld = null) => new Probleem(
        Basis + "regel", "Deze wijziging is niet toegestaan.", StatusCodes.Status400BadRequest, melding,
        veld is null ? null : [new VeldFout(veld, melding)]).AlsAntwoord();

    public static JsonAntwoord NietAangemeld() => new Probleem(
        Basis + "niet-aangemeld", "Je bent niet aangemeld.", StatusCodes.Status401Unauthorized,
        "Meld je aan om verder te gaan.").AlsAntwoord().MetHeader("WWW-Authenticate", "Bearer");

    public static JsonAntwoord GeenToegang(string melding) => new Probleem(
        Basis + "geen-toegang", "Dit mag je niet doen.", StatusCodes.Status403Forbidden, melding).AlsAntwoord();

    public static JsonAntwoord NietGevonden(string melding) => new Probleem(
        Basis + "niet-gevonden", "Niet gevonden.", StatusCodes.Status404NotFound, melding).AlsAntwoord();

    /// <summary>405: the address exists, but not with this method; <paramref name="toegestaan"/> goes in the Allow header too.</summary>
    public static JsonAntwoord MethodeNietToegestaan(string methode, IReadOnlyList<string> toegestaan) => new Probleem(
        Basis + "methode-niet-toegestaan", "Deze methode kan hier niet.", StatusCodes.Status405MethodNotAllowed,
        $"Dit adres kent {methode} niet, wel {string.Join(", ", toegestaan)}. Er is niets gewijzigd.")
        .AlsAntwoord().MetHeader("Allow", string.Join(", ", toegestaan));

    public static JsonAntwoord VersieConflict(string melding) => new Probleem(
        Basis + "versie-conflict", "De gegevens zijn intussen gewijzigd.", StatusCodes.Status412PreconditionFailed, melding).AlsAntwoord();

    public static JsonAntwoord VersieVereist(string melding) => new Probleem(
        Basis + "versie-vereist", "De versie ontbreekt.", StatusCodes.Status428PreconditionRequired, melding).AlsAntwoord();

    /// <summary>409: possible duplicates. Re-posting the same body with header VL-Bevestigingstoken confirms.</summary>
    public static JsonAntwoord MogelijkeDuplicaten(MogelijkeDuplicatenFout fout) => new Probleem(
        Basis + "mogelijke-duplicaten", "Deze vereniging bestaat misschien al.", StatusCodes.Status409Conflict,
        fout.Message + " Is het toch een andere vereniging? Verstuur dezelfde gegevens opnieuw met de header VL-Bevestigingstoken.",
        Kandidaten: fout.Kandidaten, BevestigingsToken: fout.BevestigingsToken).AlsAntwoord();

    /// <summary>413: the body is over the operation's limit (its OpenAPI <c>x-max-bytes</c>).</summary>
    public static JsonAntwoord TeGroot(int maxBytes) => new Probleem(
        Basis + "te-groot", "De aanvraag is te groot.", StatusCodes.Status413PayloadTooLarge,
        $"Deze aanvraag mag hoogstens {maxBytes.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("nl-BE"))} bytes groot zijn. Er is niets gewijzigd.")
        .AlsAntwoord();

    public static JsonAntwoord Conflict(string melding) => new Probleem(
        Basis + "conflict", "Dit kan nu niet.", StatusCodes.Status409Conflict, melding).AlsAntwoord();

    public static JsonAntwoord NietAangemeldInstantie() => new Probleem(
        Basis + "handtekening", "De handtekening ontbreekt of klopt niet.", StatusCodes.Status401Unauthorized,
        "Onderteken de callback met header VL-Handtekening (t=<unix>,v1=<HMAC-SHA256>).").AlsAntwoord();

    public static JsonAntwoord BronNietBeschikbaar(string melding) => new Probleem(
        Basis + "bron-niet-beschikbaar", "Een gegevensbron is tijdelijk niet bereikbaar.", StatusCodes.Status503ServiceUnavailable, melding)
        .AlsAntwoord().MetHeader("Retry-After", "60");

    /// <summary>503: a dependency (storage, an agency) does not answer now; nothing was changed, trying again later helps.</summary>
    public static JsonAntwoord TijdelijkNietBeschikbaar(string melding) => new Probleem(
        Basis + "tijdelijk-niet-beschikbaar", "Dit lukt nu even niet.", StatusCodes.Status503ServiceUnavailable, melding)
        .AlsAntwoord().MetHeader("Retry-After", "30");

    public static JsonAntwoord InterneFout() => new Probleem(
        Basis + "interne-fout", "Er liep iets mis bij ons.", StatusCodes.Status500InternalServerError,
        "Je gegevens zijn niet gewijzigd. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de helpdesk.")
        .AlsAntwoord();
}
