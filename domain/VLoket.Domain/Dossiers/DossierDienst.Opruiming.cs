using System.Text.Json;
using VLoket.Domain.Dossiers.Model;

namespace VLoket.Domain.Dossiers;

/// <summary>What one clean-up removed.</summary>
public sealed record Opruiming(int Concepten, int Bijlagen);

/// <summary>Removing what nobody uses: drafts untouched for 60 days (announced on the overview first) and uploads no application or draft holds after a day.</summary>
public sealed partial class DossierDienst
{
    /// <summary>Removes expired drafts and unused uploads as of <paramref name="nu"/> (now, unless a test says otherwise).</summary>
    public async Task<Opruiming> RuimOpAsync(DateTimeOffset? nu = null, CancellationToken ct = default)
    {
        var tijd = nu ?? klok.GetUtcNow();
        int concepten = await VerwijderVervallenConceptenAsync(await dossiers.MetFaseAsync(Fasen.Concept, ct), tijd, ct);

        int weg = 0;
        await foreach (var bijlage in bijlagen.AlleAsync(ct))
        {
            if (bijlage.Opgeladen + OngebruikteBijlageTermijn > tijd || await HoudtConceptVastAsync(bijlage, ct))
            {
                continue;
            }

            await bijlagen.VerwijderAsync(bijlage.VCode, bijlage.BijlageId, ct);
            weg++;
        }

        return new Opruiming(concepten, weg);
    }

    /// <summary>
    /// Removes the drafts of <paramref name="gelezen"/> that are expired at <paramref name="tijd"/>; returns how many. The
    /// listing may be stale: each is read again and removed only at the version read, while still an expired draft, so one
    /// submitted or saved meanwhile stays.
    /// </summary>
    public async Task<int> VerwijderVervallenConceptenAsync(IEnumerable<Dossier> gelezen, DateTimeOffset tijd, CancellationToken ct = default)
    {
        int weg = 0;
        foreach (var kandidaat in gelezen.Where(c => c.VerwijderdOp <= tijd))
        {
            if (await dossiers.LeesMetVersieAsync(kandidaat.VCode, kandidaat.DossierId, ct) is ({ Status.Fase: Fasen.Concept } concept, var versie)
                && concept.VerwijderdOp <= tijd
                && await VerwijderAsync(concept, versie, ct))
            {
                weg++;
            }
        }

        return weg;
    }

    /// <summary>Whether a draft still names the file (a replaced file, or one of a submitted or deleted draft, is free).</summary>
    async Task<bool> HoudtConceptVastAsync(Bijlage bijlage, CancellationToken ct) =>
        bijlage.Concept is { } id
        && await dossiers.LeesAsync(bijlage.VCode, id, ct) is { } concept
        && concept.Status.Fase == Fasen.Concept
        && concept.Antwoorden.Values.Any(w => w.ValueKind == JsonValueKind.String && w.GetString() == bijlage.BijlageId);
}
