using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using VLoket.Domain.Bronnen;
using VLoket.Orchestrations.Gegevens;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for the data refresh in <c>orchestrations/Gegevens</c>.</summary>
public static class GegevensTriggers
{
    [Function(nameof(GegevensVerversenOrchestrator))]
    public static Task<VerversUitkomst> GegevensVerversenOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new GegevensVerversenOrchestrator().RunAsync(context, context.GetInput<VerversOpdracht>()!);

    [Function(nameof(HaalBrongegevensOp))]
    public static Task<BronUitkomst> HaalBrongegevensOp([ActivityTrigger] BronOpdracht input, FunctionContext context) =>
        ActivityShim.RunAsync<HaalBrongegevensOp, BronOpdracht, BronUitkomst>(context, input);
}
