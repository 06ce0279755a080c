using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using VLoket.Domain.Behandeling;
using VLoket.Domain.Dossiers;

namespace VLoket.Functions.Dossiers;

/// <summary>
/// Every hour, starts the workflow of submitted dossiers that have none (the start stopped after storing the dossier and
/// nobody sent it again), and finishes the behandelloket's reopenings that stopped halfway. The local host runs the same
/// every hour (<c>VLoket.Host.Dossiers.DossierHersteller</c>).
/// </summary>
public sealed class DossierHerstelTimer(DossierDienst dossiers, BehandelDienst behandeling, DossierWorkflowFabriek workflows, ILogger<DossierHerstelTimer> log)
{
    [Function("StartDossiersZonderWorkflow")]
    public async Task Herstel([TimerTrigger("0 40 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken ct)
    {
        var poort = workflows.Voor(client);
        await dossiers.StartZonderWorkflowAsync(poort, ct: ct);
        var (_, mislukt) = await behandeling.VoltooiHeropeningenAsync(poort, ct: ct);
        if (mislukt > 0)
        {
            log.LogWarning("{Aantal} reopened decisions could not be finished; the next round tries again", mislukt);
        }
    }
}
