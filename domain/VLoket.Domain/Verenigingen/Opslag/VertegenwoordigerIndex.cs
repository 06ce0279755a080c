using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>
/// Which associations a person represents, keyed by the keyed hash of their INSZ (never the INSZ itself).
/// The association is the source of truth: entries are added before an association is written and removed after,
/// so the index may briefly hold too much (filtered on read), never too little.
/// </summary>
public sealed class VertegenwoordigerIndex(Tabellen tabellen)
{
    public const string Tabel = "VerenigingVertegenwoordigers";

    public async Task VoegToeAsync(string inszHash, string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        await tabel.UpsertEntityAsync(new TableEntity(inszHash, vCode), TableUpdateMode.Replace, ct);
    }

    public async Task VerwijderAsync(string inszHash, string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        await tabel.DeleteEntityAsync(inszHash, vCode, cancellationToken: ct);
    }

    public async Task<IReadOnlyList<string>> VCodesAsync(string inszHash, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var vCodes = new List<string>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {inszHash}"),
                           select: ["RowKey"], cancellationToken: ct))
        {
            vCodes.Add(e.RowKey);
        }

        return vCodes;
    }
}
