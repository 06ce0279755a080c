using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Meldingen;

/// <summary>
/// Mails waiting for a representative's daily digest: partition = vCode, row = <c>{representative id}|{key}</c>. The daily
/// timer sends one mail per representative listing them and removes them.
/// </summary>
public sealed class MailBundels(Tabellen tabellen)
{
    public const string Tabel = "MailBundels";

    public async Task VoegToeAsync(int vertegenwoordigerId, UitgaandeMail mail, CancellationToken ct = default)
    {
        var e = new TableEntity(mail.VCode, $"{vertegenwoordigerId}|{mail.Sleutel}");
        JsonEigenschappen.Schrijf(e, mail);
        await (await tabellen.TabelAsync(Tabel)).UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
    }

    /// <summary>Everything waiting, grouped per association and representative.</summary>
    public async Task<IReadOnlyList<(string VCode, int VertegenwoordigerId, IReadOnlyList<UitgaandeMail> Mails)>> AllesAsync(CancellationToken ct = default)
    {
        var rijen = new List<(string VCode, int Id, UitgaandeMail Mail)>();
        await foreach (var e in (await tabellen.TabelAsync(Tabel)).QueryAsync<TableEntity>(cancellationToken: ct))
        {
            rijen.Add((e.PartitionKey, int.Parse(e.RowKey.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture), JsonEigenschappen.Lees<UitgaandeMail>(e)));
        }

        return rijen.GroupBy(r => (r.VCode, r.Id)).Select(g => (g.Key.VCode, g.Key.Id, (IReadOnlyList<UitgaandeMail>)g.Select(r => r.Mail).ToList())).ToList();
    }

    public async Task VerwijderAsync(string vCode, int vertegenwoordigerId, UitgaandeMail mail, CancellationToken ct = default) =>
        await (await tabellen.TabelAsync(Tabel)).DeleteEntityAsync(vCode, $"{vertegenwoordigerId}|{mail.Sleutel}", ETag.All, ct);
}
