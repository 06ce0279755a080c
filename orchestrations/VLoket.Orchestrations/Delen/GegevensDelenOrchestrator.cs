using Microsoft.DurableTask;

namespace VLoket.Orchestrations.Delen;

/// <summary>
/// Passes one change of an association on ("once only"): finds the agencies with an open dossier or a standing relation
/// whose legal basis covers a changed field, and delivers to each in its own <see cref="GegevensLeveringOrchestrator"/>,
/// side by side, so one agency's outage never holds up another. Instance id = the change's id (wijzigingId).
/// </summary>
/// <remarks>Deterministic: the recipients come from an activity, the time from the context.</remarks>
public sealed class GegevensDelenOrchestrator : TaskOrchestrator<DeelOpdracht, DelenUitkomst>
{
    public override async Task<DelenUitkomst> RunAsync(TaskOrchestrationContext context, DeelOpdracht opdracht)
    {
        var ontvangers = await context.CallActivityAsync<Ontvangers>(nameof(BepaalOntvangers), opdracht);
        var leveringen = ontvangers.Lijst.Select(o =>
        {
            string id = LeveringOpdracht.Id(opdracht.WijzigingId, o.OvoCode);
            return context.CallSubOrchestratorAsync<string>(nameof(GegevensLeveringOrchestrator),
                new LeveringOpdracht(id, opdracht.WijzigingId, opdracht.VCode, o, context.CurrentUtcDateTime, ontvangers.Herhaling),
                new SubOrchestrationOptions { InstanceId = id });
        }).ToList();
        var resultaten = await Task.WhenAll(leveringen);
        return new DelenUitkomst(opdracht.WijzigingId,
            ontvangers.Lijst.Select((o, i) => (o.OvoCode, Resultaat: resultaten[i])).ToDictionary(x => x.OvoCode, x => x.Resultaat));
    }
}
