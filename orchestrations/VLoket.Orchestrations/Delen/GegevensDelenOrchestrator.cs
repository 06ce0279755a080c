using Microsoft.DurableTask;
using VLoket.Domain.Delen;
using VLoket.Domain.Instanties;

namespace VLoket.Orchestrations.Delen;

/// <summary>
/// Passes one change of an association on ("once only"). Finds the agencies with an open dossier or a standing relation
/// whose legal basis covers a changed field, then delivers to each side by side, so one agency's outage never holds up
/// another. Per agency: up to <c>Pogingen</c> attempts with growing waits (the agency deduplicates on the delivery id,
/// so a repeat is harmless); delivered: logged <c>Bezorgd</c> with the number of attempts; all failed (or refused):
/// logged <c>Vastgelopen</c> and listed for operators, then wait for an operator's "opnieuw" (event
/// <see cref="LeveringEvents.OpnieuwVoor"/>) or, failing that, <c>OpnieuwNa</c>, and try again. One log row per
/// delivery, updated in place. Instance id = the change's id (wijzigingId).
/// </summary>
/// <remarks>
/// The deliveries are branches of this one workflow, not sub-orchestrations: the local engine's sidecar cannot carry a
/// sub-orchestration's start over Azure Storage queues. The retry loop is written out instead of a <see cref="RetryPolicy"/>
/// because the log needs the number of attempts and the last failure. Deterministic: durable timers, time from the context.
/// </remarks>
public sealed class GegevensDelenOrchestrator : TaskOrchestrator<DeelOpdracht, DelenUitkomst>
{
    public override async Task<DelenUitkomst> RunAsync(TaskOrchestrationContext context, DeelOpdracht opdracht)
    {
        var ontvangers = await context.CallActivityAsync<Ontvangers>(nameof(BepaalOntvangers), opdracht);
        var start = context.CurrentUtcDateTime;
        var resultaten = await Task.WhenAll(ontvangers.Lijst.Select(o => LeverAsync(context,
            new LeveringOpdracht(LeveringOpdracht.Id(opdracht.WijzigingId, o.OvoCode), opdracht.WijzigingId, opdracht.VCode, o, start, ontvangers.Herhaling))));
        return new DelenUitkomst(opdracht.WijzigingId,
            ontvangers.Lijst.Select((o, i) => (o.OvoCode, Resultaat: resultaten[i])).ToDictionary(x => x.OvoCode, x => x.Resultaat));
    }

    static async Task<string> LeverAsync(TaskOrchestrationContext context, LeveringOpdracht opdracht)
    {
        var herhaling = opdracht.Herhaling;
        var o = opdracht.Ontvanger;
        var bezorging = new Bezorging(opdracht.LeveringId, opdracht.WijzigingId, opdracht.VCode, o.OvoCode, o.Velden, o.Rechtsgrond, opdracht.Tijdstip);
        int pogingen = 0;
        Task<string>? opnieuw = null;
        string? laatsteFout = null; // kept after a success too: the log shows what the attempts ran into
        while (true)
        {
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
                    await LogAsync(context, opdracht, Leveringsresultaten.Bezorgd, pogingen, laatsteFout);
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
            opnieuw ??= context.WaitForExternalEvent<string>(LeveringEvents.OpnieuwVoor(o.OvoCode));
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
