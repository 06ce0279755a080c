using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>
/// A look-up from a keyed hash (of an INSZ or an e-mail address, never the value itself) to the associations that name
/// it. The association is the source of truth: entries are added before an association is written and removed after,
/// so the index may briefly hold too much (filtered on read), never too little.
/// </summary>
public abstract class SleutelIndex(Tabellen tabellen, string tabel)
{
    public async Task VoegToeAsync(string sleutel, string vCode, CancellationToken ct = default)
    {
        var t = await tabellen.TabelAsync(tabel);
        await t.UpsertEntityAsync(new TableEntity(sleutel, vCode), TableUpdateMode.Replace, ct);
    }

    public async Task VerwijderAsync(string sleutel, string vCode, CancellationToken ct = default)
    {
        var t = await tabellen.TabelAsync(tabel);
        await t.DeleteEntityAsync(sleutel, vCode, cancellationToken: ct);
    }

    public async Task<IReadOnlyList<string>> VCodesAsync(string sleutel, CancellationToken ct = default)
    {
        var t = await tabellen.TabelAsync(tabel);
        var vCodes = new List<string>();
        await foreach (var e in t.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {sleutel}"),
                           select: ["RowKey"], cancellationToken: ct))
        {
            vCodes.Add(e.RowKey);
        }

        return vCodes;
    }
}

/// <summary>Which associations a person represents, keyed by the keyed hash of their INSZ.</summary>
public sealed class VertegenwoordigerIndex(Tabellen tabellen) : SleutelIndex(tabellen, Tabel)
{
    public const string Tabel = "VerenigingVertegenwoordigers";
}

/// <summary>Which associations invited a person, keyed by the keyed hash of the INSZ or e-mail address they were invited by.</summary>
public sealed class UitnodigingIndex(Tabellen tabellen) : SleutelIndex(tabellen, Tabel)
{
    public const string Tabel = "VerenigingUitnodigingen";
}
