using Azure.Data.Tables;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Dossiers.Opslag;

/// <summary>The association's requests to its dossiers (answers, cancellations): partition = dossierId, row = verzoekId.</summary>
public sealed class VerzoekOpslag(Tabellen tabellen)
{
    public const string Tabel = "DossierVerzoeken";

    /// <summary>Stores a new request; false when one with this id exists (the same question answered twice).</summary>
    public async Task<bool> VoegToeAsync(Verzoek verzoek, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = new TableEntity(verzoek.DossierId, verzoek.VerzoekId);
        JsonEigenschappen.Schrijf(e, verzoek);
        try
        {
            await tabel.AddEntityAsync(e, ct);
            return true;
        }
        catch (Azure.RequestFailedException fout) when (fout.Status == 409)
        {
            return false;
        }
    }

    public async Task<Verzoek?> LeesAsync(string dossierId, string verzoekId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(dossierId, verzoekId, cancellationToken: ct);
        return e.HasValue ? JsonEigenschappen.Lees<Verzoek>(e.Value!) : null;
    }
}
