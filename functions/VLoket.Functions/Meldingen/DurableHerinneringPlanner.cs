using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Meldingen;
using VLoket.Orchestrations.Meldingen;

namespace VLoket.Functions.Meldingen;

/// <summary>Schedules <see cref="HerinneringOrchestrator"/> once per reminder (its instance id comes from the mail's key).</summary>
public sealed class DurableHerinneringPlanner(DurableTaskClient client) : IHerinneringPlanner
{
    public async Task PlanAsync(UitgaandeMail mail, CancellationToken ct = default)
    {
        var herinnering = Herinnering.Van(mail);
        if (await client.GetInstanceAsync(herinnering.InstanceId, getInputsAndOutputs: false, ct) is null)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(nameof(HerinneringOrchestrator), herinnering,
                new StartOrchestrationOptions(herinnering.InstanceId), ct);
        }
    }
}
