using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Reservaties;
using V1 = VLoket.Orchestrations.Reservaties.V1;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for the reservation workflow in <c>orchestrations/Reservaties</c>.</summary>
public static class ReservatieTriggers
{
    [Function(nameof(ReservatieOrchestratorV2))]
    public static Task<ReservatieUitkomst> ReservatieOrchestratorV2([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ReservatieOrchestratorV2().RunAsync(context, context.GetInput<ReservatieWorkflow>()!);

    /// <summary>Version 1, kept under its name until its instances end (see <c>orchestrations/Reservaties/V1</c>).</summary>
    [Function(nameof(V1.ReservatieOrchestrator))]
    public static Task<ReservatieUitkomst> ReservatieOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new V1.ReservatieOrchestrator().RunAsync(context, context.GetInput<V1.ReservatieOpdracht>()!);

    [Function(nameof(ControleerBeschikbaarheid))]
    public static Task<int> ControleerBeschikbaarheid([ActivityTrigger] BeschikbaarheidVraag input, FunctionContext context) =>
        ActivityShim.RunAsync<ControleerBeschikbaarheid, BeschikbaarheidVraag, int>(context, input);

    [Function(nameof(HoudVast))]
    public static Task<Reservatie?> HoudVast([ActivityTrigger] Vasthouding input, FunctionContext context) =>
        ActivityShim.RunAsync<HoudVast, Vasthouding, Reservatie?>(context, input);

    [Function(nameof(BevestigBijInstantie))]
    public static Task<Reservatie?> BevestigBijInstantie([ActivityTrigger] ReservatieVraag input, FunctionContext context) =>
        ActivityShim.RunAsync<BevestigBijInstantie, ReservatieVraag, Reservatie?>(context, input);

    [Function(nameof(AnnuleerReservatie))]
    public static Task<Reservatie> AnnuleerReservatie([ActivityTrigger] ReservatieVraag input, FunctionContext context) =>
        ActivityShim.RunAsync<AnnuleerReservatie, ReservatieVraag, Reservatie>(context, input);

    [Function(nameof(VerwerkGoedkeuring))]
    public static Task<string?> VerwerkGoedkeuring([ActivityTrigger] GoedkeuringStap input, FunctionContext context) =>
        ActivityShim.RunAsync<VerwerkGoedkeuring, GoedkeuringStap, string?>(context, input);
}
