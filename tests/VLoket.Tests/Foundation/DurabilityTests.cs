using Microsoft.DurableTask.Client;
using VLoket.Host;
using VLoket.Orchestrations.Diagnostics;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Foundation;

public sealed class DurabilityTests
{
    [Fact]
    public async Task An_orchestration_waiting_on_a_durable_timer_completes_after_the_host_is_replaced()
    {
        string storage = await AzuriteServer.ConnectionStringAsync();
        var settings = HostFixture.BaseSettings(storage, HostFixture.NewTaskHubName());
        string instanceId;
        DateTime scheduledAt;

        var first = await VLoketHost.StartAsync(["--environment", "Development"], settings);
        try
        {
            var client = first.Services.GetRequiredService<DurableTaskClient>();
            scheduledAt = DateTime.UtcNow;
            instanceId = await client.ScheduleNewOrchestrationInstanceAsync(
                nameof(ProbeOrchestrator), new ProbeOpdracht(WachtSeconden: 6, Activiteiten: 2));
            var running = await client.WaitForInstanceStartAsync(instanceId, CancellationToken.None);
            Assert.Equal(OrchestrationRuntimeStatus.Running, running.RuntimeStatus);
        }
        finally
        {
            // The first host goes away while the timer is pending, as after a crash.
            await first.DisposeAsync();
        }

        await using var second = await VLoketHost.StartAsync(["--environment", "Development"], settings);
        var secondClient = second.Services.GetRequiredService<DurableTaskClient>();
        Assert.NotEqual(OrchestrationRuntimeStatus.Completed,
            (await secondClient.GetInstanceAsync(instanceId))!.RuntimeStatus);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var done = await secondClient.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, timeout.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var result = done.ReadOutputAs<ProbeResultaat>()!;
        Assert.Equal(2, result.Activiteiten);
        // Storage queues schedule visibility in whole seconds, so a timer may fire up to a second early.
        Assert.True(result.TimerAfgelopenOp - result.GestartOp >= TimeSpan.FromSeconds(5),
            $"timer ended at {result.TimerAfgelopenOp:O}, started {result.GestartOp:O}");
        Assert.True(result.GestartOp >= scheduledAt.AddSeconds(-5), $"started {result.GestartOp:O}, scheduled {scheduledAt:O}");
    }
}
