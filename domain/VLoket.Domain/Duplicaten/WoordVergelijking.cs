using FuzzySharp;

namespace VLoket.Domain.Duplicaten;

/// <summary>
/// Decides whether two normalised words are the same word, allowing for typos.
/// </summary>
/// <remarks>
/// A plain similarity ratio cannot tell a typo from a different word: "chiro"/"chrio" (a typo) scores 80,
/// "voetbal"/"volleybal" (another sport) scores 75. What separates them is the absolute number of edits:
/// a typo is one slip, a different word needs several. So a pair only counts as the same word when its
/// insert/delete edit distance stays within a small budget that grows slowly with word length;
/// FuzzySharp's ratio then grades how close the accepted pair is.
/// </remarks>
static class WoordVergelijking
{
    /// <summary>
    /// How much of word <paramref name="a"/> is found in word <paramref name="b"/>: 1 for equal words,
    /// between 0.5 and 1 for a typo (scaled by the FuzzySharp ratio), 0 for different words.
    /// </summary>
    public static double Krediet(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        // Generic organisation words are interchangeable (toneelkring, toneelgroep, toneelvereniging).
        if (IsGeneriek(a) && IsGeneriek(b))
        {
            return 1;
        }

        // Numbers name a division or unit (12de vs 21ste, U10 vs U12); one digit off is another group, not a typo.
        // Words of three letters or less are mostly acronyms (KSA, KLJ, KWB, KAV) where one letter is another movement.
        if (BevatCijfer(a) || BevatCijfer(b) || Math.Min(a.Length, b.Length) <= 3)
        {
            return 0;
        }

        // Each letter of length difference is at least one edit: most word pairs of a city's names end here, cheaply.
        int budget = Budget(Math.Max(a.Length, b.Length));
        if (Math.Abs(a.Length - b.Length) > budget)
        {
            return 0;
        }

        // xcost 1: a substitution costs 2 (delete + insert), so a swapped or wrong letter costs 2 and a missing letter 1.
        var afstand = Levenshtein.EditDistance(a, b, 1);
        if (afstand > budget)
        {
            return 0;
        }

        // Accepted as the same word; keep it a little below an exact match so exact spellings still rank first.
        return (1 + Fuzz.Ratio(a, b) / 100.0) / 2;
    }

    /// <summary>
    /// Edit budget: one wrong or swapped letter (cost 2) in words up to 7 letters; one more slip (a dropped letter)
    /// in longer words. Never more: four edits already turn "senioren" into "seniorenraad", another body.
    /// </summary>
    static int Budget(int lengte) => lengte <= 7 ? 2 : 3;

    static bool IsGeneriek(string woord) => Woordenlijsten.GeneriekeAchtervoegsels.Contains(woord);

    static bool BevatCijfer(string woord) => woord.Any(char.IsDigit);
}
