using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using VLoket.Orchestrations.Meldingen;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for the mail reminders in <c>orchestrations/Meldingen</c>.</summary>
public static class MeldingenTriggers
{
    [Function(nameof(HerinneringOrchestrator))]
    public static Task<bool> HerinneringOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new HerinneringOrchestrator().RunAsync(context, context.GetInput<Herinnering>()!);

    [Function(nameof(SchrijfHerinnering))]
    public static Task<bool> SchrijfHerinnering([ActivityTrigger] Herinnering input, FunctionContext context) =>
        ActivityShim.RunAsync<SchrijfHerinnering, Herinnering, bool>(context, input);
}
