using VLoket.Functions.Meldingen;

namespace VLoket.Host.Meldingen;

/// <summary>
/// The local host's counterpart of the Functions app's timer <c>VerstuurMailBundels</c>: every
/// <c>VLoket:Meldingen:BundelInterval</c> (default one hour) it sends the day's digests not sent yet.
/// </summary>
public sealed class MailBundelVeger(MailVerwerker verwerker, IConfiguration configuratie, ILogger<MailBundelVeger> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuratie.GetValue<TimeSpan?>(MeldingOpties.BundelIntervalSetting) ?? TimeSpan.FromHours(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await verwerker.BundelAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage may be down for a while; the next round tries again.
                log.LogWarning(e, "Sending the daily digests failed");
            }
        }
    }
}
