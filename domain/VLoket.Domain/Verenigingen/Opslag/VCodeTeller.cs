using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>
/// Issues vCodes from one counter row, advanced with an ETag-guarded update: two writers can never get the same
/// number, and a number handed out is never handed out again (a crash can leave a gap, never a reuse).
/// </summary>
public sealed class VCodeTeller(Tabellen tabellen)
{
    public const string Tabel = "VCodeTeller";
    const string Partitie = "vcode";
    const string Rij = "teller";

    // One writer per process at a time: contention then only comes from other instances, so retries stay rare.
    readonly SemaphoreSlim poort = new(1, 1);

    public async Task<VCode> VolgendeAsync(CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        await poort.WaitAsync(ct);
        try
        {
            for (int poging = 0; ; poging++)
            {
                var bestaand = await tabel.GetEntityIfExistsAsync<TableEntity>(Partitie, Rij, cancellationToken: ct);
                try
                {
                    if (!bestaand.HasValue)
                    {
                        await tabel.AddEntityAsync(new TableEntity(Partitie, Rij) { ["Laatste"] = VCode.EersteNummer }, ct);
                        return VCode.FromNummer(VCode.EersteNummer);
                    }

                    var teller = bestaand.Value!;
                    int volgende = teller.GetInt32("Laatste")!.Value + 1;
                    teller["Laatste"] = volgende;
                    await tabel.UpdateEntityAsync(teller, teller.ETag, TableUpdateMode.Replace, ct);
                    return VCode.FromNummer(volgende);
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412 && poging < 50)
                {
                    await Task.Delay(Random.Shared.Next(5, 20 + (poging * 5)), ct);
                }
            }
        }
        finally
        {
            poort.Release();
        }
    }
}
