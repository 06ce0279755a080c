using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Dossiers;

/// <summary>
/// The port through which <see cref="DossierDienst"/> starts a dossier's workflow and tells it what happened. The adapter
/// knows the workflows' names, inputs and event payloads (and which shape a dossier's workflow has, from
/// <see cref="Dossier.WorkflowVersie"/>); the domain only says what happened.
/// </summary>
public interface IDossierWorkflows
{
    /// <summary>Starts the workflow of a new application; the dossier is already stored.</summary>
    Task StartAanvraagAsync(Dossier dossier, CancellationToken ct);

    /// <summary>
    /// Starts the application workflow again for a dossier whose workflow ended with a decision the agency reopened (same
    /// dossier id, same input shape); waits briefly for a workflow that is just finishing. When the agency reopened is
    /// <paramref name="sinds"/>: a workflow started since then is this reopening's, and is left running.
    /// </summary>
    Task HervatAanvraagAsync(Dossier dossier, DateTimeOffset sinds, CancellationToken ct);

    /// <summary>Whether the dossier has a workflow at all (running or ended): a start that failed may have been taken anyway.</summary>
    Task<bool> BestaatAsync(string dossierId, CancellationToken ct);

    /// <summary>Whether the dossier's workflow (running or ended) was started at or after <paramref name="sinds"/>.</summary>
    Task<bool> GestartSindsAsync(string dossierId, DateTimeOffset sinds, CancellationToken ct);

    /// <summary>Starts the workflow of a new reservation; the dossier is already stored.</summary>
    Task StartReservatieAsync(Dossier dossier, ReservatieWens wens, CancellationToken ct);

    /// <summary>
    /// Where the dossier's workflow stands. Only a running one takes an event: one that stopped for an operator (the
    /// agency stayed unreachable), ended, or is not there (yet) would drop it without a word.
    /// </summary>
    Task<WorkflowStand> StandAsync(Dossier dossier, CancellationToken ct);

    /// <summary>The association answered the agency's question (the answer is stored as <paramref name="antwoord"/>).</summary>
    Task AntwoordAsync(Dossier dossier, Verzoek antwoord, CancellationToken ct);

    /// <summary>The association cancels (the reason is stored as <paramref name="annulering"/>).</summary>
    Task AnnuleerAsync(Dossier dossier, Verzoek annulering, CancellationToken ct);

    /// <summary>The association confirms its held reservation.</summary>
    Task BevestigAsync(Dossier dossier, CancellationToken ct);

    /// <summary>The agency called back (kept as <paramref name="melding"/>; <paramref name="origineel"/> as it arrived).</summary>
    Task MeldAsync(Dossier dossier, Melding melding, StatusWijziging origineel, CancellationToken ct);
}

/// <summary>Where a dossier's workflow stands, as far as events for it go (see <see cref="IDossierWorkflows.StandAsync"/>).</summary>
public enum WorkflowStand
{
    /// <summary>Running, waiting or paused: an event reaches it.</summary>
    Loopt,

    /// <summary>Stopped for an operator: the agency stayed unreachable.</summary>
    WachtOpBeheerder,

    /// <summary>Ended, or none: a start or a reopening has still to start it.</summary>
    Afgelopen,
}
