using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Meldingen;

/// <summary>
/// The mail outbox: rows <c>~m{sleutel}</c> in the partition of the change that caused them (<c>Dossiers</c> or
/// <c>Verenigingen</c>, partition = vCode), so the change and the row are one transaction. "~" sorts after every id, so
/// reads of dossiers and of an association's history and state leave them alone. The sender claims a row (ETag) before
/// it sends, so two instances never send the same row at once.
/// </summary>
public sealed class MailUitbox(Tabellen tabellen, TimeProvider klok)
{
    /// <summary>Row keys of outbox rows start with this.</summary>
    public const string Voorvoegsel = "~m";

    /// <summary>The tables that may hold outbox rows.</summary>
    public static readonly IReadOnlyList<string> Tabellen = [Dossiers.Opslag.DossierRepository.Tabel, Verenigingen.Opslag.VerenigingRepository.Tabel];

    /// <summary>How long a claim keeps other instances off a row (longer than sending to every representative takes).</summary>
    public static readonly TimeSpan Claim = TimeSpan.FromMinutes(2);

    const string VolgendeEigenschap = "Volgende";

    /// <summary>The row's upsert, to add to the causing change's transaction; writing the same key twice keeps one row.</summary>
    public static TableTransactionAction Toevoegen(UitgaandeMail mail) => new(TableTransactionActionType.UpsertReplace, Entiteit(mail));

    /// <summary>Writes a row on its own: the causing event is a timer, which stores nothing else.</summary>
    public async Task BewaarAsync(UitgaandeMail mail, CancellationToken ct = default) =>
        await (await tabellen.TabelAsync(mail.Tabel)).UpsertEntityAsync(Entiteit(mail), TableUpdateMode.Replace, ct);

    /// <summary>Writes a timer's rows for one partition (same table and vCode) together, one transaction per hundred.</summary>
    public async Task BewaarAsync(IReadOnlyList<UitgaandeMail> mails, CancellationToken ct = default)
    {
        if (mails.Count <= 1)
        {
            foreach (var mail in mails)
            {
                await BewaarAsync(mail, ct);
            }

            return;
        }

        var tabel = await tabellen.TabelAsync(mails[0].Tabel);
        foreach (var deel in mails.Chunk(100))
        {
            await tabel.SubmitTransactionAsync(deel.Select(Toevoegen), ct);
        }
    }

    /// <summary>Rows due now, across both tables (a filtered scan on the row key range; the outbox is normally near empty).</summary>
    public async Task<IReadOnlyList<(UitgaandeMail Mail, ETag ETag)>> TeVersturenAsync(CancellationToken ct = default)
    {
        var nu = klok.GetUtcNow();
        var lijst = new List<(UitgaandeMail, ETag)>();
        foreach (string naam in Tabellen)
        {
            var tabel = await tabellen.TabelAsync(naam);
            string filter = TableClient.CreateQueryFilter($"RowKey ge {Voorvoegsel} and RowKey lt {"~n"} and Volgende le {nu}");
            await foreach (var e in tabel.QueryAsync<TableEntity>(filter, cancellationToken: ct))
            {
                lijst.Add((JsonEigenschappen.Lees<UitgaandeMail>(e), e.ETag));
            }
        }

        return lijst;
    }

    /// <summary>Claims a row for <see cref="Claim"/>; false when another instance changed or removed it first.</summary>
    public async Task<bool> ClaimAsync(UitgaandeMail mail, ETag etag, CancellationToken ct = default)
    {
        try
        {
            await (await tabellen.TabelAsync(mail.Tabel)).UpdateEntityAsync(
                Entiteit(mail with { VolgendePoging = klok.GetUtcNow() + Claim }), etag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>Records a failed attempt and when to try again.</summary>
    public async Task UitstellenAsync(UitgaandeMail mail, CancellationToken ct = default) =>
        await (await tabellen.TabelAsync(mail.Tabel)).UpsertEntityAsync(Entiteit(mail), TableUpdateMode.Replace, ct);

    /// <summary>Removes a row once it is sent (or handed to operators); removing one that is gone is fine.</summary>
    public async Task VerwijderAsync(UitgaandeMail mail, CancellationToken ct = default) =>
        await (await tabellen.TabelAsync(mail.Tabel)).DeleteEntityAsync(mail.VCode, Voorvoegsel + mail.Sleutel, ETag.All, ct);

    static TableEntity Entiteit(UitgaandeMail mail)
    {
        var e = new TableEntity(mail.VCode, Voorvoegsel + mail.Sleutel) { [VolgendeEigenschap] = mail.VolgendePoging ?? mail.Tijdstip };
        JsonEigenschappen.Schrijf(e, mail);
        return e;
    }
}
