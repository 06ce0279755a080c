using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Reservaties;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for the reservation workflow in <c>orchestrations/Reservaties</c>.</summary>
public static class ReservatieTriggers
{
    [Function(nameof(ReservatieOrchestrator))]
    public static Task<ReservatieUitkomst> ReservatieOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new ReservatieOrchestrator().RunAsync(context, context.GetInput<ReservatieOpdracht>()!);

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
}
