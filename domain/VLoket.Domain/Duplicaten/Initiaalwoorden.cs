namespace VLoket.Domain.Duplicaten;

/// <summary>
/// Recognises an initialism in one name written out in the other: "KLJ" for "Katholieke Landelijke Jeugd",
/// "KV" for "Koninklijke Voetbalvereniging", "VC" for "Volleybalclub".
/// </summary>
/// <remarks>
/// Associations are registered under their acronym as often as under their full name. When a short
/// all-letter word of one name spells the first letters of consecutive words of the other, the written-out run
/// is replaced by the acronym so both names carry the same word. A compound with a generic suffix may give one
/// letter (voetbalvereniging → v, as in KV) or two (volleybal + club → vc, as in VC).
/// </remarks>
static class Initiaalwoorden
{
    const int MinimaleLengte = 2;
    const int MaximaleLengte = 5;

    /// <summary>Returns copies of both word lists with written-out initialisms replaced, in both directions.</summary>
    public static (List<string> A, List<string> B) Herleid(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var na = a.ToList();
        var nb = b.ToList();
        VervangUitgeschreven(na, nb);
        VervangUitgeschreven(nb, na);
        return (na, nb);
    }

    static void VervangUitgeschreven(List<string> metAfkorting, List<string> uitgeschreven)
    {
        foreach (var afkorting in metAfkorting.Where(IsKandidaat).Distinct().ToList())
        {
            if (uitgeschreven.Contains(afkorting))
            {
                continue;
            }

            for (var start = 0; start < uitgeschreven.Count; start++)
            {
                var eind = Spel(afkorting, 0, uitgeschreven, start);
                if (eind > start)
                {
                    uitgeschreven.RemoveRange(start, eind - start);
                    uitgeschreven.Insert(start, afkorting);
                    break;
                }
            }
        }
    }

    static bool IsKandidaat(string woord) =>
        woord.Length is >= MinimaleLengte and <= MaximaleLengte && woord.All(char.IsLetter);

    /// <summary>
    /// Tries to spell <paramref name="afkorting"/> from position <paramref name="positie"/> on with the initials of
    /// the words from <paramref name="index"/> on. Returns the index just past the last word used, or -1.
    /// </summary>
    static int Spel(string afkorting, int positie, List<string> woorden, int index)
    {
        if (positie == afkorting.Length)
        {
            return index;
        }

        if (index >= woorden.Count)
        {
            return -1;
        }

        foreach (var initialen in Initialen(woorden[index]))
        {
            if (positie + initialen.Length <= afkorting.Length
                && string.CompareOrdinal(afkorting, positie, initialen, 0, initialen.Length) == 0)
            {
                var eind = Spel(afkorting, positie + initialen.Length, woorden, index + 1);
                if (eind >= 0)
                {
                    return eind;
                }
            }
        }

        return -1;
    }

    static IEnumerable<string> Initialen(string woord)
    {
        yield return woord[..1];
        if (Samenstellingen.Splits(woord) is var (kern, achtervoegsel))
        {
            yield return $"{kern[0]}{achtervoegsel[0]}";
        }
    }
}
