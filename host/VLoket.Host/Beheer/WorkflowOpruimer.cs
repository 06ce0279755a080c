using Microsoft.DurableTask.Client;
using VLoket.Functions.Beheer;

namespace VLoket.Host.Beheer;

/// <summary>The local host's counterpart of the Functions app's nightly timer <c>RuimWorkflowsOp</c>: once a day.</summary>
public sealed class WorkflowOpruimer(WorkflowOpruiming opruiming, DurableTaskClient client, ILogger<WorkflowOpruimer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await opruiming.RuimOpAsync(client, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage or the engine may be down; tomorrow's round purges the same instances.
                log.LogWarning(e, "Purging finished workflows failed");
            }
        }
    }
}
