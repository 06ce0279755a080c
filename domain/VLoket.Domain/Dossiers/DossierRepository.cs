using Azure.Data.Tables;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Dossiers;

/// <summary>Dossiers in Table storage: partition = vCode (an association lists its own), row = dossierId.</summary>
public sealed class DossierRepository(Tabellen tabellen)
{
    public const string Tabel = "Dossiers";

    public async Task<Dossier?> LeesAsync(string vCode, string dossierId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(vCode, dossierId, cancellationToken: ct);
        return e.HasValue ? JsonEigenschappen.Lees<Dossier>(e.Value!) : null;
    }

    public async Task<IReadOnlyList<Dossier>> VanVerenigingAsync(string vCode, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var dossiers = new List<Dossier>();
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {vCode}"), cancellationToken: ct))
        {
            dossiers.Add(JsonEigenschappen.Lees<Dossier>(e));
        }

        return dossiers;
    }

    /// <summary>Writes the dossier as a whole. Activities may run twice (at-least-once); writing the same state again is harmless.</summary>
    public async Task BewaarAsync(Dossier dossier, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = new TableEntity(dossier.VCode, dossier.DossierId) { ["Fase"] = dossier.Status.Fase };
        JsonEigenschappen.Schrijf(e, dossier);
        await tabel.UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
    }

    public async Task VerwijderAsync(string vCode, string dossierId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        await tabel.DeleteEntityAsync(vCode, dossierId, cancellationToken: ct);
    }
}
