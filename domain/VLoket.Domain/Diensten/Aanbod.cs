using VLoket.Domain.Diensten.Model;

namespace VLoket.Domain.Diensten;

/// <summary>
/// The services that apply to one association, in the order a volunteer should look at them:
/// legal duties first, then what can be applied for now with the soonest closing day first, then what is open all year,
/// then what opens later, then what does not apply yet.
/// </summary>
public static class Aanbod
{
    /// <summary>
    /// Matches the association against the catalogue in one pass (each service is judged once, against a profile
    /// computed once), then orders the matches. Cost grows linearly with the catalogue (plus sorting the matches).
    /// </summary>
    public static List<Beoordeling> Bereken(IReadOnlyList<Dienst> catalogus, Verenigingsprofiel profiel, DateOnly vandaag)
    {
        var resultaat = new List<Beoordeling>();
        foreach (var dienst in catalogus)
        {
            if (Geschiktheid.Beoordeel(dienst, profiel, vandaag) is { } beoordeling)
            {
                resultaat.Add(beoordeling);
            }
        }

        resultaat.Sort(Volgorde);
        return resultaat;
    }

    /// <summary>The overview's order; ties are broken by Dutch name, then product number, so the order is stable.</summary>
    public static int Volgorde(Beoordeling a, Beoordeling b)
    {
        int c = Groep(a).CompareTo(Groep(b));
        if (c == 0)
        {
            c = Datum(a).CompareTo(Datum(b));
        }

        if (c == 0)
        {
            c = string.Compare(a.Dienst.Naam.Nl, b.Dienst.Naam.Nl, StringComparison.CurrentCultureIgnoreCase);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Dienst.Productnummer, b.Dienst.Productnummer);
    }

    static int Groep(Beoordeling b) => b switch
    {
        { Dienst.IsWettelijkeVerplichting: true } => 0,
        { Toepasbaar: true, Venster: { Open: true, SluitOp: not null } } => 1,
        { Toepasbaar: true, Venster.Open: true } => 2,
        { Toepasbaar: true } => 3,
        _ => 4,
    };

    // Within a group, the day that matters: when the window closes (open) or opens (closed); no date sorts last.
    static DateOnly Datum(Beoordeling b) => (b.Venster.Open ? b.Venster.SluitOp : b.Venster.OpentOp) ?? DateOnly.MaxValue;
}
