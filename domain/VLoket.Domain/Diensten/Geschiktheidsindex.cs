using VLoket.Domain.Diensten.Model;
using Hoofdactiviteit = VLoket.Domain.Verenigingen.Waarden.Hoofdactiviteit;
using PostcodeRegister = VLoket.Domain.Verenigingen.Waarden.PostcodeRegister;

namespace VLoket.Domain.Diensten;

/// <summary>
/// The hard criteria of every service (type, area, activity, ages) as bit masks and numbers in one array, built once per
/// catalogue load. An overview streams through this array and only looks at the services themselves for the few that
/// can apply, so its cost per service stays the same as the catalogue grows (a plain walk over thousands of object
/// graphs falls out of the processor cache). It only pre-filters: <see cref="Geschiktheid"/> still decides and gives
/// the reasons, and a service with a code the index does not know is always handed to it.
/// </summary>
public sealed class Geschiktheidsindex
{
    static readonly string[] TypeCodes = [.. DienstCodes.Verenigingstypes.Keys];
    static readonly string[] ProvincieCodes = ["BE21", "BE22", "BE23", "BE24", "BE25", "BE10"];
    static readonly Lazy<Dictionary<string, int>> Activiteiten = new(() =>
        Hoofdactiviteit.Alle.Select((a, i) => (a.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal));
    static readonly Lazy<Dictionary<string, int>> Gemeenten = new(() =>
        PostcodeRegister.Instance.Alle.Select(p => p.NutsLau).Distinct().Select((code, i) => (code, i))
            .ToDictionary(x => x.code, x => x.i, StringComparer.Ordinal));

    readonly Regel[] regels;

    public Geschiktheidsindex(IReadOnlyList<Dienst> diensten)
    {
        Diensten = diensten;
        regels = new Regel[diensten.Count];
        for (int i = 0; i < regels.Length; i++)
        {
            regels[i] = Maak(diensten[i]);
        }
    }

    /// <summary>The services, in the order the index was built for.</summary>
    public IReadOnlyList<Dienst> Diensten { get; }

    /// <summary>The association in the index's terms, computed once per overview.</summary>
    public static Sleutel SleutelVan(Verenigingsprofiel p) => new(
        Masker(p.Verenigingstypes, c => Array.IndexOf(TypeCodes, c)),
        Masker(p.Hoofdactiviteiten, c => Activiteiten.Value.GetValueOrDefault(c, -1)),
        Masker(p.Provincies, c => Array.IndexOf(ProvincieCodes, c)),
        p.Gemeenten.Select(c => Gemeenten.Value.GetValueOrDefault(c, -1)).Where(i => i >= 0).ToArray(),
        p.Minimumleeftijd,
        p.Maximumleeftijd);

    /// <summary>False when service <paramref name="i"/> certainly does not apply; true when the rules must decide.</summary>
    public bool KanPassen(int i, Sleutel v)
    {
        ref readonly Regel r = ref regels[i];
        if (r.Onbekend)
        {
            return true;
        }

        if ((r.Types != 0 && (r.Types & v.Types) == 0)
            || (r.Activiteiten != 0 && (r.Activiteiten & v.Activiteiten) == 0)
            || (r.HeeftLeeftijd && (v.Minimumleeftijd > r.Maximumleeftijd || v.Maximumleeftijd < r.Minimumleeftijd)))
        {
            return false;
        }

        if (r.Overal || (r.Provincies & v.Provincies) != 0)
        {
            return true;
        }

        foreach (int gemeente in v.Gemeenten)
        {
            if (gemeente == r.Gemeente || (r.MeerGemeenten is { } meer && Array.IndexOf(meer, gemeente) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    static Regel Maak(Dienst d)
    {
        var c = d.Geschiktheid;
        var gebieden = c.Werkingsgebieden.Count > 0 ? c.Werkingsgebieden : d.GeografischToepassingsgebieden;
        int types = Masker(c.Verenigingstypes, code => Array.IndexOf(TypeCodes, code));
        int activiteiten = Masker(c.Hoofdactiviteiten, code => Activiteiten.Value.GetValueOrDefault(code, -1));
        bool overal = gebieden.Count == 0 || gebieden.Any(Gebieden.IsOveral);
        int provincies = Masker(gebieden.Where(Gebieden.IsProvincie), code => Array.IndexOf(ProvincieCodes, code));
        var gemeenten = gebieden.Where(g => !Gebieden.IsOveral(g) && !Gebieden.IsProvincie(g))
            .Select(g => Gemeenten.Value.GetValueOrDefault(g, -1)).ToArray();
        bool onbekend = types == -1 || activiteiten == -1 || provincies == -1 || gemeenten.Contains(-1);
        return new Regel(
            onbekend, types, activiteiten, overal, provincies,
            gemeenten.Length > 0 ? gemeenten[0] : -1, gemeenten.Length > 1 ? gemeenten[1..] : null,
            c.Doelgroep is not null, c.Doelgroep?.Minimumleeftijd ?? 0, c.Doelgroep?.Maximumleeftijd ?? 0);
    }

    // One bit per code; -1 when a code is unknown (the rules then decide).
    static int Masker(IEnumerable<string> codes, Func<string, int> bit)
    {
        int masker = 0;
        foreach (string code in codes)
        {
            int b = bit(code);
            if (b < 0)
            {
                return -1;
            }

            masker |= 1 << b;
        }

        return masker;
    }

    /// <summary>An association as bit masks: its types, activities, provinces, and its municipalities' numbers.</summary>
    public readonly record struct Sleutel(int Types, int Activiteiten, int Provincies, int[] Gemeenten, int Minimumleeftijd, int Maximumleeftijd);

    readonly record struct Regel(
        bool Onbekend, int Types, int Activiteiten, bool Overal, int Provincies, int Gemeente, int[]? MeerGemeenten,
        bool HeeftLeeftijd, int Minimumleeftijd, int Maximumleeftijd);
}
