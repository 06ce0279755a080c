using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Functions.Beheer;
using VLoket.Orchestrations.Diagnostics;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Beheer;

/// <summary>A host whose retention period is zero, so every finished workflow is past it at once.</summary>
public sealed class OpruimFixture : HostFixture
{
    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[WorkflowOpruiming.BewaartermijnSetting] = "00:00:00";
        return settings;
    }
}

/// <summary>Finished workflows are purged after the retention period; running ones stay.</summary>
public sealed class WorkflowOpruimingTests(OpruimFixture fixture) : IClassFixture<OpruimFixture>
{
    [Fact]
    public void De_standaard_bewaartermijn_is_negentig_dagen() =>
        Assert.Equal(TimeSpan.FromDays(90), WorkflowOpruiming.StandaardBewaartermijn);

    [Fact]
    public async Task Afgeronde_workflows_verdwijnen_lopende_blijven()
    {
        var client = fixture.Host.Services.GetRequiredService<DurableTaskClient>();
        string klaar = await client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeOrchestrator), new ProbeOpdracht(0, 1));
        await client.WaitForInstanceCompletionAsync(klaar, getInputsAndOutputs: false, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        string lopend = await client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeOrchestrator), new ProbeOpdracht(3600, 0));
        await client.WaitForInstanceStartAsync(lopend, getInputsAndOutputs: false, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

        int weg = await fixture.Host.Services.GetRequiredService<WorkflowOpruiming>().RuimOpAsync(client);

        Assert.True(weg >= 1, $"{weg} purged");
        Assert.Null(await client.GetInstanceAsync(klaar));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await client.GetInstanceAsync(lopend))!.RuntimeStatus);
        await client.TerminateInstanceAsync(lopend);
    }
}
