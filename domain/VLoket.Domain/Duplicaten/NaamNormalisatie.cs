using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VLoket.Domain.Duplicaten;

/// <summary>
/// Brings an association name to a canonical list of words, so that two spellings of the same club
/// ("K.S.A. Sint-Jan Gent", "KSA St Jan") meet before any fuzzy comparison.
/// </summary>
/// <remarks>
/// Steps, in order: lowercase; strip accents; split on everything that is not a letter or digit
/// (hyphens and dots become separators); join runs of single letters (<c>k.s.a.</c>, <c>K S A</c> → <c>ksa</c>);
/// expand abbreviations (<c>st</c> → <c>sint</c>, <c>ste</c> → <c>sinte</c>, <c>kon</c> → <c>koninklijke</c>);
/// reduce ordinals to their number (<c>12de</c> → <c>12</c>); then drop the municipality names and Dutch stop words.
/// </remarks>
public static partial class NaamNormalisatie
{
    /// <summary>The normalised name as one string: <see cref="Tokens"/> joined by single spaces.</summary>
    public static string Normaliseer(string naam, IEnumerable<string> gemeentenamen) =>
        string.Join(' ', Tokens(naam, gemeentenamen));

    /// <summary>
    /// The words that identify the association: normalised, without stop words and without the given
    /// municipality names (which every candidate shares, so they only inflate similarity).
    /// May be empty, e.g. for a name that is only the municipality.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string naam, IEnumerable<string> gemeentenamen)
    {
        ArgumentNullException.ThrowIfNull(gemeentenamen);
        var woorden = BasisTokens(naam).ToList();

        // Municipalities are removed as whole word sequences, before stop words, so that
        // "Kapelle-op-den-Bos" or "Sint-Niklaas" go as a unit and "op"/"sint" elsewhere in the name survive.
        // Longest first, so "Sint-Martens-Latem" wins over a shorter name it contains.
        var gemeenten = gemeentenamen
            .Select(BasisTokens)
            .Where(g => g.Count > 0)
            .OrderByDescending(g => g.Count);
        foreach (var gemeente in gemeenten)
        {
            VerwijderReeksen(woorden, gemeente);
        }

        woorden.RemoveAll(Woordenlijsten.StopWoorden.Contains);
        return woorden;
    }

    /// <summary>
    /// The normalised words with nothing dropped (no stop-word or municipality removal).
    /// Used as the fallback when a name is empty after <see cref="Tokens"/>.
    /// </summary>
    public static IReadOnlyList<string> BasisTokens(string naam)
    {
        ArgumentNullException.ThrowIfNull(naam);
        // Typographic apostrophes (’t Kofschip) are the same elision as the typed one.
        var tekst = ZonderAccenten(naam.ToLowerInvariant())
            .Replace('’', '\'').Replace('‘', '\'').Replace('`', '\'');
        var ruw = Splits(tekst);
        var samengevoegd = VoegLettersSamen(ruw);
        return samengevoegd.Select(Vervang).ToList();
    }

    static string ZonderAccenten(string tekst)
    {
        // FormD separates "é" into "e" + combining acute; dropping the combining marks leaves the bare letter.
        var ontleed = tekst.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(ontleed.Length);
        foreach (var c in ontleed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A raw word, remembering whether it was an elision like 't, which must never be glued to initials.</summary>
    readonly record struct RuwWoord(string Tekst, bool IsElisie);

    static List<RuwWoord> Splits(string tekst)
    {
        var woorden = new List<RuwWoord>();
        foreach (Match m in WoordPatroon().Matches(tekst))
        {
            var w = m.Value;
            // "'t" and "'s" are articles; without this, "K.V. 't Pleintje" would glue k, v and t into "kvt".
            if (w.Length == 2 && w[0] == '\'')
            {
                woorden.Add(new RuwWoord(w[1..], IsElisie: true));
                continue;
            }

            // Any other apostrophe is spelling noise (d'Hondt, rock'n'roll).
            var zonder = w.Replace("'", "", StringComparison.Ordinal);
            if (zonder.Length > 0)
            {
                woorden.Add(new RuwWoord(zonder, IsElisie: false));
            }
        }

        return woorden;
    }

    static List<string> VoegLettersSamen(List<RuwWoord> woorden)
    {
        // A run of two or more lone letters is an abbreviation written with dots or spaces (K.S.A., K S A).
        // A single lone letter stays as it is: "Dames A" must not swallow the letter.
        var uit = new List<string>(woorden.Count);
        var run = new StringBuilder();

        void SluitRun()
        {
            if (run.Length > 0)
            {
                uit.Add(run.ToString());
                run.Clear();
            }
        }

        foreach (var w in woorden)
        {
            if (!w.IsElisie && w.Tekst.Length == 1 && char.IsLetter(w.Tekst[0]))
            {
                run.Append(w.Tekst);
                continue;
            }

            SluitRun();
            uit.Add(w.Tekst);
        }

        SluitRun();
        return uit;
    }

    static string Vervang(string woord)
    {
        if (Woordenlijsten.Afkortingen.TryGetValue(woord, out var voluit))
        {
            return voluit;
        }

        // "12de", "12e" and "12ste" are the same unit; the number is what distinguishes it from the 14de.
        var rangtelwoord = RangtelwoordPatroon().Match(woord);
        return rangtelwoord.Success ? rangtelwoord.Groups[1].Value : woord;
    }

    static void VerwijderReeksen(List<string> woorden, IReadOnlyList<string> reeks)
    {
        for (var i = 0; i + reeks.Count <= woorden.Count;)
        {
            if (IsReeksOp(woorden, i, reeks))
            {
                woorden.RemoveRange(i, reeks.Count);
            }
            else
            {
                i++;
            }
        }
    }

    static bool IsReeksOp(List<string> woorden, int start, IReadOnlyList<string> reeks)
    {
        for (var j = 0; j < reeks.Count; j++)
        {
            if (!string.Equals(woorden[start + j], reeks[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Letters, digits and apostrophes form words; everything else (hyphens, dots, &, slashes) separates.
    [GeneratedRegex(@"[\p{L}\p{N}']+")]
    private static partial Regex WoordPatroon();

    [GeneratedRegex(@"^(\d+)(?:e|de|ste)$")]
    private static partial Regex RangtelwoordPatroon();
}
