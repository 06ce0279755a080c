using Microsoft.DurableTask;
using Moq;
using VLoket.Orchestrations.Diagnostics;

namespace VLoket.Tests.Foundation;

/// <summary>Branch logic of the probe orchestrator against a mocked context.</summary>
public sealed class ProbeOrchestratorTests
{
    static readonly DateTime Start = new(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Waits_on_a_durable_timer_until_start_plus_the_delay_then_calls_each_activity()
    {
        var context = new Mock<TaskOrchestrationContext>();
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Start);
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        context.Setup(c => c.CallActivityAsync<int>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ReturnsAsync(1);

        var result = await new ProbeOrchestrator().RunAsync(context.Object, new ProbeOpdracht(30, 3));

        context.Verify(c => c.CreateTimer(Start.AddSeconds(30), It.IsAny<CancellationToken>()), Times.Once);
        context.Verify(c => c.CallActivityAsync<int>(new TaskName(nameof(NoOpActivity)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()),
            Times.Exactly(3));
        Assert.Equal(3, result.Activiteiten);
    }

    [Fact]
    public async Task Without_a_delay_it_sets_no_timer()
    {
        var context = new Mock<TaskOrchestrationContext>();
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Start);

        var result = await new ProbeOrchestrator().RunAsync(context.Object, new ProbeOpdracht(0, 0));

        context.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
        Assert.Equal(0, result.Activiteiten);
    }
}
