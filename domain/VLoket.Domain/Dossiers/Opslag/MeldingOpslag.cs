using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Dossiers.Opslag;

/// <summary>
/// Agencies' callbacks: partition = OVO code, row = SHA-256 of the event id (an agency's event id may hold characters a
/// row key cannot). One row per event id is what makes a repeated callback change nothing.
/// </summary>
public sealed class MeldingOpslag(Tabellen tabellen)
{
    public const string Tabel = "InstantieMeldingen";

    public async Task<Melding?> LeesAsync(string ovoCode, string eventId, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = await tabel.GetEntityIfExistsAsync<TableEntity>(ovoCode, Sleutel(eventId), cancellationToken: ct);
        return e.HasValue ? JsonEigenschappen.Lees<Melding>(e.Value!) : null;
    }

    /// <summary>Keeps a new callback; false when one with this event id is already kept.</summary>
    public async Task<bool> VoegToeAsync(Melding melding, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = new TableEntity(melding.OvoCode, Sleutel(melding.EventId));
        JsonEigenschappen.Schrijf(e, melding);
        try
        {
            await tabel.AddEntityAsync(e, ct);
            return true;
        }
        catch (RequestFailedException fout) when (fout.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Records that the workflow was told; a callback repeated after this is answered "al ontvangen".</summary>
    public async Task MarkeerDoorgegevenAsync(Melding melding, CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        var e = new TableEntity(melding.OvoCode, Sleutel(melding.EventId));
        JsonEigenschappen.Schrijf(e, melding with { Doorgegeven = true });
        await tabel.UpsertEntityAsync(e, TableUpdateMode.Replace, ct);
    }

    static string Sleutel(string eventId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId)));
}
