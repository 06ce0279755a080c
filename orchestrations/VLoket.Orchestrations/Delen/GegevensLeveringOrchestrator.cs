using Microsoft.DurableTask;
using VLoket.Domain.Delen;
using VLoket.Domain.Instanties;

namespace VLoket.Orchestrations.Delen;

/// <summary>
/// Delivers one change to one agency: up to <c>Pogingen</c> attempts with growing waits between them (the agency
/// deduplicates on the delivery id, so a repeat is harmless). Delivered: logged <c>Bezorgd</c> with the number of attempts.
/// All failed (or the agency refused): logged <c>Vastgelopen</c> and listed for operators, then wait for an operator's
/// "opnieuw" or, failing that, <c>OpnieuwNa</c>, and try again. One log row per delivery, updated in place.
/// </summary>
/// <remarks>
/// The retry loop is written out instead of a <see cref="RetryPolicy"/> because the log needs the number of attempts and
/// the last failure, which a retry policy does not return. Deterministic: durable timers, time from the context.
/// </remarks>
public sealed class GegevensLeveringOrchestrator : TaskOrchestrator<LeveringOpdracht, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, LeveringOpdracht opdracht)
    {
        var herhaling = opdracht.Herhaling;
        var o = opdracht.Ontvanger;
        var bezorging = new Bezorging(opdracht.LeveringId, opdracht.WijzigingId, opdracht.VCode, o.OvoCode, o.Velden, o.Rechtsgrond, opdracht.Tijdstip);
        int pogingen = 0;
        Task<string>? opnieuw = null;
        while (true)
        {
            string? laatsteFout = null;
            var wacht = herhaling.EersteWachttijd;
            for (int i = 0; i < Math.Max(1, herhaling.Pogingen); i++)
            {
                if (i > 0)
                {
                    await context.CreateTimer(context.CurrentUtcDateTime + wacht, CancellationToken.None);
                    wacht = TimeSpan.FromTicks((long)(wacht.Ticks * Math.Max(1, herhaling.Factor)));
                }

                pogingen++;
                try
                {
                    await context.CallActivityAsync<bool>(nameof(BezorgGegevenswijziging), bezorging);
                    await LogAsync(context, opdracht, Leveringsresultaten.Bezorgd, pogingen, null);
                    return Leveringsresultaten.Bezorgd;
                }
                catch (TaskFailedException fout)
                {
                    laatsteFout = fout.FailureDetails.ErrorMessage;
                    if (fout.FailureDetails.IsCausedBy<InstantieWeigertFout>())
                    {
                        break; // the agency refuses this change: repeating it now will not help
                    }
                }
            }

            await LogAsync(context, opdracht, Leveringsresultaten.Vastgelopen, pogingen, laatsteFout);

            // One listener for the operator's event across rounds: a second one would let a stale waiter take the event.
            opnieuw ??= context.WaitForExternalEvent<string>(LeveringEvents.Opnieuw);
            using var timerStop = new CancellationTokenSource();
            var later = context.CreateTimer(context.CurrentUtcDateTime + herhaling.OpnieuwNa, timerStop.Token);
            if (await Task.WhenAny(opnieuw, later) == opnieuw)
            {
                timerStop.Cancel();
                opnieuw = null;
            }
        }
    }

    static Task<bool> LogAsync(TaskOrchestrationContext context, LeveringOpdracht opdracht, string resultaat, int pogingen, string? fout) =>
        context.CallActivityAsync<bool>(nameof(BewaarLevering), new Gegevensdeling(
            opdracht.LeveringId, opdracht.WijzigingId, opdracht.VCode, opdracht.Ontvanger.OvoCode, opdracht.Ontvanger.Naam,
            opdracht.Ontvanger.Velden, opdracht.Ontvanger.Rechtsgrond, opdracht.Tijdstip, resultaat, pogingen, fout, context.CurrentUtcDateTime));
}
