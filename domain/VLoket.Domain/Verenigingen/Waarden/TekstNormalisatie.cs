using System.Globalization;
using System.Text;

namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// Folding rules shared by the value objects, so "Sint-Amandsberg", "sint amandsberg" and "SINT‑AMANDSBERG"
/// are compared the same way everywhere.
/// </summary>
public static class TekstNormalisatie
{
    /// <summary>Lower case, no accents, hyphens and runs of whitespace as one space: for comparing names people type.</summary>
    public static string VergelijkVorm(string tekst)
    {
        var builder = new StringBuilder(tekst.Length);
        var vorigeWasSpatie = true;
        foreach (var teken in ZonderAccenten(tekst))
        {
            if (char.IsWhiteSpace(teken) || IsStreepje(teken))
            {
                if (!vorigeWasSpatie)
                {
                    builder.Append(' ');
                    vorigeWasSpatie = true;
                }

                continue;
            }

            builder.Append(IsApostrof(teken) ? '\'' : char.ToLowerInvariant(teken));
            vorigeWasSpatie = false;
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>Only letters and digits, lower case, no accents: for keys where punctuation and spacing carry no meaning.</summary>
    public static string Sleutel(string tekst)
    {
        var builder = new StringBuilder(tekst.Length);
        foreach (var teken in ZonderAccenten(tekst))
        {
            if (char.IsLetterOrDigit(teken))
            {
                builder.Append(char.ToLowerInvariant(teken));
            }
        }

        return builder.ToString();
    }

    static string ZonderAccenten(string tekst)
    {
        var ontleed = tekst.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(ontleed.Length);
        foreach (var teken in ontleed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(teken) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(teken);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    // Word processors and phone keyboards replace '-' and '\'' with typographic variants.
    static bool IsStreepje(char teken) => teken is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014';

    static bool IsApostrof(char teken) => teken is '\u2018' or '\u2019' or '`' or '\u00B4';
}
