using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace VLoket.Functions.Beheer;

/// <summary>Every night at 03:30 (UTC), purges finished workflows past the retention period. The local host runs the same daily.</summary>
public sealed class WorkflowOpruimingTimer(WorkflowOpruiming opruiming)
{
    [Function("RuimWorkflowsOp")]
    public Task RuimOp([TimerTrigger("0 30 3 * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        opruiming.RuimOpAsync(client, ct);
}
