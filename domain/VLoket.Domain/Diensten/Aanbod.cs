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
    /// Matches the association against the catalogue in one pass: the index rules out what cannot apply, the rules
    /// judge the rest against a profile computed once; then the matches are ordered. Cost grows linearly with the
    /// catalogue (plus ordering the matches). <paramref name="filter"/> narrows the catalogue (type, theme) in the same pass.
    /// </summary>
    public static List<Beoordeling> Bereken(Geschiktheidsindex index, Verenigingsprofiel profiel, DateOnly vandaag, Func<Dienst, bool>? filter = null)
    {
        var resultaat = new List<Beoordeling>();
        var sleutel = Geschiktheidsindex.SleutelVan(profiel);
        var diensten = index.Diensten;
        for (int i = 0; i < diensten.Count; i++)
        {
            if (index.KanPassen(i, sleutel) && (filter is null || filter(diensten[i]))
                && Geschiktheid.Beoordeel(diensten[i], profiel, vandaag) is { } beoordeling)
            {
                resultaat.Add(beoordeling);
            }
        }

        // Keys are computed once per match, so the sort compares integers and dates, and (already looked-up) names only on a tie.
        var sleutels = resultaat.Select(b => new Sleutel(Groep(b), Datum(b), b.Dienst.Naam.Nl, b)).ToArray();
        Array.Sort(sleutels, Vergelijk);
        return sleutels.Select(s => s.Beoordeling).ToList();
    }

    /// <summary>The same for a list of services that has no index yet (it is built on the way).</summary>
    public static List<Beoordeling> Bereken(IReadOnlyList<Dienst> catalogus, Verenigingsprofiel profiel, DateOnly vandaag) =>
        Bereken(new Geschiktheidsindex(catalogus), profiel, vandaag);

    /// <summary>The overview's order; ties are broken by name, then product number, so the order is stable.</summary>
    static int Vergelijk(Sleutel a, Sleutel b)
    {
        int c = a.Groep.CompareTo(b.Groep);
        if (c == 0)
        {
            c = a.Datum.CompareTo(b.Datum);
        }

        // Ordinal, case-insensitive: Dutch service names start with a capital and rarely with an accent, and a
        // culture-aware comparison would make ordering the dominant cost of a large overview.
        if (c == 0)
        {
            c = string.Compare(a.Naam, b.Naam, StringComparison.OrdinalIgnoreCase);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Beoordeling.Dienst.Productnummer, b.Beoordeling.Dienst.Productnummer);
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

    readonly record struct Sleutel(int Groep, DateOnly Datum, string Naam, Beoordeling Beoordeling);
}
