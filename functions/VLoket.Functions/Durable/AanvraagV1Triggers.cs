using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using VLoket.Domain;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Aanvragen.V1;

namespace VLoket.Functions.Durable;

/// <summary>Functions trigger shims for version 1 of the application workflow (<c>orchestrations/Aanvragen/V1</c>), kept until its instances end.</summary>
public static class AanvraagV1Triggers
{
    [Function(nameof(AanvraagOrchestrator))]
    public static Task<AanvraagUitkomst> AanvraagOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new AanvraagOrchestrator().RunAsync(context, context.GetInput<AanvraagOpdracht>()!);

    [Function(nameof(ControleerAntwoorden))]
    public static Task<List<VeldFout>> ControleerAntwoorden([ActivityTrigger] AntwoordenTeControleren input, FunctionContext context) =>
        ActivityShim.RunAsync<ControleerAntwoorden, AntwoordenTeControleren, List<VeldFout>>(context, input);

    [Function(nameof(HaalGegevenOp))]
    public static Task<GekendGegeven?> HaalGegevenOp([ActivityTrigger] GegevenVraag input, FunctionContext context) =>
        ActivityShim.RunAsync<HaalGegevenOp, GegevenVraag, GekendGegeven?>(context, input);

    [Function(nameof(DienAanvraagIn))]
    public static Task<Zaak> DienAanvraagIn([ActivityTrigger] Indiening input, FunctionContext context) =>
        ActivityShim.RunAsync<DienAanvraagIn, Indiening, Zaak>(context, input);

    [Function(nameof(LeesZaakStatus))]
    public static Task<Zaak> LeesZaakStatus([ActivityTrigger] ZaakVraag input, FunctionContext context) =>
        ActivityShim.RunAsync<LeesZaakStatus, ZaakVraag, Zaak>(context, input);

    [Function(nameof(StuurAntwoord))]
    public static Task<Zaak> StuurAntwoord([ActivityTrigger] AntwoordAanInstantie input, FunctionContext context) =>
        ActivityShim.RunAsync<StuurAntwoord, AntwoordAanInstantie, Zaak>(context, input);

    [Function(nameof(AnnuleerBijInstantie))]
    public static Task<Zaak?> AnnuleerBijInstantie([ActivityTrigger] ZaakVraag input, FunctionContext context) =>
        ActivityShim.RunAsync<AnnuleerBijInstantie, ZaakVraag, Zaak?>(context, input);

    [Function(nameof(BewaarBeslissing))]
    public static Task<string> BewaarBeslissing([ActivityTrigger] BeslissingBewaren input, FunctionContext context) =>
        ActivityShim.RunAsync<BewaarBeslissing, BeslissingBewaren, string>(context, input);
}
