using VLoket.Domain.Duplicaten;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Registratie;

/// <summary>
/// Finds active associations with a similar name in the same municipalities, through the <see cref="GemeenteIndex"/>
/// (one partition read per municipality, never a scan of all associations).
/// </summary>
public sealed class DuplicaatControle(GemeenteIndex index, DuplicaatDetector detector)
{
    /// <summary>The municipalities (NUTS/LAU) of an association: those of its locations' postcodes and its municipal werkingsgebieden.</summary>
    public static IReadOnlySet<string> Gemeenten(Vereniging v)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var l in v.Locaties)
        {
            if (PostcodeRegister.Instance.Zoek(l.Adres.Postcode) is { } info)
            {
                codes.Add(info.NutsLau);
            }
        }

        foreach (var w in v.Werkingsgebieden)
        {
            if (PostcodeRegister.Instance.IsGemeenteCode(w.Code))
            {
                codes.Add(w.Code);
            }
        }

        return codes;
    }

    public async Task<IReadOnlyList<Kandidaat>> ZoekAsync(Vereniging nieuw, CancellationToken ct = default)
    {
        var kandidaten = new Dictionary<string, Kandidaat>();
        foreach (string gemeente in Gemeenten(nieuw))
        {
            var namen = PostcodeRegister.Instance.GemeentenamenVoorNutsLau(gemeente);
            // Scoring is CPU work per name; a city holds thousands, so spread it over the cores.
            var boven = (await index.NamenInGemeenteAsync(gemeente, ct))
                .Where(n => n.VCode != nieuw.VCode)
                .AsParallel()
                .Select(n => (n.VCode, Score: detector.Score(nieuw.Naam, n.Naam, namen)))
                .Where(n => n.Score >= detector.Drempel)
                .ToList();
            foreach (var (vCode, score) in boven)
            {
                if ((!kandidaten.TryGetValue(vCode, out var eerder) || eerder.Score < score)
                    && await index.LeesAsync(gemeente, vCode, ct) is { } item)
                {
                    kandidaten[vCode] = new Kandidaat(vCode, item.Naam, item.Locaties, item.Hoofdactiviteiten, Math.Round(score, 3));
                }
            }
        }

        return kandidaten.Values.OrderByDescending(k => k.Score).ThenBy(k => k.VCode, StringComparer.Ordinal).ToList();
    }
}
