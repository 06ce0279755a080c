using System.Globalization;
using VLoket.Domain.Diensten.Model;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>What the association wants to borrow: <see cref="Aantal"/> of <see cref="Materiaal"/> from <see cref="Van"/> to <see cref="Tot"/> (inclusive).</summary>
public sealed record ReservatieWens(string Materiaal, int Aantal, DateOnly Van, DateOnly Tot);

/// <summary>
/// The answer keys that turn an application for an <c>InfrastructuurMateriaal</c> service into a reservation:
/// <c>materiaal</c> (the agency's material code, e.g. tent, podium, zaal), <c>aantal</c> (whole number, default 1),
/// <c>ophaaldatum</c> or <c>van</c>, and <c>terugbrengdatum</c> or <c>tot</c> (yyyy-MM-dd). The long names are the ones
/// the catalogue's lending forms already use; the short ones are accepted for forms written for reservations.
/// </summary>
public static class ReservatieAntwoorden
{
    public const string Materiaal = "materiaal";
    public const string Aantal = "aantal";
    public const string Van = "van";
    public const string Ophaaldatum = "ophaaldatum";
    public const string Tot = "tot";
    public const string Terugbrengdatum = "terugbrengdatum";

    /// <summary>The most of one material one reservation asks for.</summary>
    public const int MaxAantal = 999;

    /// <summary>How far ahead a reservation's days may lie, counted from today.</summary>
    public const int MaxJarenVooruit = 2;

    /// <summary>The message for a day past <see cref="MaxJarenVooruit"/>.</summary>
    public const string TeVerVooruit = "Je kan hoogstens twee jaar vooruit reserveren.";

    /// <summary>The message for a day that is not written as yyyy-MM-dd.</summary>
    public const string DatumMelding = "Geef een datum als jjjj-mm-dd.";

    /// <summary>The message for a last day before the first.</summary>
    public const string EindeVoorBegin = "De einddatum valt vóór de begindatum.";

    /// <summary>A reservation's day as the API and the forms write it (yyyy-MM-dd), or null when it is not one.</summary>
    public static DateOnly? Dag(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum) ? datum : null;

    /// <summary>Whether <paramref name="dag"/> lies further ahead than a reservation may (and than any stock is planned).</summary>
    public static bool IsTeVer(DateOnly dag, DateOnly vandaag) => dag > vandaag.AddYears(MaxJarenVooruit);

    /// <summary>
    /// The reservation these answers ask for, or null when they do not (another type of service, or no material and
    /// period given): then it is an ordinary application. Throws <see cref="DomeinFout"/> for a reservation that cannot be.
    /// </summary>
    public static ReservatieWens? Lees(string dienstType, IReadOnlyDictionary<string, string> antwoorden, DateOnly vandaag) =>
        Lees(dienstType, antwoorden, (DateOnly?)vandaag);

    /// <summary>
    /// The reservation a stored dossier's answers ask for: checked when it was made, so the days are not held to today
    /// again (a reservation made last year is still the same reservation).
    /// </summary>
    public static ReservatieWens? LeesBewaard(string dienstType, IReadOnlyDictionary<string, string> antwoorden) =>
        Lees(dienstType, antwoorden, null);

    static ReservatieWens? Lees(string dienstType, IReadOnlyDictionary<string, string> antwoorden, DateOnly? vandaag)
    {
        string? materiaal = Waarde(antwoorden, Materiaal);
        (string veldVan, string? van) = Eerste(antwoorden, Van, Ophaaldatum);
        (string veldTot, string? tot) = Eerste(antwoorden, Tot, Terugbrengdatum);
        if (dienstType != DienstCodes.InfrastructuurMateriaal || materiaal is null || van is null || tot is null)
        {
            return null;
        }

        var fouten = new List<VeldFout>();
        int aantal = 1;
        if (Waarde(antwoorden, Aantal) is { } tekst && (!int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out aantal) || aantal is < 1 or > MaxAantal))
        {
            fouten.Add(new VeldFout($"antwoorden.{Aantal}", $"Geef een geheel aantal van 1 tot {MaxAantal}."));
        }

        var begin = Datum(van, veldVan, fouten);
        var einde = Datum(tot, veldTot, fouten);
        if (begin is { } b && b < vandaag)
        {
            fouten.Add(new VeldFout($"antwoorden.{veldVan}", "Je kan niet reserveren in het verleden."));
        }

        foreach (var (dag, veld) in new[] { (begin, veldVan), (einde, veldTot) })
        {
            if (dag is { } d && vandaag is { } v && IsTeVer(d, v))
            {
                fouten.Add(new VeldFout($"antwoorden.{veld}", TeVerVooruit));
            }
        }

        if (begin is { } s && einde is { } e && e < s)
        {
            fouten.Add(new VeldFout($"antwoorden.{veldTot}", EindeVoorBegin));
        }

        return fouten.Count > 0 ? throw new DomeinFout(fouten) : new ReservatieWens(materiaal.Trim().ToLowerInvariant(), aantal, begin!.Value, einde!.Value);
    }

    static string? Waarde(IReadOnlyDictionary<string, string> antwoorden, string sleutel) =>
        antwoorden.TryGetValue(sleutel, out string? waarde) && !string.IsNullOrWhiteSpace(waarde) ? waarde.Trim() : null;

    static (string Sleutel, string? Waarde) Eerste(IReadOnlyDictionary<string, string> antwoorden, string kort, string lang) =>
        Waarde(antwoorden, kort) is { } waarde ? (kort, waarde) : (lang, Waarde(antwoorden, lang));

    static DateOnly? Datum(string tekst, string sleutel, List<VeldFout> fouten)
    {
        var dag = Dag(tekst);
        if (dag is null)
        {
            fouten.Add(new VeldFout($"antwoorden.{sleutel}", DatumMelding));
        }

        return dag;
    }
}
