using Microsoft.DurableTask;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Dossiers;

/// <summary>
/// The rules the dossier workflows share (applications and reservations, every version): how an agency call is retried,
/// when the agency counts as unreachable, what the dossier says then, and how a workflow closes its dossier.
/// </summary>
public static class DossierRegels
{
    /// <summary>Attempts per agency call when the workflow's input does not say otherwise: about half an hour of retrying.</summary>
    public const int StandaardPogingen = 10;

    /// <summary>The dossier's label while the workflow waits for an operator because the agency stayed unreachable.</summary>
    public const string VertraagdLabel = "Vertraagd: de instantie is onbereikbaar, een beheerder volgt dit op";

    /// <summary>
    /// Retries every failure but the agency's refusal (<see cref="InstantieWeigertFout"/>, a 4xx: retrying will not help), with
    /// a doubling wait from 1 s up to 5 min: an unreachable agency (5xx, timeouts) and storage that is briefly gone alike,
    /// since the steps read and write the dossier themselves.
    /// </summary>
    public static TaskOptions Herhaling(int pogingen) => TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: Math.Max(1, pogingen), firstRetryInterval: TimeSpan.FromSeconds(1), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(5))
    {
        HandleFailure = fout => !fout.IsCausedBy<InstantieWeigertFout>(),
    });

    /// <summary>True when the agency refused the request (4xx): the only failure that closes a dossier instead of delaying it.</summary>
    public static bool IsGeweigerd(TaskFailedException fout) => fout.FailureDetails.IsCausedBy<InstantieWeigertFout>();

    /// <summary>True when an agency call failed because the agency stayed unreachable after every retry.</summary>
    public static bool IsOnbereikbaar(TaskFailedException fout) => fout.FailureDetails.IsCausedBy<InstantieTijdelijkOnbereikbaarFout>();

    /// <summary>
    /// Tells the association its dossier is delayed, not lost: the agency stayed unreachable after every retry and the
    /// workflow is about to fail for an operator (docs/operations.md). The phase stays; nothing is asked of them.
    /// </summary>
    public static Task<bool> VertraagdAsync(TaskOrchestrationContext context, Spoor spoor, string fase, string wat, string? zaakId = null) =>
        context.CallActivityAsync<bool>(nameof(WerkDossierBij), new DossierBijwerking(
            spoor.VCode, spoor.DossierId, context.CurrentUtcDateTime, fase, VertraagdLabel,
            $"Je {wat} is bewaard. Het loket probeert opnieuw zodra de instantie weer bereikbaar is; je hoeft niets te doen.",
            false, null, zaakId, Traceparent: spoor.Traceparent), Herhaling(StandaardPogingen));

    /// <summary>
    /// Closes the dossier in <paramref name="fase"/>. The timeline's line is the loket's own <paramref name="toelichting"/>, or the
    /// text of the association's stored request <paramref name="verzoekId"/> (a cancellation's reason), which stays out of the history.
    /// </summary>
    public static Task<bool> SluitAsync(TaskOrchestrationContext context, Spoor spoor, string fase, string label, string? toelichting,
        string? zaakId = null, string? verzoekId = null) =>
        context.CallActivityAsync<bool>(nameof(WerkDossierBij), new DossierBijwerking(
            spoor.VCode, spoor.DossierId, context.CurrentUtcDateTime, fase, label, toelichting, false, null, zaakId,
            Traceparent: spoor.Traceparent, ToelichtingVerzoekId: verzoekId), Herhaling(StandaardPogingen));
}
