using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Behandeling;
using VLoket.Domain.Dossiers;
using VLoket.Functions.Dossiers;

namespace VLoket.Host.Dossiers;

/// <summary>
/// The local host's counterpart of the Functions app's timer <c>StartDossiersZonderWorkflow</c>: every hour. Callbacks
/// go to the host's own address when <c>VLoket:PubliekeUrl</c> is not set, as a request's do.
/// </summary>
public sealed class DossierHersteller(DossierDienst dossiers, BehandelDienst behandeling, DossierWorkflowFabriek workflows, DurableTaskClient client, IServer server,
    ILogger<DossierHersteller> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                string eigen = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? string.Empty;
                var poort = workflows.Voor(client, eigen);
                int gestart = await dossiers.StartZonderWorkflowAsync(poort, ct: stoppingToken);
                if (gestart > 0)
                {
                    log.LogWarning("Started the workflow of {Aantal} submitted dossiers that had none", gestart);
                }

                var (voltooid, mislukt) = await behandeling.VoltooiHeropeningenAsync(poort, ct: stoppingToken);
                if (voltooid + mislukt > 0)
                {
                    log.LogWarning("Finished {Aantal} reopened decisions that had stopped halfway; {Mislukt} failed and are tried next round",
                        voltooid, mislukt);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage may be down; the next round finds the same.
                log.LogWarning(e, "Starting the workflows of dossiers without one failed");
            }
        }
    }
}
