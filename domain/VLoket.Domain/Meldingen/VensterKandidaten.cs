using System.Collections.Concurrent;
using Azure.Data.Tables;
using VLoket.Domain.Diensten;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Meldingen;

/// <summary>The associations a sweep judges, and what reading them cost.</summary>
/// <param name="Profielen">Per vCode the eligibility profile of an active association in the areas read.</param>
/// <param name="IndexRijen">Entries of the municipality index read.</param>
/// <param name="Gelezen">Associations read in full, because their entries predate the stored profile.</param>
public sealed record VensterKandidatenLijst(IReadOnlyDictionary<string, Verenigingsprofiel> Profielen, int IndexRijen, int Gelezen);

/// <summary>
/// Reads the associations located in a set of areas from the municipality index (<see cref="GemeenteIndex"/>), with
/// the eligibility profile each entry holds, so an association is not read. A province is one key range (its
/// municipalities' codes start with its own), a municipality one partition, all of Flanders the whole index. Entries
/// written before the profile existed fall back to reading the association, a bounded number at a time, and get the
/// profile then, guarded by their ETag (a change that rewrote the entry meanwhile wins), so this happens once.
/// </summary>
public sealed class VensterKandidaten(Tabellen tabellen, VerenigingRepository verenigingen)
{
    /// <summary>Storage requests a sweep has in flight at once: enough to hide round trips, few enough to stay gentle.</summary>
    public const int Gelijktijdig = 16;

    /// <summary>The projection of every index query: key, tombstone flag and profile.</summary>
    public static readonly IReadOnlyList<string> Kolommen = ["PartitionKey", "RowKey", KandidatenCache.ActiefEigenschap, GemeenteIndex.ProfielEigenschap];

    /// <summary>The areas of these services together, as index queries: null for all of Flanders (or a service without area).</summary>
    public static IReadOnlyList<string>? Filters(IEnumerable<Diensten.Model.Dienst> diensten)
    {
        var provincies = new SortedSet<string>(StringComparer.Ordinal);
        var gemeenten = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var dienst in diensten)
        {
            var gebieden = dienst.Geschiktheid.Werkingsgebieden.Count > 0 ? dienst.Geschiktheid.Werkingsgebieden : dienst.GeografischToepassingsgebieden;
            if (gebieden.Count == 0 || gebieden.Any(Gebieden.IsOveral))
            {
                return null;
            }

            foreach (string gebied in gebieden)
            {
                (Gebieden.IsProvincie(gebied) ? provincies : gemeenten).Add(gebied);
            }
        }

        return
        [
            .. provincies.Select(p => TableClient.CreateQueryFilter($"PartitionKey ge {p} and PartitionKey lt {p[..^1] + (char)(p[^1] + 1)}")),
            .. gemeenten.Where(g => !provincies.Contains(Gebieden.ProvincieVan(g))).Select(g => TableClient.CreateQueryFilter($"PartitionKey eq {g}")),
        ];
    }

    /// <summary>The active associations the <paramref name="filters"/> (from <see cref="Filters"/>) cover, each once.</summary>
    public async Task<VensterKandidatenLijst> LeesAsync(IReadOnlyList<string>? filters, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(GemeenteIndex.Tabel);
        // An association with locations in several municipalities has an entry in each; tombstones mark it gone there.
        var profielen = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        var zonderProfiel = new ConcurrentBag<TableEntity>();
        int rijen = 0;
        await Parallel.ForEachAsync(filters ?? (IEnumerable<string?>)[null], new ParallelOptions { MaxDegreeOfParallelism = Gelijktijdig, CancellationToken = ct }, async (filter, c) =>
        {
            await foreach (var e in tabel.QueryAsync<TableEntity>(filter, select: Kolommen, cancellationToken: c))
            {
                Interlocked.Increment(ref rijen);
                if (e.GetBoolean(KandidatenCache.ActiefEigenschap) != false)
                {
                    string? profiel = e.GetString(GemeenteIndex.ProfielEigenschap);
                    profielen.AddOrUpdate(e.RowKey, profiel, (_, eerder) => eerder ?? profiel);
                    if (profiel is null)
                    {
                        zonderProfiel.Add(e);
                    }
                }
            }
        });

        // Many associations share a profile (same municipality, type and activity): hydrate each text once.
        var gehydrateerd = new Dictionary<string, Verenigingsprofiel>(StringComparer.Ordinal);
        var resultaat = new ConcurrentDictionary<string, Verenigingsprofiel>(StringComparer.Ordinal);
        var zonder = new List<string>();
        foreach (var (vCode, json) in profielen)
        {
            if (json is null)
            {
                zonder.Add(vCode);
            }
            else
            {
                if (!gehydrateerd.TryGetValue(json, out var profiel))
                {
                    gehydrateerd[json] = profiel = Verenigingsprofiel.Hydrate(json);
                }

                resultaat[vCode] = profiel;
            }
        }

        var entries = zonderProfiel.ToLookup(e => e.RowKey, StringComparer.Ordinal);
        await Parallel.ForEachAsync(zonder, new ParallelOptions { MaxDegreeOfParallelism = Gelijktijdig, CancellationToken = ct }, async (vCode, c) =>
        {
            if ((await verenigingen.LeesAsync(vCode, c))?.Waarde is not { } vereniging)
            {
                return;
            }

            var profiel = Verenigingsprofiel.Van(vereniging);
            resultaat[vCode] = profiel;
            foreach (var e in entries[vCode])
            {
                try
                {
                    await tabel.UpdateEntityAsync(new TableEntity(e.PartitionKey, vCode) { [GemeenteIndex.ProfielEigenschap] = profiel.NaarJson() },
                        e.ETag, TableUpdateMode.Merge, c);
                }
                catch (Azure.RequestFailedException f) when (f.Status is 404 or 412)
                {
                    // The association changed (or left) meanwhile and its entry was rewritten with its profile: nothing to add.
                }
            }
        });

        return new VensterKandidatenLijst(resultaat, rijen, zonder.Count);
    }
}
