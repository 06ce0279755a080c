using System.Text.RegularExpressions;

namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// Checks for free text typed by volunteers. Text with markup is refused outright rather than cleaned, so what is
/// stored is exactly what the volunteer sees.
/// </summary>
public static partial class Tekst
{
    /// <summary>The default maximum length of a text field.</summary>
    public const int StandaardMaxLengte = 500;

    /// <summary>Trimmed text, or null when nothing was filled in.</summary>
    public static string? Optioneel(string? waarde, string veld, int maxLengte = StandaardMaxLengte)
    {
        var tekst = waarde?.Trim();
        if (string.IsNullOrEmpty(tekst))
        {
            return null;
        }

        if (tekst.Length > maxLengte)
        {
            throw new DomeinFout(veld, $"Deze tekst is te lang: maximaal {maxLengte} tekens, nu {tekst.Length}.");
        }

        if (BevatOpmaak(tekst))
        {
            throw new DomeinFout(veld, "Deze tekst mag geen opmaakcode bevatten: tekst tussen < en > (zoals <b> of <script>) is niet toegelaten.");
        }

        return tekst;
    }

    /// <summary>Trimmed text that must be filled in.</summary>
    public static string Verplicht(string? waarde, string veld, int maxLengte = StandaardMaxLengte) =>
        Optioneel(waarde, veld, maxLengte) ?? throw new DomeinFout(veld, "Dit veld is verplicht.");

    /// <summary>
    /// True when the text holds something a browser would read as a tag, comment or processing instruction.
    /// A lone "&lt;" as in "kinderen &lt; 12 jaar" is ordinary text.
    /// </summary>
    public static bool BevatOpmaak(string tekst) => Opmaak().IsMatch(tekst);

    // A tag starts right after '<' with a letter, '/', '!' or '?', exactly as HTML parsers see it.
    [GeneratedRegex(@"<[A-Za-z/!?][^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Opmaak();
}
