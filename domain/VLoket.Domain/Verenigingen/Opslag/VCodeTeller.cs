using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>
/// Issues vCodes without a round trip per registration: an instance reserves a block of numbers by advancing one
/// counter row with an ETag-guarded update, and hands them out from memory. Two instances never get the same block,
/// so a number is never handed out twice; numbers of a block an instance held when it stopped are never used (gaps).
/// Within one instance numbers rise in order of registration.
/// </summary>
public sealed class VCodeTeller(Tabellen tabellen, int blokGrootte = VCodeTeller.StandaardBlokGrootte)
{
    public const string Tabel = "VCodeTeller";
    public const int StandaardBlokGrootte = 100;
    const string Partitie = "vcode";
    const string Rij = "teller";

    // The row's "Laatste" is the last number any instance has reserved (the end of the newest block).
    readonly SemaphoreSlim poort = new(1, 1);
    int volgende;
    int einde; // exclusive; volgende == einde: no numbers left in memory

    public async Task<VCode> VolgendeAsync(CancellationToken ct = default)
    {
        await poort.WaitAsync(ct);
        try
        {
            if (volgende == einde)
            {
                (volgende, einde) = await ReserveerAsync(ct);
            }

            return VCode.FromNummer(volgende++);
        }
        finally
        {
            poort.Release();
        }
    }

    /// <summary>Reserves the next block: read the row, advance it by a block if nobody did in between (ETag), else read again.</summary>
    async Task<(int Van, int Tot)> ReserveerAsync(CancellationToken ct)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        for (int poging = 0; ; poging++)
        {
            var bestaand = await tabel.GetEntityIfExistsAsync<TableEntity>(Partitie, Rij, cancellationToken: ct);
            try
            {
                if (!bestaand.HasValue)
                {
                    int laatste = VCode.EersteNummer + blokGrootte - 1;
                    await tabel.AddEntityAsync(new TableEntity(Partitie, Rij) { ["Laatste"] = laatste }, ct);
                    return (VCode.EersteNummer, laatste + 1);
                }

                var teller = bestaand.Value!;
                int van = teller.GetInt32("Laatste")!.Value + 1;
                teller["Laatste"] = van + blokGrootte - 1;
                await tabel.UpdateEntityAsync(teller, teller.ETag, TableUpdateMode.Replace, ct);
                return (van, van + blokGrootte);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && poging < 50)
            {
                // Another instance took a block in between: read again (rare, once per block per instance).
                await Task.Delay(Random.Shared.Next(5, 20 + (poging * 5)), ct);
            }
        }
    }
}
