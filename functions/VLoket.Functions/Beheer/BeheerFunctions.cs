using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Delen;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Beheer;

/// <summary>Body of the operator's workflow actions; the reason is optional.</summary>
public sealed record BeheerActieInvoer(string? Reden);

/// <summary>
/// The operator API over the task hub: list, detail, end, pause, resume, restart and purge workflows, and an overview.
/// Only for the <c>beheerder</c> role; everyone else gets 404. See docs/operations.md.
/// </summary>
public sealed class BeheerFunctions(GegevensdelingRepository leveringen)
{
    [Function("BeheerLijstWorkflows")]
    [QueryParameter("status", "Running, Completed, Failed, Terminated, Suspended of Pending (meerdere met komma's)")]
    [QueryParameter("naam", "naam van de orchestrator")]
    [QueryParameter("vanaf", "aangemaakt vanaf (ISO 8601)")]
    [QueryParameter("tot", "aangemaakt tot (ISO 8601)")]
    [QueryParameter("vervolg", "vervolgtoken van de vorige pagina")]
    [Antwoord(200, typeof(WorkflowPagina))]
    [Problemen(400)]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder.")]
    public async Task<IActionResult> Lijst(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "beheer/workflows")] HttpRequest req, [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        var q = req.Query;
        return JsonAntwoord.Ok(await new WorkflowBeheer(client).LijstAsync(q["status"], q["naam"], q["vanaf"], q["tot"], q["vervolg"], req.HttpContext.RequestAborted));
    }

    [Function("BeheerLeesWorkflow")]
    [Antwoord(200, typeof(WorkflowDetail))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder, of onbekende workflow.")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "beheer/workflows/{instanceId}")] HttpRequest req, string instanceId,
        [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        return JsonAntwoord.Ok(await new WorkflowBeheer(client).DetailAsync(instanceId, req.HttpContext.RequestAborted));
    }

    [Function("BeheerBeeindigWorkflow")]
    [Verzoek(typeof(BeheerActieInvoer), Verplicht = false, MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(202, typeof(WorkflowSamenvatting))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder, of onbekende workflow.")]
    [Antwoord(409, typeof(Probleem), Beschrijving = "Deze actie past niet bij de toestand van de workflow.")]
    public async Task<IActionResult> Beeindig(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/workflows/{instanceId}/beeindig")] HttpRequest req, string instanceId,
        [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        return Aanvaard(await new WorkflowBeheer(client).BeeindigAsync(instanceId, await RedenAsync(req), req.HttpContext.RequestAborted));
    }

    [Function("BeheerPauzeerWorkflow")]
    [Verzoek(typeof(BeheerActieInvoer), Verplicht = false, MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(202, typeof(WorkflowSamenvatting))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder, of onbekende workflow.")]
    [Antwoord(409, typeof(Probleem), Beschrijving = "Deze actie past niet bij de toestand van de workflow.")]
    public async Task<IActionResult> Pauzeer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/workflows/{instanceId}/pauzeer")] HttpRequest req, string instanceId,
        [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        return Aanvaard(await new WorkflowBeheer(client).PauzeerAsync(instanceId, await RedenAsync(req), req.HttpContext.RequestAborted));
    }

    [Function("BeheerHervatWorkflow")]
    [Verzoek(typeof(BeheerActieInvoer), Verplicht = false, MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(202, typeof(WorkflowSamenvatting))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder, of onbekende workflow.")]
    [Antwoord(409, typeof(Probleem), Beschrijving = "Deze actie past niet bij de toestand van de workflow.")]
    public async Task<IActionResult> Hervat(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/workflows/{instanceId}/hervat")] HttpRequest req, string instanceId,
        [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        return Aanvaard(await new WorkflowBeheer(client).HervatAsync(instanceId, await RedenAsync(req), req.HttpContext.RequestAborted));
    }

    [Function("BeheerHerstartWorkflow")]
    [ZonderVerzoek]
    [Antwoord(202, typeof(WorkflowSamenvatting))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder, of onbekende workflow.")]
    [Antwoord(409, typeof(Probleem), Beschrijving = "Deze actie past niet bij de toestand van de workflow.")]
    public async Task<IActionResult> Herstart(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/workflows/{instanceId}/herstart")] HttpRequest req, string instanceId,
        [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        return Aanvaard(await new WorkflowBeheer(client).HerstartAsync(instanceId, req.HttpContext.RequestAborted));
    }

    [Function("BeheerVerwijderWorkflow")]
    [Antwoord(204, Beschrijving = "Verwijderd (alleen afgelopen workflows).")]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder, of onbekende workflow.")]
    [Antwoord(409, typeof(Probleem), Beschrijving = "De workflow loopt nog.")]
    public async Task<IActionResult> Verwijder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "beheer/workflows/{instanceId}")] HttpRequest req, string instanceId,
        [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        await new WorkflowBeheer(client).VerwijderAsync(instanceId, req.HttpContext.RequestAborted);
        return new JsonAntwoord(StatusCodes.Status204NoContent, null);
    }

    [Function("BeheerOverzicht")]
    [Antwoord(200, typeof(BeheerOverzicht))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder.")]
    public async Task<IActionResult> Overzicht(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "beheer/overzicht")] HttpRequest req, [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        var vastgelopen = await leveringen.VastgelopenAsync(ct: req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(await new WorkflowBeheer(client).OverzichtAsync(req.HttpContext.RequestAborted, vastgelopen));
    }

    static JsonAntwoord Aanvaard(WorkflowSamenvatting workflow) => new(StatusCodes.Status202Accepted, workflow);

    static async Task<string?> RedenAsync(HttpRequest req) =>
        req.ContentLength is > 0 ? (await JsonBody.LeesAsync<BeheerActieInvoer>(req)).Reden : null;
}
