using System.Globalization;
using System.Text.Json;

namespace VLoket.Domain.Bronnen;

/// <summary>An IPDC product: number and name.</summary>
public sealed record IpdcProduct(string Nummer, string Naam);

/// <summary>An agency by OVO code and name.</summary>
public sealed record OvoInstantie(string OvoCode, string Naam);

/// <summary>
/// A recognition as a source reports it. The source says whether it is decided and whether it is suspended; the loket
/// derives the status from the period (<see cref="Erkenningen.Status"/>), so it is right on the day it is shown.
/// </summary>
public sealed record Erkenning(
    string ErkenningId, IpdcProduct IpdcProduct, OvoInstantie GeregistreerdDoor, string? Startdatum, string? Einddatum,
    string? Hernieuwingsdatum = null, bool Beslist = true, bool Geschorst = false);

/// <summary>Statuses of a recognition (domain.md).</summary>
public static class ErkenningStatussen
{
    public const string InAanvraag = "InAanvraag";
    public const string Actief = "Actief";
    public const string Verlopen = "Verlopen";
    public const string Geschorst = "Geschorst";
}

/// <summary>Derives a recognition's status from its period.</summary>
public static class Erkenningen
{
    /// <summary>
    /// <c>Geschorst</c> when the source flags a suspension; <c>InAanvraag</c> while not decided or not yet started;
    /// <c>Verlopen</c> once the end date has passed (the end date itself still counts); else <c>Actief</c>.
    /// </summary>
    public static string Status(Erkenning e, DateOnly vandaag)
    {
        if (e.Geschorst)
        {
            return ErkenningStatussen.Geschorst;
        }

        DateOnly? start = Datum(e.Startdatum);
        if (!e.Beslist || start is null || start > vandaag)
        {
            return ErkenningStatussen.InAanvraag;
        }

        return Datum(e.Einddatum) is { } einde && einde < vandaag ? ErkenningStatussen.Verlopen : ErkenningStatussen.Actief;
    }

    /// <summary>The recognition in an item's value, or null when the value is not one.</summary>
    public static Erkenning? Uit(JsonElement waarde)
    {
        try
        {
            return waarde.ValueKind == JsonValueKind.Object ? waarde.Deserialize<Erkenning>(Storage.JsonEigenschappen.Opties) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static DateOnly? Datum(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
