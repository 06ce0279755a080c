using Azure.Data.Tables;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Diensten.Opslag;

/// <summary>
/// The service catalogue in Table storage: one partition, one row per service keyed by product number, the service as a
/// JSON document. A catalogue holds hundreds to a few thousand services, read whole and cached (<see cref="DienstCatalogus"/>).
/// </summary>
public sealed class DienstRepository(Tabellen tabellen)
{
    public const string Tabel = "Diensten";
    const string Partitie = "dienst";

    public async Task<IReadOnlyList<Dienst>> AlleAsync(CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var diensten = new List<Dienst>();
        await foreach (var entity in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {Partitie}"), cancellationToken: ct))
        {
            diensten.Add(JsonEigenschappen.Lees<Dienst>(entity));
        }

        return diensten;
    }

    /// <summary>Creates or replaces the services, in batches of 100 (the table transaction limit).</summary>
    public async Task BewaarAsync(IReadOnlyList<Dienst> diensten, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        foreach (var batch in diensten.Chunk(100))
        {
            var acties = batch.Select(d =>
            {
                var entity = new TableEntity(Partitie, d.Productnummer);
                JsonEigenschappen.Schrijf(entity, d);
                return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
            }).ToList();
            await tabel.SubmitTransactionAsync(acties, ct);
        }
    }
}
