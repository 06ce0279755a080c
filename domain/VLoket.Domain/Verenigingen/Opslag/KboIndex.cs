using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>KBO number → vCode. The first registration to claim a number wins, also under concurrency.</summary>
public sealed class KboIndex(Tabellen tabellen)
{
    public const string Tabel = "VerenigingKboNummers";
    const string Rij = "vcode";

    public async Task<string?> ZoekAsync(string kboNummer, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(kboNummer, Rij, cancellationToken: ct);
        return e.HasValue ? e.Value!.GetString("VCode") : null;
    }

    /// <summary>Claims the number for <paramref name="vCode"/>; returns the vCode that holds it afterwards (ours or an earlier one).</summary>
    public async Task<string> ClaimAsync(string kboNummer, string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        try
        {
            await tabel.AddEntityAsync(new TableEntity(kboNummer, Rij) { ["VCode"] = vCode }, ct);
            return vCode;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return (await ZoekAsync(kboNummer, ct))!;
        }
    }
}
