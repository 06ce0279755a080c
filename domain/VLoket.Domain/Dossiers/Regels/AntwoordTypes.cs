using System.Globalization;
using System.Text.Json;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Dossiers.Model;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>
/// The typed form of one answer, as the agency receives it: <c>getal</c> a JSON number (within the question's min and
/// max), <c>datum</c> an ISO date string, <c>ja-nee</c> a boolean, <c>keuze</c> one of its choices (a list of them where
/// the question says <c>meerdere</c>), <c>tekst</c> a string up to its maximum length, <c>bestand</c> the id of an
/// uploaded file. For one release the string forms (<c>"100"</c>, <c>"true"</c>, <c>"ja"</c>) are still accepted and
/// normalised to the typed form.
/// </summary>
public static class AntwoordTypes
{
    static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>Whether <paramref name="waarde"/> gives no answer at all (absent, null, blank text, empty list).</summary>
    public static bool IsLeeg(JsonElement waarde) => waarde.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => true,
        JsonValueKind.String => string.IsNullOrWhiteSpace(waarde.GetString()),
        JsonValueKind.Array => waarde.GetArrayLength() == 0,
        _ => false,
    };

    /// <summary>The typed answer, or the Dutch message for the field when it is not an answer to <paramref name="vraag"/>.</summary>
    public static (JsonElement Waarde, string? Fout) Normaliseer(Vraag vraag, JsonElement waarde) => vraag.Type switch
    {
        Aanvraag.Getal => Getal(vraag, waarde),
        Aanvraag.Datum => Datum(waarde),
        Aanvraag.JaNee => JaNee(waarde),
        Aanvraag.Keuze => Keuze(vraag, waarde),
        Aanvraag.Bestand => Bestand(waarde),
        _ => Tekst(vraag, waarde),
    };

    /// <summary>The message for a number outside the question's bounds (or not a number at all).</summary>
    public static string GetalFout(Vraag vraag) => (vraag.Min, vraag.Max) switch
    {
        ({ } min, { } max) => $"Vul een getal in tussen {Toon(min)} en {Toon(max)}.",
        ({ } min, null) => $"Vul een getal in van minstens {Toon(min)}.",
        (null, { } max) => $"Vul een getal in van hoogstens {Toon(max)}.",
        _ => "Vul een getal in, zoals 1250 of 1250,50.",
    };

    /// <summary>The answer as text, for rules written for text (a reservation's material and period).</summary>
    public static string? AlsTekst(JsonElement waarde) => waarde.ValueKind switch
    {
        JsonValueKind.String => waarde.GetString(),
        JsonValueKind.Number => waarde.GetRawText(),
        JsonValueKind.True => "ja",
        JsonValueKind.False => "nee",
        JsonValueKind.Array => string.Join(", ", waarde.EnumerateArray().Select(AlsTekst)),
        _ => null,
    };

    /// <summary>Every answer as text (<see cref="AlsTekst"/>; empty when it has none), for rules written for text.</summary>
    public static Dictionary<string, string> AlsTeksten(IEnumerable<KeyValuePair<string, JsonElement>> antwoorden) =>
        antwoorden.ToDictionary(a => a.Key, a => AlsTekst(a.Value) ?? string.Empty);

    /// <summary>A string answer as JSON (answers of dossiers stored before answers had types, and of version 1 workflows).</summary>
    public static JsonElement Van(string tekst) => JsonSerializer.SerializeToElement(tekst);

    static (JsonElement, string?) Getal(Vraag vraag, JsonElement waarde)
    {
        decimal getal;
        bool gelezen = waarde.ValueKind switch
        {
            JsonValueKind.Number => waarde.TryGetDecimal(out getal),
            JsonValueKind.String => decimal.TryParse(waarde.GetString()!.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
                CultureInfo.InvariantCulture, out getal),
            _ => (getal = 0) != 0,
        };
        if (!gelezen || (vraag.Min is { } min && getal < min) || (vraag.Max is { } max && getal > max))
        {
            return (default, GetalFout(vraag));
        }

        return (JsonSerializer.SerializeToElement(getal), null);
    }

    static (JsonElement, string?) Datum(JsonElement waarde) =>
        waarde.ValueKind == JsonValueKind.String
        && DateOnly.TryParseExact(waarde.GetString()!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            ? (JsonSerializer.SerializeToElement(datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), null)
            : (default, "Vul een datum in als jjjj-mm-dd, zoals 2026-07-15.");

    static (JsonElement, string?) JaNee(JsonElement waarde)
    {
        bool? ja = waarde.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => waarde.GetString()!.Trim().ToLowerInvariant() switch
            {
                "true" or "ja" => true,
                "false" or "nee" => false,
                _ => null,
            },
            _ => null,
        };
        return ja is { } b ? (JsonSerializer.SerializeToElement(b), null) : (default, "Antwoord met ja of nee.");
    }

    static (JsonElement, string?) Keuze(Vraag vraag, JsonElement waarde)
    {
        var keuzes = vraag.Keuzes ?? [];
        string fout = vraag.Meerdere ? $"Kies een of meer van: {string.Join(", ", keuzes)}." : $"Kies een van: {string.Join(", ", keuzes)}.";
        List<string?> gekozen = waarde.ValueKind switch
        {
            JsonValueKind.String => [waarde.GetString()],
            JsonValueKind.Array when vraag.Meerdere => waarde.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : null).ToList(),
            _ => [null],
        };
        if (gekozen.Any(k => k is null || !keuzes.Contains(k)) || gekozen.Distinct().Count() != gekozen.Count)
        {
            return (default, fout);
        }

        return vraag.Meerdere ? (JsonSerializer.SerializeToElement(gekozen), null) : (JsonSerializer.SerializeToElement(gekozen[0]), null);
    }

    static (JsonElement, string?) Bestand(JsonElement waarde) =>
        waarde.ValueKind == JsonValueKind.String && Bijlage.IsId(waarde.GetString())
            ? (waarde.Clone(), null)
            : (default, "Laad een bestand op en geef de id die je terugkreeg.");

    static (JsonElement, string?) Tekst(Vraag vraag, JsonElement waarde)
    {
        if (waarde.ValueKind != JsonValueKind.String)
        {
            return (default, "Vul hier tekst in.");
        }

        string tekst = waarde.GetString()!;
        int max = vraag.MaxLengte ?? Aanvraag.StandaardMaxLengte;
        if (tekst.Length > max)
        {
            return (default, $"Je antwoord is te lang (hoogstens {max} tekens).");
        }

        return Verenigingen.Waarden.Tekst.BevatOpmaak(tekst)
            ? (default, "Gebruik geen opmaak (zoals <b> of <script>) in je antwoord.")
            : (waarde.Clone(), null);
    }

    static string Toon(decimal getal) => getal.ToString("0.############", Nl);
}
