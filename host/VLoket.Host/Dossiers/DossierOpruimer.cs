using VLoket.Domain.Dossiers;

namespace VLoket.Host.Dossiers;

/// <summary>The local host's counterpart of the Functions app's timer <c>RuimDossiersOp</c>: every hour.</summary>
public sealed class DossierOpruimer(DossierDienst dossiers, ILogger<DossierOpruimer> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await dossiers.RuimOpAsync(ct: stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage may be down; the next round removes the same.
                log.LogWarning(e, "Removing expired drafts and unused files failed");
            }
        }
    }
}
