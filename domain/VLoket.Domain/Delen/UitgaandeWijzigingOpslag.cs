using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Delen;

/// <summary>
/// The outbox: rows <c>u{wijzigingId}</c> in the association's own partition of <see cref="VerenigingRepository.Tabel"/>,
/// so <see cref="VerenigingRepository"/> can add one to the transaction that stores the change. Removed once the
/// sharing workflow is scheduled; the sweeper finds the ones a crash left behind.
/// </summary>
public sealed class UitgaandeWijzigingOpslag(Tabellen tabellen)
{
    /// <summary>Row keys of outbox rows start with this; "u" sorts after the history ("h…") and before the state row ("vereniging").</summary>
    public const string Voorvoegsel = "u";
    const string TijdstipEigenschap = "Tijdstip";

    /// <summary>The insert of an outbox row, to add to the association's transaction.</summary>
    public static TableTransactionAction Toevoegen(UitgaandeWijziging wijziging)
    {
        var entity = new TableEntity(wijziging.VCode, Voorvoegsel + wijziging.WijzigingId) { [TijdstipEigenschap] = wijziging.Tijdstip };
        JsonEigenschappen.Schrijf(entity, wijziging);
        return new TableTransactionAction(TableTransactionActionType.Add, entity);
    }

    /// <summary>Writes an outbox row on its own (tests simulate a crash between the write and the scheduling with it).</summary>
    public async Task BewaarAsync(UitgaandeWijziging wijziging, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(VerenigingRepository.Tabel);
        await tabel.SubmitTransactionAsync([Toevoegen(wijziging)], ct);
    }

    /// <summary>
    /// Outbox rows written before <paramref name="voor"/>, across all associations. A filtered scan of the table: the
    /// sweeper runs once a minute and the outbox is normally empty, so no index is kept for it.
    /// </summary>
    public async Task<IReadOnlyList<UitgaandeWijziging>> OuderDanAsync(DateTimeOffset voor, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(VerenigingRepository.Tabel);
        string filter = TableClient.CreateQueryFilter($"RowKey ge {Voorvoegsel} and RowKey lt {"v"} and Tijdstip lt {voor}");
        var lijst = new List<UitgaandeWijziging>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            lijst.Add(JsonEigenschappen.Lees<UitgaandeWijziging>(e));
        }

        return lijst;
    }

    public async Task<UitgaandeWijziging?> LeesAsync(string vCode, string wijzigingId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(VerenigingRepository.Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, Voorvoegsel + wijzigingId, cancellationToken: ct);
        return e.HasValue ? JsonEigenschappen.Lees<UitgaandeWijziging>(e.Value!) : null;
    }

    /// <summary>Removes the row once its workflow exists; removing one that is already gone is fine.</summary>
    public async Task VerwijderAsync(UitgaandeWijziging wijziging, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(VerenigingRepository.Tabel);
        await tabel.DeleteEntityAsync(wijziging.VCode, Voorvoegsel + wijziging.WijzigingId, ETag.All, ct);
    }
}
