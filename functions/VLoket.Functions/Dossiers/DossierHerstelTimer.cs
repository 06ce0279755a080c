using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Dossiers;

namespace VLoket.Functions.Dossiers;

/// <summary>
/// Every hour, starts the workflow of submitted dossiers that have none (the start stopped after storing the dossier and
/// nobody sent it again). The local host runs the same every hour (<c>VLoket.Host.Dossiers.DossierHersteller</c>).
/// </summary>
public sealed class DossierHerstelTimer(DossierDienst dossiers, DossierWorkflowFabriek workflows)
{
    [Function("StartDossiersZonderWorkflow")]
    public Task Herstel([TimerTrigger("0 40 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        dossiers.StartZonderWorkflowAsync(workflows.Voor(client), ct: ct);
}
