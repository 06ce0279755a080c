using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using VLoket.Domain.Meldingen;

namespace VLoket.Functions.Meldingen;

/// <summary>
/// Every morning, writes the outbox rows for services that apply to an association and open or close in 14 or 3 days
/// (<see cref="DienstvensterVeger"/>); the mail outbox's sweep sends them. The local host runs the same once a day
/// (<c>VLoket.Host.Meldingen.DienstvensterPlanner</c>). A second run on the same day sends nothing more.
/// </summary>
public sealed class DienstvensterTimer(DienstvensterVeger veger, ILogger<DienstvensterTimer> log)
{
    // 06:00 UTC: 07:00 or 08:00 in Brussels, after midnight there whatever the season.
    [Function("VeegDienstvensters")]
    public async Task Veeg([TimerTrigger("0 0 6 * * *")] TimerInfo timer, CancellationToken ct)
    {
        var ronde = await veger.VeegAsync(ct);
        log.LogInformation("Service windows: {Dagen} days, {Diensten} moments, {Verenigingen} associations judged ({IndexRijen} index entries, {Gelezen} read in full), {Mails} mails",
            ronde.Dagen, ronde.Diensten, ronde.Verenigingen, ronde.IndexRijen, ronde.Gelezen, ronde.Mails);
    }
}
