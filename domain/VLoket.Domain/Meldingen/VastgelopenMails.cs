using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Meldingen;

/// <summary>
/// Mails that kept failing ("poison"), kept for operators: partition = vCode, row = the mail's key. An operator's resend
/// puts the row back in the outbox with a fresh count of attempts; recipients who already got it get nothing again.
/// </summary>
public sealed class VastgelopenMails(Tabellen tabellen, MailUitbox uitbox)
{
    public const string Tabel = "MailsVastgelopen";

    public async Task BewaarAsync(UitgaandeMail mail, CancellationToken ct = default)
    {
        var e = new TableEntity(mail.VCode, mail.Sleutel);
        JsonEigenschappen.Schrijf(e, mail);
        await (await tabellen.TabelAsync(Tabel)).UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
    }

    /// <summary>All of them (a short list: each one is an operator's task).</summary>
    public async Task<IReadOnlyList<UitgaandeMail>> LijstAsync(CancellationToken ct = default)
    {
        var lijst = new List<UitgaandeMail>();
        await foreach (var e in (await tabellen.TabelAsync(Tabel)).QueryAsync<TableEntity>(cancellationToken: ct))
        {
            lijst.Add(JsonEigenschappen.Lees<UitgaandeMail>(e));
        }

        return lijst.OrderBy(m => m.Tijdstip).ToList();
    }

    /// <summary>Puts the mail back in the outbox (then removes it here); false when there is no such mail.</summary>
    public async Task<bool> OpnieuwAsync(string vCode, string sleutel, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, sleutel, cancellationToken: ct);
        if (!e.HasValue)
        {
            return false;
        }

        var mail = JsonEigenschappen.Lees<UitgaandeMail>(e.Value!);
        await uitbox.BewaarAsync(mail with { Pogingen = 0, VolgendePoging = null, LaatsteFout = null, Herinnering = null }, ct);
        await tabel.DeleteEntityAsync(vCode, sleutel, ETag.All, ct);
        return true;
    }
}
