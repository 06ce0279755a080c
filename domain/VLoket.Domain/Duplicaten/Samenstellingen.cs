namespace VLoket.Domain.Duplicaten;

/// <summary>
/// Splits Dutch compounds that end in a generic organisation word (voetbalclub → voetbal + club).
/// </summary>
/// <remarks>
/// Without this, "voetbalclub" and "volleybalclub" look 83% alike because the shared "balclub" dominates, and
/// "toneelkring" vs "toneelgroep" look different although only the interchangeable suffix differs.
/// After splitting, the activity is compared with the activity and the suffix only weighs lightly.
/// </remarks>
static class Samenstellingen
{
    /// <summary>Shortest stem kept in front of a suffix, so a word like "club" itself is never split.</summary>
    const int MinimaleKern = 3;

    /// <summary>The stem and generic suffix of <paramref name="woord"/>, or null when it is not such a compound.</summary>
    public static (string Kern, string Achtervoegsel)? Splits(string woord)
    {
        foreach (var achtervoegsel in Woordenlijsten.GeneriekeAchtervoegsels)
        {
            if (woord.Length - achtervoegsel.Length >= MinimaleKern
                && woord.EndsWith(achtervoegsel, StringComparison.Ordinal))
            {
                return (woord[..^achtervoegsel.Length], achtervoegsel);
            }
        }

        return null;
    }

    /// <summary>Every word, with compounds replaced by stem and suffix.</summary>
    public static List<string> SplitsAlle(IEnumerable<string> woorden)
    {
        var uit = new List<string>();
        foreach (var woord in woorden)
        {
            if (Splits(woord) is var (kern, achtervoegsel))
            {
                uit.Add(kern);
                uit.Add(achtervoegsel);
            }
            else
            {
                uit.Add(woord);
            }
        }

        return uit;
    }
}
