using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using VLoket.Domain.Delen;
using VLoket.Orchestrations.Delen;

namespace VLoket.Functions.Delen;

/// <summary>
/// Turns outbox rows into sharing workflows: schedule <see cref="GegevensDelenOrchestrator"/> with the change's id as
/// instance id, then remove the row. Right after a write (<see cref="StartAsync"/>) and, for rows a crash left behind,
/// from the sweeper (<see cref="VeegAsync"/>). Scheduling twice is harmless: the instance id already exists.
/// </summary>
public sealed class DelingStarter(UitgaandeWijzigingOpslag outbox, TimeProvider klok, ILogger<DelingStarter> log)
{
    /// <summary>
    /// Schedules the sharing of a change just stored. A failure here does not fail the association's write (that is
    /// stored, outbox row included): it is logged and the sweeper schedules the change later.
    /// </summary>
    public async Task StartAsync(DurableTaskClient client, UitgaandeWijziging wijziging, CancellationToken ct = default)
    {
        try
        {
            await PlanAsync(client, wijziging, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Change {WijzigingId} of {VCode} stays in the outbox for the sweeper", wijziging.WijzigingId, wijziging.VCode);
        }
    }

    /// <summary>Schedules every outbox row older than <see cref="Configuratie.DelenOpties.VeegLeeftijd"/>; returns how many rows it handled.</summary>
    public async Task<int> VeegAsync(DurableTaskClient client, CancellationToken ct = default)
    {
        var rijen = await outbox.OuderDanAsync(klok.GetUtcNow() - Configuratie.DelenOpties.VeegLeeftijd, ct);
        foreach (var wijziging in rijen)
        {
            await PlanAsync(client, wijziging, ct);
            log.LogInformation("Sweeper scheduled change {WijzigingId} of {VCode} left in the outbox", wijziging.WijzigingId, wijziging.VCode);
        }

        return rijen.Count;
    }

    async Task PlanAsync(DurableTaskClient client, UitgaandeWijziging wijziging, CancellationToken ct)
    {
        // Skip if the instance exists: the writer may have scheduled it and crashed before removing the row.
        if (await client.GetInstanceAsync(wijziging.WijzigingId, getInputsAndOutputs: false, ct) is null)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(GegevensDelenOrchestrator), DeelOpdracht.Van(wijziging),
                new StartOrchestrationOptions(wijziging.WijzigingId), ct);
        }

        await outbox.VerwijderAsync(wijziging, ct);
    }
}
