using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using VLoket.Orchestrations.Diagnostics;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for the diagnostic tasks in <c>orchestrations/Diagnostics</c>.</summary>
public static class DiagnosticsTriggers
{
    [Function(nameof(ProbeOrchestrator))]
    public static Task<ProbeResultaat> ProbeOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ProbeOrchestrator().RunAsync(context, context.GetInput<ProbeOpdracht>()!);

    [Function(nameof(NoOpActivity))]
    public static Task<int> NoOpActivity([ActivityTrigger] int volgnummer, FunctionContext functionContext) =>
        ActivityShim.RunAsync<NoOpActivity, int, int>(functionContext, volgnummer);

    [Function(nameof(StoringsProbeOrchestrator))]
    public static Task<string> StoringsProbeOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new StoringsProbeOrchestrator().RunAsync(context, context.GetInput<StoringsProbeOpdracht>()!);

    [Function(nameof(ControleerStoring))]
    public static Task<string> ControleerStoring([ActivityTrigger] string storing, FunctionContext functionContext) =>
        ActivityShim.RunAsync<ControleerStoring, string, string>(functionContext, storing);
}
