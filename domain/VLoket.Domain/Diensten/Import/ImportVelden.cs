using System.Globalization;
using System.Text.RegularExpressions;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Diensten.Import;

/// <summary>Field checks the import shares: language maps, code lists, identifiers, URLs and dates. Each throws <see cref="DomeinFout"/> on its field path.</summary>
public static partial class ImportVelden
{
    /// <summary>
    /// A language map with at least Dutch. Keys are language codes (nl, en, fr, de); empty texts are dropped; markup and
    /// over-long texts are refused on <c>veld.taal</c>.
    /// </summary>
    public static Taalkaart? Taalkaart(Dictionary<string, string?>? invoer, string veld, int maxLengte, bool verplicht = true)
    {
        if (invoer is null || invoer.Count == 0)
        {
            return verplicht ? throw new DomeinFout(veld, "Vul minstens de Nederlandse tekst in, zoals {\"nl\": \"…\"}.") : null;
        }

        var fouten = new FoutVerzamelaar();
        var kaart = new Taalkaart();
        foreach (var (sleutel, waarde) in invoer)
        {
            string taal = sleutel.Trim().ToLowerInvariant();
            if (!DienstCodes.Talen.Contains(taal))
            {
                fouten.Voeg(veld, $"{Benoem(sleutel)} is geen gekende taal. Gebruik nl, en, fr of de.");
                continue;
            }

            if (fouten.Probeer(() => Tekst.Optioneel(waarde, Veldpad.Onder(veld, taal), maxLengte)) is { } tekst)
            {
                kaart[taal] = tekst;
            }
        }

        if (!fouten.HeeftFouten && !kaart.ContainsKey("nl"))
        {
            fouten.Voeg(Veldpad.Onder(veld, "nl"), "De Nederlandse tekst (nl) is verplicht.");
        }

        fouten.GooiAlsFouten();
        return kaart;
    }

    /// <summary>Codes from <paramref name="lijst"/>, spelled as the list does, each at most once.</summary>
    public static List<string> Codes(IEnumerable<string?>? invoer, IReadOnlyList<string> lijst, string veld, bool verplicht)
    {
        var fouten = new FoutVerzamelaar();
        var codes = new List<string>();
        int i = 0;
        foreach (string? code in invoer ?? [])
        {
            string elementVeld = $"{veld}[{i++}]";
            if (DienstCodes.Zoek(lijst, code) is not { } gevonden)
            {
                fouten.Voeg(elementVeld, $"{Benoem(code)} is geen gekende code. Kies uit: {string.Join(", ", lijst)}.");
            }
            else if (codes.Contains(gevonden))
            {
                fouten.Voeg(elementVeld, $"{gevonden} staat er meer dan één keer in.");
            }
            else
            {
                codes.Add(gevonden);
            }
        }

        if (verplicht && codes.Count == 0 && !fouten.HeeftFouten)
        {
            fouten.Voeg(veld, $"Geef minstens één code op. Kies uit: {string.Join(", ", lijst)}.");
        }

        fouten.GooiAlsFouten();
        return codes;
    }

    /// <summary>
    /// Areas where a service applies, each at most once; <c>NVT</c> stands alone, as for an association's werkingsgebieden.
    /// </summary>
    public static List<string> Gebieden(IEnumerable<string?>? invoer, string veld, bool verplicht)
    {
        var fouten = new FoutVerzamelaar();
        var codes = new List<string>();
        int i = 0;
        foreach (string? code in invoer ?? [])
        {
            string elementVeld = $"{veld}[{i++}]";
            if (fouten.Probeer(() => Diensten.Gebieden.Create(code, elementVeld)) is not { } gebied)
            {
                continue;
            }

            if (codes.Contains(gebied))
            {
                fouten.Voeg(elementVeld, $"Het gebied {gebied} staat er meer dan één keer in.");
            }
            else
            {
                codes.Add(gebied);
            }
        }

        if (codes.Count > 1 && codes.Contains(Werkingsgebied.NietVanToepassingCode))
        {
            fouten.Voeg(veld, "'Niet van toepassing' (NVT) kan niet samen met andere gebieden gekozen worden.");
        }

        if (verplicht && codes.Count == 0 && !fouten.HeeftFouten)
        {
            fouten.Voeg(veld, "Geef minstens één gebied op, zoals BE2 voor heel Vlaanderen of BE23444021 voor Gent.");
        }

        fouten.GooiAlsFouten();
        return codes;
    }

    /// <summary>A product number: letters, digits and hyphens (it becomes a table key and part of a URL).</summary>
    public static string Productnummer(string? invoer, string veld)
    {
        string waarde = invoer?.Trim() ?? string.Empty;
        return ProductnummerVorm().IsMatch(waarde)
            ? waarde
            : throw new DomeinFout(veld, "Een productnummer bestaat uit 1 tot 20 letters, cijfers of koppeltekens, zoals 1502.");
    }

    /// <summary>An OVO code: "OVO" and six digits, e.g. OVO002949.</summary>
    public static string OvoCode(string? invoer, string veld)
    {
        string waarde = invoer?.Trim().ToUpperInvariant() ?? string.Empty;
        return OvoVorm().IsMatch(waarde)
            ? waarde
            : throw new DomeinFout(veld, $"{Benoem(invoer)} is geen OVO-code. Een OVO-code is OVO gevolgd door zes cijfers, zoals OVO002949.");
    }

    /// <summary>An http(s) address with a dot in the host, by the same rule as an association's website.</summary>
    public static string Url(string? invoer, string veld) =>
        ContactgegevenWaarde.CreateVoorType(ContactgegevenType.Website, invoer, veld).Waarde;

    /// <summary>A date strictly as <c>yyyy-MM-dd</c> (future dates allowed), or null when empty.</summary>
    public static DateOnly? Datum(string? invoer, string veld)
    {
        if (string.IsNullOrWhiteSpace(invoer))
        {
            return null;
        }

        return invoer.Length == 10 && DateOnly.TryParseExact(invoer, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum)
            ? datum
            : throw new DomeinFout(veld, "Deze datum is ongeldig. Schrijf ze als jaar-maand-dag, zoals 2027-03-15.");
    }

    /// <summary>A day in the year as <c>MM-dd</c> (for yearly windows); 29 February is allowed.</summary>
    public static string MaandDag(string? invoer, string veld)
    {
        string waarde = invoer?.Trim() ?? string.Empty;
        return waarde.Length == 5 && DateOnly.TryParseExact("2024-" + waarde, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? waarde
            : throw new DomeinFout(veld, "Een jaarlijkse datum schrijf je als maand-dag, zoals 03-31 voor 31 maart.");
    }

    /// <summary>A code or value echoed in a message: only when short and free of markup, so a message never carries injected text.</summary>
    public static string Benoem(string? waarde) =>
        waarde is { Length: > 0 and <= 30 } && !Tekst.BevatOpmaak(waarde) ? $"'{waarde}'" : "Deze waarde";

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex ProductnummerVorm();

    [GeneratedRegex("^OVO[0-9]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex OvoVorm();
}
