using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Domain.Dossiers;

/// <summary>A lending service's approval of a reservation, as the reservation workflow's step applies it.</summary>
public sealed partial class DossierDienst
{
    /// <summary>The decision a kept report of <paramref name="ovoCode"/> carries about <paramref name="reservatieId"/>; null when it decides nothing about it.</summary>
    public async Task<ReservatieBeslissing?> ReservatieBeslissingAsync(string ovoCode, string eventId, string reservatieId, CancellationToken ct = default)
    {
        var melding = await meldingen.LeesAsync(ovoCode, eventId, ct) ?? throw new InvalidOperationException($"Callback {eventId} of {ovoCode} was not kept.");
        return melding.Bericht.ZaakId == reservatieId ? ReservatieGoedkeuring.Uit(melding.Bericht) : null;
    }

    /// <summary>Applies the decision to the dossier (a repeat changes nothing) and gives its outcome.</summary>
    public async Task<string> PasGoedkeuringToeAsync(string vCode, string dossierId, string reservatieId, ReservatieBeslissing beslissing, bool bevestigd, string wat,
        CancellationToken ct = default)
    {
        var dossier = await LeesAsync(vCode, dossierId, ct);
        var nu = klok.GetUtcNow();
        await dossiers.WijzigAsync(dossier, ZaakVerwerking.PasToe(dossier, ReservatieGoedkeuring.Wijziging(dossier, beslissing, bevestigd, wat, reservatieId, nu)), nu, ct);
        return beslissing.Uitkomst;
    }
}
