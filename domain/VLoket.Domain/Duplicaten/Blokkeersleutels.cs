namespace VLoket.Domain.Duplicaten;

/// <summary>
/// The blocking keys of a name: the words under which a <see cref="KandidatenIndex{T}"/> files it, so a search only
/// scores names that can reach the threshold. Derived from the scoring rules of <see cref="DuplicaatDetector"/>, which
/// gives a word credit only for an equal word, a typo of it (<see cref="WoordVergelijking"/>), or two generic words;
/// and which rewrites a pair before comparing it (initialisms, compounds, words written together).
/// </summary>
static class Blokkeersleutels
{
    /// <summary>One key for every generic organisation word: they all give each other full credit.</summary>
    public const string Generiek = "#generiek";

    /// <summary>
    /// The words of the name as the score compares them (compounds split), the initialisms its runs of words spell
    /// (KLJ for Katholieke Landelijke Jeugd, as <see cref="Initiaalwoorden"/> would substitute them) and every two
    /// neighbouring words written as one (Chiro Meisjes → chiromeisjes).
    /// </summary>
    public static HashSet<string> Van(IReadOnlyList<string> tokens)
    {
        var woorden = Samenstellingen.SplitsAlle(tokens);
        var sleutels = new HashSet<string>(woorden, StringComparer.Ordinal);
        if (woorden.Any(IsGeneriek))
        {
            sleutels.Add(Generiek);
        }

        sleutels.UnionWith(Afkortingen(tokens));
        sleutels.UnionWith(Samenvoegingen(woorden));
        return sleutels;
    }

    /// <summary>Keys a search looks up whatever the weights: rewrites of its own words that a candidate may carry as one word.</summary>
    public static HashSet<string> Herschrijvingen(IReadOnlyList<string> tokens)
    {
        var sleutels = Afkortingen(tokens);
        sleutels.UnionWith(Samenvoegingen(Samenstellingen.SplitsAlle(tokens)));
        return sleutels;
    }

    public static bool IsGeneriek(string woord) => Woordenlijsten.GeneriekeAchtervoegsels.Contains(woord);

    /// <summary>Every initialism of two to five letters spelled by the initials of consecutive words (one or, for a compound, two letters a word).</summary>
    static HashSet<string> Afkortingen(IReadOnlyList<string> tokens)
    {
        var uit = new HashSet<string>(StringComparer.Ordinal);
        for (int start = 0; start < tokens.Count; start++)
        {
            Spel(tokens, start, string.Empty, uit);
        }

        return uit;
    }

    static void Spel(IReadOnlyList<string> tokens, int index, string tot, HashSet<string> uit)
    {
        if (tot.Length >= 2)
        {
            uit.Add(tot);
        }

        if (index >= tokens.Count || tot.Length >= 5)
        {
            return;
        }

        foreach (string initialen in Initialen(tokens[index]))
        {
            if (tot.Length + initialen.Length <= 5 && initialen.All(char.IsLetter))
            {
                Spel(tokens, index + 1, tot + initialen, uit);
            }
        }
    }

    static IEnumerable<string> Initialen(string woord)
    {
        yield return woord[..1];
        if (Samenstellingen.Splits(woord) is var (kern, achtervoegsel))
        {
            yield return $"{kern[0]}{achtervoegsel[0]}";
        }
    }

    static IEnumerable<string> Samenvoegingen(List<string> woorden)
    {
        for (int i = 0; i + 1 < woorden.Count; i++)
        {
            yield return woorden[i] + woorden[i + 1];
        }
    }
}
