using Azure.Data.Tables;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>An active association as the duplicate check needs it.</summary>
public sealed record GemeenteIndexItem(string VCode, string Naam, List<Locatie> Locaties, List<Hoofdactiviteit> Hoofdactiviteiten);

/// <summary>
/// Active associations per municipality (NUTS/LAU code of their locations), so the duplicate check reads one partition
/// per municipality instead of scanning every association.
/// </summary>
public sealed class GemeenteIndex(Tabellen tabellen)
{
    public const string Tabel = "VerenigingenPerGemeente";

    // The name is also a property of its own, so the duplicate check can read a whole municipality with a projection.
    const string NaamEigenschap = "Naam";

    /// <summary>vCode and name of every active association in the municipality: only what the name comparison needs.</summary>
    public async Task<IReadOnlyList<(string VCode, string Naam)>> NamenInGemeenteAsync(string nutsLau, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var namen = new List<(string, string)>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {nutsLau}"),
                           select: ["RowKey", NaamEigenschap], cancellationToken: ct))
        {
            namen.Add((e.RowKey, e.GetString(NaamEigenschap) ?? string.Empty));
        }

        return namen;
    }

    /// <summary>The full entry, for a name that matched.</summary>
    public async Task<GemeenteIndexItem?> LeesAsync(string nutsLau, string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(nutsLau, vCode, cancellationToken: ct);
        return e.HasValue ? JsonEigenschappen.Lees<GemeenteIndexItem>(e.Value!) : null;
    }

    /// <summary>Makes the index match the association: present in each of its municipalities while active, absent elsewhere.</summary>
    public async Task BijwerkenAsync(Vereniging? voor, Vereniging na, Func<Vereniging, IReadOnlySet<string>> gemeenten, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var nu = na.Status == Statussen.Actief ? gemeenten(na) : new HashSet<string>();
        var eerder = voor is null ? new HashSet<string>() : gemeenten(voor);
        var item = new GemeenteIndexItem(na.VCode, na.Naam, na.Locaties, na.Hoofdactiviteiten);
        foreach (string gemeente in nu)
        {
            var entity = Entity(gemeente, item);
            await tabel.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
        }

        foreach (string weg in eerder.Except(nu))
        {
            await tabel.DeleteEntityAsync(weg, na.VCode, cancellationToken: ct);
        }
    }

    /// <summary>Adds many entries at once (demo data and benchmarks), in batches per partition.</summary>
    public async Task VoegToeInBulkAsync(string nutsLau, IReadOnlyList<GemeenteIndexItem> items, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        foreach (var batch in items.Chunk(100))
        {
            var acties = batch.Select(i =>
            {
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, Entity(nutsLau, i));
            });
            await tabel.SubmitTransactionAsync(acties, ct);
        }
    }


    static TableEntity Entity(string nutsLau, GemeenteIndexItem item)
    {
        var entity = new TableEntity(nutsLau, item.VCode) { [NaamEigenschap] = item.Naam };
        JsonEigenschappen.Schrijf(entity, item);
        return entity;
    }
}
