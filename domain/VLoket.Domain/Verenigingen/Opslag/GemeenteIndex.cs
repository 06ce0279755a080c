using Azure.Data.Tables;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>An active association as the duplicate check needs it.</summary>
public sealed record GemeenteIndexItem(string VCode, string Naam, List<Locatie> Locaties, List<Hoofdactiviteit> Hoofdactiviteiten);

/// <summary>
/// Associations per municipality (NUTS/LAU code of their locations), for the duplicate check. An association that
/// leaves a municipality (moved, stopped) stays as a tombstone (<c>Actief = false</c>) so every instance's
/// <see cref="KandidatenCache"/> sees the removal in its next delta read.
/// </summary>
public sealed class GemeenteIndex(Tabellen tabellen, KandidatenCache cache)
{
    public const string Tabel = "VerenigingenPerGemeente";

    /// <summary>The full entry, for a name that matched; null when absent or removed.</summary>
    public async Task<GemeenteIndexItem?> LeesAsync(string nutsLau, string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(nutsLau, vCode, cancellationToken: ct);
        return e.HasValue && e.Value!.GetBoolean(KandidatenCache.ActiefEigenschap) != false
            ? JsonEigenschappen.Lees<GemeenteIndexItem>(e.Value!)
            : null;
    }

    /// <summary>Makes the index match the association: present in each of its municipalities while active, a tombstone elsewhere.</summary>
    public async Task BijwerkenAsync(Vereniging? voor, Vereniging na, Func<Vereniging, IReadOnlySet<string>> gemeenten, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var nu = na.Status == Statussen.Actief ? gemeenten(na) : new HashSet<string>();
        var eerder = voor is null ? new HashSet<string>() : gemeenten(voor);
        var item = new GemeenteIndexItem(na.VCode, na.Naam, na.Locaties, na.Hoofdactiviteiten);
        string? json = null;
        foreach (string gemeente in nu)
        {
            if (voor is not null && eerder.Contains(gemeente) && voor.Status == na.Status
                && Json(new GemeenteIndexItem(voor.VCode, voor.Naam, voor.Locaties, voor.Hoofdactiviteiten)) == (json ??= Json(item)))
            {
                continue; // nothing the duplicate check shows has changed: no write
            }

            await tabel.UpsertEntityAsync(Entity(gemeente, item, json ??= Json(item)), TableUpdateMode.Replace, ct);
            cache.Bijgewerkt(gemeente, na.VCode, na.Naam, json);
        }

        foreach (string weg in eerder.Except(nu))
        {
            await tabel.UpsertEntityAsync(new TableEntity(weg, na.VCode) { [KandidatenCache.ActiefEigenschap] = false }, TableUpdateMode.Replace, ct);
            cache.Bijgewerkt(weg, na.VCode, null);
        }
    }

    /// <summary>Adds many entries at once (demo data and benchmarks), in batches per partition.</summary>
    public async Task VoegToeInBulkAsync(string nutsLau, IReadOnlyList<GemeenteIndexItem> items, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        foreach (var batch in items.Chunk(100))
        {
            var metJson = batch.Select(i => (Item: i, Json: Json(i))).ToList();
            await tabel.SubmitTransactionAsync(metJson.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(nutsLau, i.Item, i.Json))), ct);
            foreach (var (i, json) in metJson)
            {
                cache.Bijgewerkt(nutsLau, i.VCode, i.Naam, json);
            }
        }
    }

    static string Json(GemeenteIndexItem item) => System.Text.Json.JsonSerializer.Serialize(item, JsonEigenschappen.Opties);

    // The name is also a property of its own, so a cache can read a whole municipality with a projection.
    static TableEntity Entity(string nutsLau, GemeenteIndexItem item, string json)
    {
        var entity = new TableEntity(nutsLau, item.VCode) { [KandidatenCache.NaamEigenschap] = item.Naam, [KandidatenCache.ActiefEigenschap] = true };
        JsonEigenschappen.SchrijfJson(entity, json);
        return entity;
    }
}
