using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Meldingen;

/// <summary>A mail waiting for the digest; <see cref="Op"/> is the storage's time of its last write.</summary>
public sealed record GebundeldeMail(UitgaandeMail Mail, DateTimeOffset Op);

/// <summary>What waits for one representative's digest.</summary>
public sealed record Bundel(string VCode, int VertegenwoordigerId, IReadOnlyList<GebundeldeMail> Mails);

/// <summary>
/// Mails waiting for a representative's daily digest: partition = vCode, row = <c>{representative id}|{key}</c>. The daily
/// timer (<see cref="MailBundelaar"/>) sends one mail per representative listing them and removes them.
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

    /// <summary>Everything waiting, grouped per association and representative, each with when it was collected.</summary>
    public async Task<IReadOnlyList<Bundel>> AllesAsync(CancellationToken ct = default)
    {
        var rijen = new List<(string VCode, int Id, GebundeldeMail Mail)>();
        await foreach (var e in (await tabellen.TabelAsync(Tabel)).QueryAsync<TableEntity>(cancellationToken: ct))
        {
            rijen.Add((e.PartitionKey, int.Parse(e.RowKey.Split('|')[0], System.Globalization.CultureInfo.InvariantCulture),
                new GebundeldeMail(JsonEigenschappen.Lees<UitgaandeMail>(e), e.Timestamp ?? DateTimeOffset.MinValue)));
        }

        return rijen.GroupBy(r => (r.VCode, r.Id)).Select(g => new Bundel(g.Key.VCode, g.Key.Id, g.Select(r => r.Mail).ToList())).ToList();
    }

    public async Task VerwijderAsync(string vCode, int vertegenwoordigerId, UitgaandeMail mail, CancellationToken ct = default) =>
        await (await tabellen.TabelAsync(Tabel)).DeleteEntityAsync(vCode, $"{vertegenwoordigerId}|{mail.Sleutel}", ETag.All, ct);
}
