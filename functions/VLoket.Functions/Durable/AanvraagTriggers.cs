using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Model;
using VLoket.Orchestrations.Aanvragen;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for the application workflow (version 2) in <c>orchestrations/Aanvragen</c>.</summary>
public static class AanvraagTriggers
{
    [Function(nameof(AanvraagOrchestratorV2))]
    public static Task<AanvraagUitkomst> AanvraagOrchestratorV2([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new AanvraagOrchestratorV2().RunAsync(context, context.GetInput<AanvraagWorkflow>()!);

    [Function(nameof(DienDossierIn))]
    public static Task<ZaakStand> DienDossierIn([ActivityTrigger] Indienen input, FunctionContext context) =>
        ActivityShim.RunAsync<DienDossierIn, Indienen, ZaakStand>(context, input);

    [Function(nameof(LeesZaak))]
    public static Task<ZaakStand> LeesZaak([ActivityTrigger] ZaakStap input, FunctionContext context) =>
        ActivityShim.RunAsync<LeesZaak, ZaakStap, ZaakStand>(context, input);

    [Function(nameof(VerwerkMelding))]
    public static Task<ZaakStand> VerwerkMelding([ActivityTrigger] MeldingStap input, FunctionContext context) =>
        ActivityShim.RunAsync<VerwerkMelding, MeldingStap, ZaakStand>(context, input);

    [Function(nameof(BezorgAntwoord))]
    public static Task<ZaakStand> BezorgAntwoord([ActivityTrigger] AntwoordStap input, FunctionContext context) =>
        ActivityShim.RunAsync<BezorgAntwoord, AntwoordStap, ZaakStand>(context, input);

    [Function(nameof(AnnuleerZaak))]
    public static Task<bool> AnnuleerZaak([ActivityTrigger] ZaakStap input, FunctionContext context) =>
        ActivityShim.RunAsync<AnnuleerZaak, ZaakStap, bool>(context, input);
}
