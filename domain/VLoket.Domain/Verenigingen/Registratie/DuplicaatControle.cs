using System.Text.Json;
using VLoket.Domain.Storage;
using VLoket.Domain.Duplicaten;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Registratie;

/// <summary>
/// Finds active associations with a similar name in the same municipalities: blocking keys narrow each municipality
/// to the names that can match, only those are scored (<see cref="Duplicaten.KandidatenIndex{T}"/>).
/// </summary>
public sealed class DuplicaatControle(GemeenteIndex index, KandidatenCache cache)
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

    /// <summary>At most this many candidates are shown (best first): more helps no volunteer decide.</summary>
    public const int MaxKandidaten = 10;

    /// <summary>
    /// Associations whose names score at or above the threshold against the new one in any of its municipalities,
    /// best first. Searches this instance's blocking indexes (<see cref="KandidatenCache"/>), which hold the entries
    /// (read only when too large to hold), so the cost follows the candidates, not the size of the municipality.
    /// </summary>
    public async Task<IReadOnlyList<Kandidaat>> ZoekAsync(Vereniging nieuw, CancellationToken ct = default)
    {
        var besten = new Dictionary<string, (string Gemeente, GemeenteIndexRij Rij, double Score)>(StringComparer.Ordinal);
        foreach (string gemeente in Gemeenten(nieuw))
        {
            var index = await cache.IndexAsync(gemeente, ct);
            foreach (var (rij, score) in index.Zoek(nieuw.Naam, behalve: nieuw.VCode))
            {
                if (!besten.TryGetValue(rij.VCode, out var eerder) || eerder.Score < score)
                {
                    besten[rij.VCode] = (gemeente, rij, score);
                }
            }
        }

        var getoond = besten.OrderByDescending(b => b.Value.Score).ThenBy(b => b.Key, StringComparer.Ordinal).Take(MaxKandidaten);
        var gelezen = await Task.WhenAll(getoond.Select(async b =>
            (b.Value.Rij.Json is { } json ? JsonSerializer.Deserialize<GemeenteIndexItem>(json, JsonEigenschappen.Opties) : await index.LeesAsync(b.Value.Gemeente, b.Key, ct)) is { } item
                ? new Kandidaat(b.Key, item.Naam, item.Locaties, item.Hoofdactiviteiten, Math.Round(b.Value.Score, 3))
                : null));
        return gelezen.OfType<Kandidaat>().ToList();
    }
}
