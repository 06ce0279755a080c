using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Delen;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>A stored value with the ETag that guards its next write.</summary>
public sealed record Opgeslagen<T>(T Waarde, string ETag);

/// <summary>
/// Associations in Table storage: partition = vCode, one row for the association and one per history item.
/// State and history are written in one table transaction, so a change is never stored without its history (or
/// the reverse), and the state row's ETag makes concurrent writers fail instead of overwriting each other.
/// </summary>
public sealed class VerenigingRepository(Tabellen tabellen)
{
    public const string Tabel = "Verenigingen";
    const string StaatRij = "vereniging";
    const string HistoriekVoorvoegsel = "h";

    public async Task<Opgeslagen<Vereniging>?> LeesAsync(string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var antwoord = await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, StaatRij, cancellationToken: ct);
        return antwoord.HasValue
            ? new Opgeslagen<Vereniging>(JsonEigenschappen.Lees<Vereniging>(antwoord.Value!), antwoord.Value!.ETag.ToString())
            : null;
    }

    /// <summary>Stores a new association; fails if the vCode is taken.</summary>
    public Task<string> MaakAsync(Vereniging vereniging, IReadOnlyList<HistoriekItem> historiek, CancellationToken ct = default) =>
        SchrijfAsync(vereniging, etag: null, historiek, ct, mails: Meldingen.MailMomenten.Uitnodigingen(null, vereniging, historiek.FirstOrDefault()?.Tijdstip ?? DateTimeOffset.UtcNow));

    /// <summary>
    /// Replaces the association if it still has <paramref name="etag"/>; otherwise <see cref="VersieConflictFout"/>.
    /// <paramref name="uitgaand"/>, when given, is stored in the same transaction (the outbox of <see cref="UitgaandeWijzigingOpslag"/>),
    /// and so are <paramref name="mails"/> (the mail outbox, <see cref="Meldingen.MailUitbox"/>).
    /// </summary>
    public Task<string> BewaarAsync(Vereniging vereniging, string etag, IReadOnlyList<HistoriekItem> historiek, CancellationToken ct = default,
        UitgaandeWijziging? uitgaand = null, IReadOnlyList<Meldingen.UitgaandeMail>? mails = null) =>
        SchrijfAsync(vereniging, etag, historiek, ct, uitgaand, mails);

    /// <summary>Every stored association (maintenance only: one read of the whole table, page by page).</summary>
    public async IAsyncEnumerable<Vereniging> AlleAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {StaatRij}"), cancellationToken: ct))
        {
            yield return JsonEigenschappen.Lees<Vereniging>(e);
        }
    }

    public async Task<IReadOnlyList<HistoriekItem>> HistoriekAsync(string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var items = new List<HistoriekItem>();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {vCode} and RowKey ge {HistoriekVoorvoegsel} and RowKey lt {"i"}");
        await foreach (var entity in tabel.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            items.Add(JsonEigenschappen.Lees<HistoriekItem>(entity));
        }

        return items; // newest first: row keys hold inverted ticks
    }

    async Task<string> SchrijfAsync(Vereniging vereniging, string? etag, IReadOnlyList<HistoriekItem> historiek, CancellationToken ct,
        UitgaandeWijziging? uitgaand = null, IReadOnlyList<Meldingen.UitgaandeMail>? mails = null)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var staat = new TableEntity(vereniging.VCode, StaatRij);
        JsonEigenschappen.Schrijf(staat, vereniging);
        var acties = new List<TableTransactionAction>
        {
            etag is null
                ? new TableTransactionAction(TableTransactionActionType.Add, staat)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, staat, new ETag(etag)),
        };
        for (int i = 0; i < historiek.Count; i++)
        {
            var item = new TableEntity(vereniging.VCode, HistoriekSleutel(historiek[i].Tijdstip, i));
            JsonEigenschappen.Schrijf(item, historiek[i]);
            acties.Add(new TableTransactionAction(TableTransactionActionType.Add, item));
        }

        if (uitgaand is not null)
        {
            acties.Add(UitgaandeWijzigingOpslag.Toevoegen(uitgaand));
        }

        acties.AddRange((mails ?? []).Select(Meldingen.MailUitbox.Toevoegen));

        PastInOpslag(acties.Select(a => a.Entity));

        try
        {
            var antwoord = await tabel.SubmitTransactionAsync(acties, ct);
            return antwoord.Value[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("Storage returned no ETag.");
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 || (e.Status is 409 && etag is null && e.FailedTransactionActionIndex == 0))
        {
            throw etag is null ? new InvalidOperationException($"vCode {vereniging.VCode} is already taken.", e) : new VersieConflictFout();
        }
    }

    // Table storage takes at most 1 MiB per entity and 4 MiB per transaction; a write that would not fit is refused as a
    // rule (400), never sent, so no stored association can grow to where its next change fails.
    const long MaxEntiteitBytes = 900 * 1024;
    const long MaxTransactieBytes = 3 * 1024 * 1024;

    static void PastInOpslag(IEnumerable<ITableEntity> entiteiten)
    {
        var groottes = entiteiten.Select(e => e is IDictionary<string, object> t ? t.Values.Sum(w => w is string s ? 2L * s.Length + 64 : 64) : 0).ToList();
        if (groottes.Any(g => g > MaxEntiteitBytes) || groottes.Sum() > MaxTransactieBytes)
        {
            throw new RegelFout("De gegevens van deze vereniging worden te groot om te bewaren. Verwijder eerst gegevens die niet meer nodig zijn, of kort lange teksten in.");
        }
    }

    // Newest first when read in key order; the index keeps items of one change in order and the key unique.
    static string HistoriekSleutel(DateTimeOffset tijdstip, int volgnummer) =>
        $"{HistoriekVoorvoegsel}{DateTimeOffset.MaxValue.UtcTicks - tijdstip.UtcTicks:D19}-{99 - volgnummer:D2}-{Guid.NewGuid():N}";
}
