using VLoket.Domain.Meldingen;

namespace VLoket.Host.Meldingen;

/// <summary>
/// The local host's counterpart of the Functions app's timer <c>VeegDienstvensters</c>: once at start and then every
/// <c>VLoket:Meldingen:VensterInterval</c> (default a day) it writes the mails for service windows that open or close in
/// 14 or 3 days. A run on a day that already had one sends nothing more (the keys hold the day).
/// </summary>
public sealed class DienstvensterPlanner(DienstvensterVeger veger, IConfiguration configuratie, ILogger<DienstvensterPlanner> log) : BackgroundService
{
    /// <summary>How often the local host sweeps the windows.</summary>
    public const string IntervalSetting = "VLoket:Meldingen:VensterInterval";

    /// <summary>False: the first round waits one interval (tests run the sweep themselves through the operator API).</summary>
    public const string BijStartSetting = "VLoket:Meldingen:VensterBijStart";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuratie.GetValue<TimeSpan?>(IntervalSetting) ?? TimeSpan.FromDays(1));
        if (configuratie.GetValue<bool?>(BijStartSetting) == false && !await timer.WaitForNextTickAsync(stoppingToken))
        {
            return;
        }

        do
        {
            try
            {
                var ronde = await veger.VeegAsync(stoppingToken);
                log.LogInformation("Service windows: {Dagen} days, {Diensten} moments, {Verenigingen} associations judged ({IndexRijen} index entries, {Gelezen} read in full), {Mails} mails",
                    ronde.Dagen, ronde.Diensten, ronde.Verenigingen, ronde.IndexRijen, ronde.Gelezen, ronde.Mails);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Storage may be down for a while; the next round tries again, and the operator endpoint runs it at once.
                log.LogWarning(e, "Sweeping the service windows failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
