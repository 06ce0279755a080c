using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Meldingen;

/// <summary>
/// The record of what was sent: partition = vCode, row = the mail's key and the recipient (a representative's id, or
/// <c>u{id}</c> for an invitation). The sender looks here before it sends, so a retried or re-swept row sends nothing twice.
/// </summary>
public sealed class MailRegister(Tabellen tabellen, TimeProvider klok)
{
    public const string Tabel = "MailsVerzonden";

    public async Task<bool> IsVerzondenAsync(string vCode, string sleutel, string ontvanger, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        return (await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, Rij(sleutel, ontvanger), ["PartitionKey"], ct)).HasValue;
    }

    /// <summary>
    /// Records the send; <paramref name="tot"/> (a digest) is the collection time of the newest item it listed, so a rerun
    /// after a crash knows which collected items the sent digest already held.
    /// </summary>
    public async Task MarkeerAsync(string vCode, string sleutel, string ontvanger, CancellationToken ct = default, DateTimeOffset? tot = null)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        try
        {
            await tabel.AddEntityAsync(new TableEntity(vCode, Rij(sleutel, ontvanger)) { ["VerzondenOp"] = klok.GetUtcNow(), ["Tot"] = tot }, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Already recorded.
        }
    }

    /// <summary>Null when not sent; else the <c>tot</c> it was recorded with (<see cref="DateTimeOffset.MaxValue"/> when none).</summary>
    public async Task<DateTimeOffset?> VerzondenTotAsync(string vCode, string sleutel, string ontvanger, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var rij = await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, Rij(sleutel, ontvanger), ["Tot"], ct);
        return rij.HasValue ? rij.Value!.GetDateTimeOffset("Tot") ?? DateTimeOffset.MaxValue : null;
    }

    /// <summary>How a representative is named as recipient, by the immediate mail and the digest alike.</summary>
    public static string Ontvanger(int vertegenwoordigerId) => vertegenwoordigerId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    static string Rij(string sleutel, string ontvanger) => $"{sleutel}|{ontvanger}";
}
