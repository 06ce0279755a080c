using Microsoft.DurableTask.Client;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Delen;

namespace VLoket.Host.Delen;

/// <summary>
/// The local host's counterpart of the Functions app's timer <c>VeegUitgaandeWijzigingen</c>: every
/// <c>VLoket:Delen:VeegInterval</c> (default one minute) it schedules the sharing of changes whose outbox row a crash left behind.
/// </summary>
public sealed class UitgaandeWijzigingenVeger(DelingStarter starter, DurableTaskClient client, IConfiguration configuratie,
    ILogger<UitgaandeWijzigingenVeger> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuratie.GetValue<TimeSpan?>(DelenOpties.VeegIntervalSetting) ?? TimeSpan.FromMinutes(1);
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await starter.VeegAsync(client, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage or the engine may be down for a while; the next round tries again.
                log.LogWarning(e, "Sweeping the outbox failed");
            }
        }
    }
}
