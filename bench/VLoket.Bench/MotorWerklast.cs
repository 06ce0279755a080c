using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;

namespace VLoket.Bench;

/// <summary>
/// The bare engine's workloads: orchestrations and a no-op activity of the benchmark's own, so only the engine is measured.
/// </summary>
public static class MotorWerklast
{
    const string FanOut = nameof(MotorFanOut);
    const string Reeks = nameof(MotorReeks);
    const string Wacht = nameof(MotorWacht);
    const string Klein = nameof(MotorKlein);

    /// <summary>One measurement of the four workloads, as rates per second.</summary>
    public sealed record Meting(double FanOutPerSeconde, double ReeksPerSeconde, double EventsPerSeconde, double KleinPerSeconde);

    /// <summary>The sizes of one measurement.</summary>
    public sealed record Omvang(int FanOut, int Reeks, int Orkestraties, int EventsPerOrkestratie, int Klein, int Gelijktijdig);

    public static void Registreer(DurableTaskRegistry r)
    {
        r.AddActivity<MotorNiets>();
        r.AddOrchestrator<MotorFanOut>();
        r.AddOrchestrator<MotorReeks>();
        r.AddOrchestrator<MotorWacht>();
        r.AddOrchestrator<MotorKlein>();
    }

    public static async Task<Meting> MeetAsync(DurableTaskClient client, Omvang omvang)
    {
        double fanOut = omvang.FanOut / await DuurAsync(async () =>
            [await VoltooiAsync(client, await client.ScheduleNewOrchestrationInstanceAsync(FanOut, omvang.FanOut))]);
        double reeks = omvang.Reeks / await DuurAsync(async () =>
            [await VoltooiAsync(client, await client.ScheduleNewOrchestrationInstanceAsync(Reeks, omvang.Reeks))]);

        // Events: the orchestrations wait first (started and running), then all events are raised at once and the clock
        // runs until every orchestration received its last one.
        var wachtend = new List<string>();
        for (int i = 0; i < omvang.Orkestraties; i++)
        {
            wachtend.Add(await client.ScheduleNewOrchestrationInstanceAsync(Wacht, omvang.EventsPerOrkestratie));
        }

        foreach (string id in wachtend)
        {
            await client.WaitForInstanceStartAsync(id);
        }

        var opties = new ParallelOptions { MaxDegreeOfParallelism = omvang.Gelijktijdig };
        int events = omvang.Orkestraties * omvang.EventsPerOrkestratie;
        double eventsPerSeconde = events / await DuurAsync(async () =>
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, events), opties, async (i, ct) =>
                await client.RaiseEventAsync(wachtend[i % wachtend.Count], "e", 1, ct));
            return await AllemaalAsync(client, wachtend);
        });

        double klein = omvang.Klein / await DuurAsync(async () =>
        {
            var ids = new System.Collections.Concurrent.ConcurrentBag<string>();
            await Parallel.ForEachAsync(Enumerable.Range(0, omvang.Klein), opties, async (i, ct) =>
                ids.Add(await client.ScheduleNewOrchestrationInstanceAsync(Klein, i, ct)));
            return await AllemaalAsync(client, ids);
        });

        return new Meting(fanOut, reeks, eventsPerSeconde, klein);
    }

    static async Task<DateTimeOffset[]> AllemaalAsync(DurableTaskClient client, IEnumerable<string> ids)
    {
        var klaar = new List<DateTimeOffset>();
        foreach (string id in ids)
        {
            klaar.Add(await VoltooiAsync(client, id));
        }

        return [.. klaar];
    }

    /// <summary>Waits for the instance and returns when the engine completed it: the wait itself polls the provider every
    /// 2 s, so measuring until it returns rounded every figure up to the next 2 s (500 activities in 4, 6 or 8 s).</summary>
    static async Task<DateTimeOffset> VoltooiAsync(DurableTaskClient client, string id)
    {
        using var limiet = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var staat = await client.WaitForInstanceCompletionAsync(id, limiet.Token);
        if (staat.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"{id} eindigde als {staat.RuntimeStatus}");
        }

        return staat.LastUpdatedAt;
    }

    /// <summary>From the start of the work to the last completion the engine recorded (its clock is this process's).</summary>
    static async Task<double> DuurAsync(Func<Task<DateTimeOffset[]>> werk)
    {
        var start = DateTimeOffset.UtcNow;
        var voltooid = await werk();
        return (voltooid.Max() - start).TotalSeconds;
    }
}

/// <summary>Does nothing but count as one activity.</summary>
public sealed class MotorNiets : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int i) => Task.FromResult(i);
}

/// <summary>n activities at once.</summary>
public sealed class MotorFanOut : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int n)
    {
        var taken = new Task<int>[n];
        for (int i = 0; i < n; i++)
        {
            taken[i] = context.CallActivityAsync<int>(nameof(MotorNiets), i);
        }

        return (await Task.WhenAll(taken)).Length;
    }
}

/// <summary>n activities one after the other.</summary>
public sealed class MotorReeks : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int n)
    {
        int gedaan = 0;
        for (int i = 0; i < n; i++)
        {
            gedaan += await context.CallActivityAsync<int>(nameof(MotorNiets), 1);
        }

        return gedaan;
    }
}

/// <summary>Waits for n external events.</summary>
public sealed class MotorWacht : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int n)
    {
        int som = 0;
        for (int i = 0; i < n; i++)
        {
            som += await context.WaitForExternalEvent<int>("e");
        }

        return som;
    }
}

/// <summary>One activity.</summary>
public sealed class MotorKlein : TaskOrchestrator<int, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, int i) => context.CallActivityAsync<int>(nameof(MotorNiets), i);
}
