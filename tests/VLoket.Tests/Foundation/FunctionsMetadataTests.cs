using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using VLoket.Functions;
using VLoket.Host.Functions;
using VLoket.Orchestrations;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Foundation;

/// <summary>
/// The Functions app as the real Functions host sees it (its generated functions.metadata) must declare every
/// HTTP function, orchestrator and activity; the local host's worker must register the same durable tasks.
/// </summary>
public sealed class FunctionsMetadataTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    sealed record Declared(string Name, string EntryPoint, JsonElement Trigger);

    static List<Declared> ReadMetadata()
    {
        string path = RepoPaths.FunctionsMetadata;
        Assert.True(File.Exists(path), $"{path} is missing: build VLoket.Functions first.");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().Select(f => new Declared(
                f.GetProperty("name").GetString()!,
                f.GetProperty("entryPoint").GetString()!,
                f.GetProperty("bindings").EnumerateArray()
                    .Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal)).Clone()))
            .ToList();
    }

    static string TriggerType(Declared d) => d.Trigger.GetProperty("type").GetString()!;

    [Fact]
    public void Every_http_function_is_declared_with_its_route_and_methods()
    {
        var declared = ReadMetadata().Where(d => TriggerType(d) == "httpTrigger").ToDictionary(d => d.Name);
        var discovered = HttpFunctionEndpoints.Discover(typeof(VLoketServiceCollectionExtensions).Assembly);

        Assert.NotEmpty(discovered);
        Assert.Equal(discovered.Select(f => f.Name).Order(), declared.Keys.Order());
        foreach (var function in discovered)
        {
            var trigger = declared[function.Name].Trigger;
            Assert.Equal(function.Route, trigger.GetProperty("route").GetString());
            var methods = trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToUpperInvariant());
            Assert.Equal(function.Methods.Order(), methods.Order());
        }
    }

    [Fact]
    public void Every_orchestrator_has_exactly_one_orchestration_trigger_shim()
    {
        AssertOneShimPerTask(DurableTaskTypes.Orchestrators, "orchestrationTrigger");
    }

    [Fact]
    public void Every_activity_has_exactly_one_activity_trigger_shim()
    {
        AssertOneShimPerTask(DurableTaskTypes.Activities, "activityTrigger");
    }

    [Fact]
    public void The_local_worker_registers_each_durable_task_exactly_once()
    {
        var registry = fixture.Host.Services.GetRequiredService<IOptionsMonitor<DurableTaskRegistry>>().Get(Options.DefaultName);

        var orchestrators = registry.GetOrchestrators().Select(o => o.Key.Name).ToList();
        var activities = registry.GetActivities().Select(a => a.Key.Name).ToList();

        Assert.Equal(DurableTaskTypes.Orchestrators.Select(DurableTaskTypes.NameOf).Order(), orchestrators.Order());
        Assert.Equal(DurableTaskTypes.Activities.Select(DurableTaskTypes.NameOf).Order(), activities.Order());
    }

    static void AssertOneShimPerTask(IReadOnlyList<Type> tasks, string triggerType)
    {
        Assert.NotEmpty(tasks);
        var shims = ReadMetadata().Where(d => TriggerType(d) == triggerType).ToList();
        foreach (var task in tasks)
        {
            string name = DurableTaskTypes.NameOf(task);
            int count = shims.Count(s => s.Name == name);
            Assert.True(count == 1, $"{task.FullName} has {count} {triggerType} shims in the Functions app; it needs exactly one.");
        }

        var orphans = shims.Select(s => s.Name).Except(tasks.Select(DurableTaskTypes.NameOf)).ToList();
        Assert.True(orphans.Count == 0, $"{triggerType} shims without a task class in orchestrations/: {string.Join(", ", orphans)}");
    }
}
