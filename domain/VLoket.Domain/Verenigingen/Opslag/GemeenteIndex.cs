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

    public async Task<IReadOnlyList<GemeenteIndexItem>> InGemeenteAsync(string nutsLau, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var items = new List<GemeenteIndexItem>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {nutsLau}"), cancellationToken: ct))
        {
            items.Add(JsonEigenschappen.Lees<GemeenteIndexItem>(e));
        }

        return items;
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
            var entity = new TableEntity(gemeente, na.VCode);
            JsonEigenschappen.Schrijf(entity, item);
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
                var e = new TableEntity(nutsLau, i.VCode);
                JsonEigenschappen.Schrijf(e, i);
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, e);
            });
            await tabel.SubmitTransactionAsync(acties, ct);
        }
    }

}
