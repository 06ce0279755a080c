using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Aanvragen.V1;
using VLoket.Orchestrations.Dossiers;
using VLoket.Orchestrations.Reservaties;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Functions.Dossiers;

/// <summary>
/// <see cref="IDossierWorkflows"/> on Durable Functions, for one request's durable client (the Functions worker binds the
/// client per invocation). The one place that knows the workflows' names and payloads: version 1 dossiers still get the
/// texts in their events (their workflow expects them), later ones the ids of what the loket stored.
/// </summary>
public sealed class DurableDossierWorkflows(DurableTaskClient client, DossierOpties opties, InstantieRegister instanties, string publiekeBasis)
    : IDossierWorkflows
{
    public Task StartAanvraagAsync(Dossier dossier, CancellationToken ct)
    {
        var instantie = Vereis(dossier);
        var opdracht = new AanvraagWorkflow(dossier.DossierId, dossier.VCode, instantie.OvoCode, instantie.Modus, dossier.Uiterlijk!.Value.UtcDateTime,
            CallbackUrl(instantie), opties.EerstePollSeconden,
            // The request's trace context, so the workflow's steps join this request's trace (see VLoketSporen).
            Traceparent: VLoketSporen.HuidigeTraceparent(), Pogingen: opties.Pogingen, Versie: AanvraagWorkflow.HuidigeVersie);
        return client.ScheduleNewOrchestrationInstanceAsync(nameof(AanvraagOrchestratorV2), opdracht, new StartOrchestrationOptions(dossier.DossierId), ct);
    }

    public async Task HervatAanvraagAsync(Dossier dossier, DateTimeOffset sinds, CancellationToken ct)
    {
        var bestaand = await client.GetInstanceAsync(dossier.DossierId, getInputsAndOutputs: false, ct);
        if (bestaand is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending })
        {
            if (bestaand.CreatedAt >= sinds)
            {
                return; // another finisher of the same reopening started it already
            }

            // The decision's step has written the dossier; the workflow only has to return. Never two side by side.
            using var kort = CancellationTokenSource.CreateLinkedTokenSource(ct);
            kort.CancelAfter(TimeSpan.FromSeconds(10));
            try
            {
                await client.WaitForInstanceCompletionAsync(dossier.DossierId, getInputsAndOutputs: false, kort.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new ConflictFout("De vorige workflow van dit dossier is nog bezig. De heropening is bewaard; probeer het over enkele minuten opnieuw.");
            }
        }

        await StartAanvraagAsync(dossier, ct);
    }

    public async Task<bool> BestaatAsync(string dossierId, CancellationToken ct) =>
        await client.GetInstanceAsync(dossierId, getInputsAndOutputs: false, ct) is not null;

    public async Task<bool> GestartSindsAsync(string dossierId, DateTimeOffset sinds, CancellationToken ct) =>
        (await client.GetInstanceAsync(dossierId, getInputsAndOutputs: false, ct))?.CreatedAt >= sinds;

    public Task StartReservatieAsync(Dossier dossier, ReservatieWens wens, CancellationToken ct)
    {
        var instantie = Vereis(dossier);
        return client.ScheduleNewOrchestrationInstanceAsync(nameof(ReservatieOrchestratorV2), new ReservatieWorkflow(
                dossier.DossierId, dossier.VCode, instantie.OvoCode, wens.Materiaal, wens.Aantal, wens.Van, wens.Tot, instantie.Modus, CallbackUrl(instantie),
                opties.EerstePollSeconden, Traceparent: VLoketSporen.HuidigeTraceparent(), Pogingen: opties.Pogingen),
            new StartOrchestrationOptions(dossier.DossierId), ct);
    }

    /// <summary>Where an agency reports on its cases and reservations.</summary>
    string CallbackUrl(Instantie instantie) => $"{(opties.PubliekeUrl ?? publiekeBasis).TrimEnd('/')}/api/instanties/{instantie.OvoCode}/callbacks";

    Instantie Vereis(Dossier dossier) =>
        instanties.Zoek(dossier.Entiteit) ?? throw new InvalidOperationException($"Agency {dossier.Entiteit} is not configured.");

    public async Task<WorkflowStand> StandAsync(Dossier dossier, CancellationToken ct) =>
        (await client.GetInstanceAsync(dossier.DossierId, getInputsAndOutputs: false, ct))?.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended => WorkflowStand.Loopt,
            OrchestrationRuntimeStatus.Failed => WorkflowStand.WachtOpBeheerder,
            _ => WorkflowStand.Afgelopen,
        };

    public Task AntwoordAsync(Dossier dossier, Verzoek antwoord, CancellationToken ct) =>
        client.RaiseEventAsync(dossier.DossierId, DossierEvents.Antwoord,
            dossier.WorkflowVersie == 1 ? new VerenigingAntwoord(antwoord.Tekst, antwoord.Document) : antwoord.VerzoekId, ct);

    public Task AnnuleerAsync(Dossier dossier, Verzoek annulering, CancellationToken ct) =>
        client.RaiseEventAsync(dossier.DossierId, DossierEvents.Annuleer, dossier.WorkflowVersie == 1 ? annulering.Tekst : annulering.VerzoekId, ct);

    public Task BevestigAsync(Dossier dossier, CancellationToken ct) => client.RaiseEventAsync(dossier.DossierId, DossierEvents.Bevestig, "bevestigd", ct);

    public Task MeldAsync(Dossier dossier, Melding melding, StatusWijziging origineel, CancellationToken ct) =>
        client.RaiseEventAsync(dossier.DossierId, DossierEvents.Status, dossier.WorkflowVersie == 1 ? origineel : melding.EventId, ct);
}

/// <summary>Makes the <see cref="IDossierWorkflows"/> of a request, with the settings read at start-up.</summary>
public sealed class DossierWorkflowFabriek(DossierOpties opties, InstantieRegister instanties)
{
    /// <param name="publiekeBasis">The request's own scheme and host, for callbacks when <see cref="DossierOpties.PubliekeUrl"/> is not set.</param>
    public IDossierWorkflows Voor(DurableTaskClient client, string publiekeBasis = "") => new DurableDossierWorkflows(client, opties, instanties, publiekeBasis);
}
