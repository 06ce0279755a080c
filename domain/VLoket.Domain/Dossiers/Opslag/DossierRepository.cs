using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Meldingen;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Dossiers.Opslag;

/// <summary>
/// Dossiers in Table storage: partition = vCode (an association lists its own), row = dossierId. Table
/// <see cref="IndexTabel"/> finds a dossier by its id alone (an agency's callback names only the dossier).
/// </summary>
public sealed class DossierRepository(Tabellen tabellen, MailInstellingen? mail = null)
{
    readonly TimeSpan termijnVooraf = (mail ?? new MailInstellingen()).TermijnVooraf;

    public const string Tabel = "Dossiers";

    /// <summary>Partition = dossierId, one row: the association and the agency of that dossier.</summary>
    public const string IndexTabel = "DossierIndex";

    /// <summary>
    /// The column beside the dossier's JSON that holds its <see cref="DossierSamenvatting"/> (JSON), which the list reads
    /// alone. Its shape's version is in the name: a new shape gets a new column, and rows without it are read whole.
    /// </summary>
    public const string SamenvattingKolom = "Samenvatting1";

    // Characters: one string property holds at most 64 KiB (UTF-16). A longer summary is not stored; its row is read whole.
    const int MaxSamenvatting = 30_000;

    public async Task<Dossier?> LeesAsync(string vCode, string dossierId, CancellationToken ct = default) =>
        (await LeesMetVersieAsync(vCode, dossierId, ct))?.Dossier;

    /// <summary>The dossier with this id, whichever association it belongs to; null when there is none.</summary>
    public async Task<Dossier?> ZoekAsync(string dossierId, CancellationToken ct = default) =>
        (await ZoekMetVersieAsync(dossierId, ct))?.Dossier;

    /// <summary>As <see cref="ZoekAsync"/>, with the version it was read at (<see cref="LeesMetVersieAsync"/>).</summary>
    public async Task<(Dossier Dossier, ETag Versie)?> ZoekMetVersieAsync(string dossierId, CancellationToken ct = default)
    {
        var index = await tabellen.TabelAsync(IndexTabel);
        var rij = await index.GetEntityIfExistsAsync<TableEntity>(dossierId, string.Empty, cancellationToken: ct);
        if (rij.HasValue)
        {
            return await LeesMetVersieAsync(rij.Value!.GetString("VCode"), dossierId, ct);
        }

        // Dossiers started before the index existed: found once by their row key, then indexed.
        var tabel = await tabellen.TabelAsync(Tabel);
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {dossierId}"), maxPerPage: 1, cancellationToken: ct))
        {
            var dossier = Hydrate(e);
            await IndexeerAsync(dossier, ct);
            return (dossier, e.ETag);
        }

        return null;
    }

    /// <summary>The dossier with the version it was read at, for a write that must not overwrite someone else's (<see cref="VervangAsync"/>).</summary>
    public async Task<(Dossier Dossier, ETag Versie)?> LeesMetVersieAsync(string vCode, string dossierId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, dossierId, cancellationToken: ct);
        return e.HasValue ? (Hydrate(e.Value!), e.Value!.ETag) : null;
    }

    /// <summary>Writes the dossier only if it is still at <paramref name="versie"/>; otherwise someone changed it first (<see cref="ConflictFout"/>).</summary>
    public async Task VervangAsync(Dossier dossier, ETag versie, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = Entiteit(dossier);
        try
        {
            await tabel.UpdateEntityAsync(e, versie, TableUpdateMode.Replace, ct);
        }
        catch (RequestFailedException fout) when (fout.Status is 404 or 412)
        {
            throw new ConflictFout("Iemand anders wijzigde of diende dit concept intussen in. Open het opnieuw.");
        }
    }

    /// <summary>Every dossier in phase <paramref name="fase"/>, of every association (the <c>Fase</c> column is filtered by the table service).</summary>
    public async Task<IReadOnlyList<Dossier>> MetFaseAsync(string fase, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var lijst = new List<Dossier>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"Fase eq {fase}"), cancellationToken: ct))
        {
            lijst.Add(Hydrate(e));
        }

        return lijst;
    }

    public async Task<IReadOnlyList<Dossier>> VanVerenigingAsync(string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var dossiers = new List<Dossier>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(VanVereniging(vCode), cancellationToken: ct))
        {
            dossiers.Add(Hydrate(e));
        }

        return dossiers;
    }

    /// <summary>
    /// The association's dossiers as its list shows them: the summary column alone (<see cref="SamenvattingKolom"/>), not
    /// the answers, history and documents. When a row has none (stored before it existed), the partition is read whole
    /// and each such row gets its summary, so the next list reads the column alone again.
    /// </summary>
    public async Task<IReadOnlyList<DossierSamenvatting>> SamenvattingenAsync(string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var samenvattingen = new List<DossierSamenvatting>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(VanVereniging(vCode), select: [SamenvattingKolom], cancellationToken: ct))
        {
            if (e.GetString(SamenvattingKolom) is not { } json)
            {
                return await MetAangevuldeSamenvattingenAsync(tabel, vCode, ct);
            }

            samenvattingen.Add(JsonSerializer.Deserialize(json, DossierJson.Default.DossierSamenvatting)!);
        }

        return samenvattingen;
    }

    // Rows from before the summary existed (closed dossiers are never written again) would make every list read the
    // partition whole. Each gets its summary column, merged in under the row's ETag: a dossier the workflow rewrote in
    // the meantime already carries a fresh one (412), and a failed write only means the next list tries again.
    async Task<IReadOnlyList<DossierSamenvatting>> MetAangevuldeSamenvattingenAsync(TableClient tabel, string vCode, CancellationToken ct)
    {
        var samenvattingen = new List<DossierSamenvatting>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(VanVereniging(vCode), cancellationToken: ct))
        {
            var samenvatting = DossierSamenvatting.Van(Hydrate(e));
            samenvattingen.Add(samenvatting);
            if (e.ContainsKey(SamenvattingKolom) || Json(samenvatting) is not { } json)
            {
                continue;
            }

            try
            {
                await tabel.UpdateEntityAsync(new TableEntity(e.PartitionKey, e.RowKey) { [SamenvattingKolom] = json }, e.ETag, TableUpdateMode.Merge, ct);
            }
            catch (RequestFailedException)
            {
                // Changed or removed since it was read, or storage refused: the list is answered all the same.
            }
        }

        return samenvattingen;
    }

    // A summary as stored, or null when it is too long for one column (its row is then read whole).
    static string? Json(DossierSamenvatting samenvatting)
    {
        string json = JsonSerializer.Serialize(samenvatting, DossierJson.Default.DossierSamenvatting);
        return json.Length <= MaxSamenvatting ? json : null;
    }

    // The association's dossiers without its mail outbox ("~m…" sorts after every dossier id).
    static string VanVereniging(string vCode) => TableClient.CreateQueryFilter($"PartitionKey eq {vCode} and RowKey lt {MailUitbox.Voorvoegsel}");

    static TableEntity Entiteit(Dossier dossier)
    {
        var e = new TableEntity(dossier.VCode, dossier.DossierId) { ["Fase"] = dossier.Status.Fase };
        JsonEigenschappen.Schrijf(e, dossier);
        if (Json(DossierSamenvatting.Van(dossier)) is { } samenvatting)
        {
            e[SamenvattingKolom] = samenvatting;
        }

        return e;
    }

    /// <summary>
    /// Writes a new dossier and its index row (index first: an index row without a dossier finds nothing), with the mails
    /// its start causes (<see cref="MailMomenten"/>) in the dossier's transaction.
    /// </summary>
    public async Task MaakAsync(Dossier dossier, CancellationToken ct = default)
    {
        await IndexeerAsync(dossier, ct);
        await BewaarAsync(dossier, MailMomenten.Na(null, dossier, dossier.AangemaaktOp, termijnVooraf), ct);
    }

    /// <summary>
    /// Writes a change of the dossier with the mails it causes (<see cref="MailMomenten"/>) in one transaction: a change is
    /// never stored without its mails. Activities may run twice (at-least-once); the same change again causes no mail.
    /// </summary>
    public Task WijzigAsync(Dossier voor, Dossier na, DateTimeOffset nu, CancellationToken ct = default) =>
        BewaarAsync(na, MailMomenten.Na(voor, na, nu, termijnVooraf), ct);

    /// <summary>
    /// As <see cref="WijzigAsync(Dossier, Dossier, DateTimeOffset, CancellationToken)"/>, but only while the dossier is still
    /// at <paramref name="versie"/>: for a writer outside the dossier's workflow, which must not overwrite what the workflow
    /// wrote since its read (<see cref="VersieConflictFout"/> then, and nothing is written).
    /// </summary>
    public Task WijzigAsync(Dossier voor, ETag versie, Dossier na, DateTimeOffset nu, CancellationToken ct = default) =>
        BewaarAsync(na, MailMomenten.Na(voor, na, nu, termijnVooraf), ct, versie);

    /// <summary>Writes the dossier as a whole. Activities may run twice (at-least-once); writing the same state again is harmless.</summary>
    public Task BewaarAsync(Dossier dossier, CancellationToken ct = default) => BewaarAsync(dossier, [], ct);

    // Without a version the dossier is written whatever is stored (the workflow is its one writer); with one, only over that
    // version, and in one transaction with its mails either way.
    async Task BewaarAsync(Dossier dossier, IReadOnlyList<UitgaandeMail> mails, CancellationToken ct, ETag? versie = null)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = Entiteit(dossier);
        if (mails.Count == 0 && versie is null)
        {
            await tabel.UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
            return;
        }

        var schrijf = versie is { } v
            ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, e, v)
            : new TableTransactionAction(TableTransactionActionType.UpsertReplace, e);
        try
        {
            await tabel.SubmitTransactionAsync([schrijf, .. mails.Select(MailUitbox.Toevoegen)], ct);
        }
        catch (TableTransactionFailedException fout) when (versie is not null && fout.Status is 404 or 412 && fout.FailedTransactionActionIndex is null or 0)
        {
            throw new VersieConflictFout();
        }
    }

    /// <summary>Deletes the dossier only if it is still at <paramref name="versie"/>; false when it changed or is gone.</summary>
    public async Task<bool> VerwijderAsync(string vCode, string dossierId, ETag versie, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        try
        {
            await tabel.DeleteEntityAsync(vCode, dossierId, versie, ct);
        }
        catch (RequestFailedException fout) when (fout.Status is 404 or 412 && versie != ETag.All)
        {
            return false;
        }

        var index = await tabellen.TabelAsync(IndexTabel);
        await index.DeleteEntityAsync(dossierId, string.Empty, cancellationToken: ct);
        return true;
    }

    /// <summary>Deletes the dossier whatever its version, and its index row.</summary>
    public Task VerwijderAsync(string vCode, string dossierId, CancellationToken ct = default) => VerwijderAsync(vCode, dossierId, ETag.All, ct);

    async Task IndexeerAsync(Dossier dossier, CancellationToken ct)
    {
        var index = await tabellen.TabelAsync(IndexTabel);
        await index.UpsertEntityAsync(new TableEntity(dossier.DossierId, string.Empty) { ["VCode"] = dossier.VCode, ["Entiteit"] = dossier.Entiteit },
            TableUpdateMode.Replace, ct);
    }

    /// <summary>
    /// Trusts the stored dossier. Dossiers stored before the kind was recorded read as applications; those among them that
    /// are reservations were started at the agency's reservations resource (their <c>Bron</c>), which no application is.
    /// </summary>
    static Dossier Hydrate(TableEntity e)
    {
        var dossier = JsonEigenschappen.Lees<Dossier>(e);
        return dossier.Soort == DossierSoort.Aanvraag && dossier.Bron?.EndsWith("/reservaties", StringComparison.Ordinal) == true
            ? dossier with { Soort = DossierSoort.Reservatie }
            : dossier;
    }
}
