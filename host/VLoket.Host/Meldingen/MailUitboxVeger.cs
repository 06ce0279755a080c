using Microsoft.DurableTask.Client;
using VLoket.Functions.Meldingen;

namespace VLoket.Host.Meldingen;

/// <summary>
/// The local host's counterpart of the Functions app's timer <c>VeegMailUitbox</c>: every <c>VLoket:Meldingen:VeegInterval</c>
/// (default ten seconds) it sends what the mail outbox holds, including rows a crashed instance left.
/// </summary>
public sealed class MailUitboxVeger(MailVerwerker verwerker, DurableTaskClient client, IConfiguration configuratie, ILogger<MailUitboxVeger> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuratie.GetValue<TimeSpan?>(MeldingOpties.VeegIntervalSetting) ?? TimeSpan.FromSeconds(10));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await verwerker.VeegAsync(client, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage or the engine may be down for a while; the next round tries again.
                log.LogWarning(e, "Sweeping the mail outbox failed");
            }
        }
    }
}
