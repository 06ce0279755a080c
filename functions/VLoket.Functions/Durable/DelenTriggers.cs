using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using VLoket.Domain.Delen;
using VLoket.Orchestrations.Delen;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for passing changes on to agencies in <c>orchestrations/Delen</c>.</summary>
public static class DelenTriggers
{
    [Function(nameof(GegevensDelenOrchestrator))]
    public static Task<DelenUitkomst> GegevensDelenOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new GegevensDelenOrchestrator().RunAsync(context, context.GetInput<DeelOpdracht>()!);

    [Function(nameof(BepaalOntvangers))]
    public static Task<Ontvangers> BepaalOntvangers([ActivityTrigger] DeelOpdracht input, FunctionContext context) =>
        ActivityShim.RunAsync<BepaalOntvangers, DeelOpdracht, Ontvangers>(context, input);

    [Function(nameof(BezorgGegevenswijziging))]
    public static Task<bool> BezorgGegevenswijziging([ActivityTrigger] Bezorging input, FunctionContext context) =>
        ActivityShim.RunAsync<BezorgGegevenswijziging, Bezorging, bool>(context, input);

    [Function(nameof(BewaarLevering))]
    public static Task<bool> BewaarLevering([ActivityTrigger] Gegevensdeling input, FunctionContext context) =>
        ActivityShim.RunAsync<BewaarLevering, Gegevensdeling, bool>(context, input);
}
