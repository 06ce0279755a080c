using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Bronnen;

/// <summary>
/// The last known data of one source for one association, with when it was fetched and how the last attempt went.
/// <see cref="OpgehaaldOp"/> is null when the source was never reached.
/// </summary>
public sealed record BronSnapshot(
    string VCode, string Bron, IReadOnlyList<BronItem> Items, DateTimeOffset? OpgehaaldOp, DateTimeOffset LaatstePoging, string? LaatsteFout);

/// <summary>
/// Snapshots in Table storage: partition = vCode, row = source code (never an INSZ in a key). Items are stored as
/// chunked JSON. A failed attempt only updates the attempt and error columns, so the last known items stay.
/// </summary>
public sealed class BronSnapshots(Tabellen tabellen, TimeProvider klok)
{
    public const string Tabel = "BronSnapshots";

    /// <summary>All snapshots of an association, by source code.</summary>
    public async Task<IReadOnlyDictionary<string, BronSnapshot>> LeesAsync(string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var snapshots = new Dictionary<string, BronSnapshot>(StringComparer.Ordinal);
        await foreach (var e in tabel.QueryAsync<TableEntity>(e => e.PartitionKey == vCode, cancellationToken: ct))
        {
            snapshots[e.RowKey] = new BronSnapshot(
                vCode, e.RowKey, e.ContainsKey("Delen") ? JsonEigenschappen.Lees<List<BronItem>>(e) : [],
                e.GetDateTimeOffset("OpgehaaldOp"), e.GetDateTimeOffset("LaatstePoging") ?? DateTimeOffset.MinValue, e.GetString("LaatsteFout"));
        }

        return snapshots;
    }

    /// <summary>Replaces the source's items after a successful fetch.</summary>
    public async Task BewaarAsync(string vCode, string bron, IReadOnlyList<BronItem> items, DateTimeOffset opgehaaldOp, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var entity = new TableEntity(vCode, bron) { ["OpgehaaldOp"] = opgehaaldOp, ["LaatstePoging"] = opgehaaldOp };
        JsonEigenschappen.Schrijf(entity, items);
        // Replace, so a shorter document leaves no stale chunks behind.
        await tabel.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    /// <summary>Records a failed attempt and keeps the last known items.</summary>
    public async Task FoutAsync(string vCode, string bron, string fout, DateTimeOffset poging, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var entity = new TableEntity(vCode, bron) { ["LaatstePoging"] = poging, ["LaatsteFout"] = fout };
        try
        {
            await tabel.UpsertEntityAsync(entity, TableUpdateMode.Merge, ct);
        }
        catch (RequestFailedException)
        {
            // Recording the failure is a courtesy; the view answers with what it has either way.
        }
    }

    /// <summary>
    /// OVO codes of the agencies the association has a standing relation with according to the last snapshots: those
    /// that registered a recognition that is active today, or confirmed one of its bank accounts. For passing changes on.
    /// </summary>
    public async Task<IReadOnlySet<string>> RelatiesAsync(string vCode, CancellationToken ct = default)
    {
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var snapshot in (await LeesAsync(vCode, ct)).Values)
        {
            foreach (var item in snapshot.Items.Where(i => i.OvoCode is not null))
            {
                bool relatie = item.Categorie switch
                {
                    Categorieen.Bankbevestiging => true,
                    Categorieen.Erkenning => Erkenningen.Uit(item.Waarde) is { } e && Erkenningen.Status(e, vandaag) == ErkenningStatussen.Actief,
                    _ => false,
                };
                if (relatie)
                {
                    codes.Add(item.OvoCode!);
                }
            }
        }

        return codes;
    }
}
