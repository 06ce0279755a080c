using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Dossiers;

namespace VLoket.Orchestrations.Reservaties.V1;

/// <summary>
/// Version 1 of the reservation workflow, kept under its name so instances started before version 2 replay and end; new
/// reservations start <see cref="ReservatieOrchestratorV2"/>. Remove this file once
/// <c>GET /api/beheer/workflows?naam=ReservatieOrchestrator</c> lists no running instance.
/// Check what is free, hold it at the agency, then wait for the association to confirm before the hold lapses. Confirmed:
/// confirmed at the agency, dossier Goedgekeurd. Lapsed (or a confirmation the agency does not take, a lending service's
/// approval included: this version does not know it): dossier Verlopen and the hold cancelled at the agency to be sure.
/// Cancelled by the association: cancelled at the agency, dossier Geannuleerd.
/// </summary>
/// <remarks>
/// Deterministic: time from the context, waiting with a durable timer that ends at the agency's expiry, all I/O in activities.
/// Its steps are <see cref="ReservatieStappen"/>'s, called in the order this version always called them.
/// </remarks>
public sealed class ReservatieOrchestrator : TaskOrchestrator<ReservatieOpdracht, ReservatieUitkomst>
{
    public override Task<ReservatieUitkomst> RunAsync(TaskOrchestrationContext context, ReservatieOpdracht opdracht) =>
        ReservatieStappen.VerloopAsync(context, opdracht.Spoor(), voortgang => VerloopAsync(context, opdracht, voortgang));

    static async Task<ReservatieUitkomst> VerloopAsync(TaskOrchestrationContext context, ReservatieOpdracht opdracht, ReservatieStappen.Voortgang voortgang)
    {
        var herhaling = DossierRegels.Herhaling(opdracht.Pogingen);
        var spoor = opdracht.Spoor();
        // Listened for from here on, so a cancellation while the hold is being placed is not lost.
        var annuleren = context.WaitForExternalEvent<string>(DossierEvents.Annuleer);
        var (reservatie, afgesloten) = await ReservatieStappen.HoudVastAsync(context, spoor, opdracht.OvoCode,
            new ReservatieIndiening(opdracht.DossierId, opdracht.VCode, opdracht.Materiaal, opdracht.Aantal, opdracht.Van, opdracht.Tot), voortgang, herhaling);
        if (reservatie is null)
        {
            return afgesloten!;
        }

        var bevestigen = context.WaitForExternalEvent<string>(DossierEvents.Bevestig);
        using var timerStop = new CancellationTokenSource();
        var verlopen = context.CreateTimer(reservatie.VervaltOp.UtcDateTime, timerStop.Token);
        var eerst = await Task.WhenAny(bevestigen, annuleren, verlopen);
        if (eerst != verlopen)
        {
            timerStop.Cancel();
        }

        var vraag = new ReservatieVraag(opdracht.OvoCode, reservatie.ReservatieId, spoor);
        if (eerst == annuleren)
        {
            // Version 2 names the stored cancellation; version 1 instances still carry the reason itself.
            return opdracht.Versie >= 2
                ? await ReservatieStappen.GeannuleerdAsync(context, spoor, vraag, herhaling, annuleren.Result)
                : await ReservatieStappen.GeannuleerdAsync(context, spoor, vraag, herhaling, null, annuleren.Result);
        }

        if (eerst == bevestigen
            && await context.CallActivityAsync<Reservatie?>(nameof(BevestigBijInstantie), vraag, herhaling) is not null)
        {
            return await ReservatieStappen.AfsluitenAsync(context, spoor, Fasen.Goedgekeurd, "Reservatie bevestigd",
                $"{ReservatieStappen.Wat(opdracht.Materiaal, opdracht.Aantal, opdracht.Van, opdracht.Tot)} is voor je vereniging gereserveerd.",
                reservatie.ReservatieId);
        }

        return await ReservatieStappen.VervallenAsync(context, spoor, vraag, reservatie, herhaling);
    }
}
