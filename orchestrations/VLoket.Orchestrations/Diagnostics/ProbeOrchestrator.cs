using Microsoft.DurableTask;

namespace VLoket.Orchestrations.Diagnostics;

/// <summary>What a probe run should do: wait on a durable timer, then call the no-op activity a number of times.</summary>
public sealed record ProbeOpdracht(int WachtSeconden, int Activiteiten);

/// <summary>What a probe run did.</summary>
public sealed record ProbeResultaat(DateTime GestartOp, DateTime TimerAfgelopenOp, int Activiteiten);

/// <summary>
/// A diagnostic orchestration for operators and benchmarks: it proves the engine keeps a durable timer across
/// restarts and gives a baseline of bare engine cost (timer plus no-op activities) to compare real workflows with.
/// </summary>
public sealed class ProbeOrchestrator : TaskOrchestrator<ProbeOpdracht, ProbeResultaat>
{
    public override async Task<ProbeResultaat> RunAsync(TaskOrchestrationContext context, ProbeOpdracht opdracht)
    {
        DateTime gestart = context.CurrentUtcDateTime;
        if (opdracht.WachtSeconden > 0)
        {
            await context.CreateTimer(gestart.AddSeconds(opdracht.WachtSeconden), CancellationToken.None);
        }

        DateTime afgelopen = context.CurrentUtcDateTime;
        int gedaan = 0;
        for (int i = 0; i < opdracht.Activiteiten; i++)
        {
            gedaan += await context.CallActivityAsync<int>(nameof(NoOpActivity), i);
        }

        return new ProbeResultaat(gestart, afgelopen, gedaan);
    }
}

/// <summary>Does nothing but count as one activity call.</summary>
public sealed class NoOpActivity : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int volgnummer) => Task.FromResult(1);
}
