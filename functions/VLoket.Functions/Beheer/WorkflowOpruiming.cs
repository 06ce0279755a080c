using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace VLoket.Functions.Beheer;

/// <summary>
/// Purges the task hub of completed, failed and terminated workflows older than the retention period
/// (<see cref="BewaartermijnSetting"/>, 90 days by default): their histories hold ids only, but an operator needs them
/// only for a while, and storage should not grow with every dossier ever started. Running workflows are never touched.
/// </summary>
public sealed class WorkflowOpruiming(IConfiguration configuratie, TimeProvider klok, ILogger<WorkflowOpruiming> log)
{
    /// <summary>How long a finished workflow's history is kept (a TimeSpan, default 90 days).</summary>
    public const string BewaartermijnSetting = "VLoket:Workflows:Bewaartermijn";

    public static readonly TimeSpan StandaardBewaartermijn = TimeSpan.FromDays(90);

    /// <summary>Before any workflow of the loket was created.</summary>
    static readonly DateTimeOffset Begin = new(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan Bewaartermijn => configuratie.GetValue<TimeSpan?>(BewaartermijnSetting) ?? StandaardBewaartermijn;

    /// <summary>Purges what is past the retention period; returns how many instances went.</summary>
    public async Task<int> RuimOpAsync(DurableTaskClient client, CancellationToken ct = default)
    {
        var grens = klok.GetUtcNow() - Bewaartermijn;
        var resultaat = await client.PurgeAllInstancesAsync(new PurgeInstancesFilter(
            // An explicit lower bound: without one the Azure Storage provider queries from DateTime.MinValue, which tables refuse.
            CreatedFrom: Begin, CreatedTo: grens,
            Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated]), ct);
        log.LogInformation("Purged {Aantal} finished workflows created before {Grens:O}", resultaat.PurgedInstanceCount, grens);
        return resultaat.PurgedInstanceCount;
    }
}
