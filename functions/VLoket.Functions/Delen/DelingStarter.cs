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

    /// <summary>Schedules every outbox row older than <see cref="Configuratie.DelenOpties.VeegLeeftijd"/>; returns how many rows it scheduled.</summary>
    public async Task<int> VeegAsync(DurableTaskClient client, CancellationToken ct = default)
    {
        var rijen = await outbox.OuderDanAsync(klok.GetUtcNow() - Configuratie.DelenOpties.VeegLeeftijd, ct);
        int gepland = 0;
        foreach (var wijziging in rijen)
        {
            // One row that cannot be scheduled now must not hold up the others; it stays for the next sweep.
            try
            {
                await PlanAsync(client, wijziging, ct);
                gepland++;
                log.LogInformation("Sweeper scheduled change {WijzigingId} of {VCode} left in the outbox", wijziging.WijzigingId, wijziging.VCode);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Sweeper could not schedule change {WijzigingId} of {VCode}; it stays in the outbox", wijziging.WijzigingId, wijziging.VCode);
            }
        }

        return gepland;
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
