using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Verenigingen;
using System.ComponentModel.DataAnnotations;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Dossiers;

/// <summary>Body of <c>POST …/dossiers/{dossierId}/antwoord</c>: the answer to the dossier's question <c>vraagnummer</c>.</summary>
public sealed record AntwoordInvoer([MaxLength(DossierDienst.MaxAntwoord)] string? Antwoord, int? Vraagnummer, DocumentInvoer? Document);

/// <summary>Body of <c>POST …/dossiers/{dossierId}/annuleer</c>.</summary>
public sealed record AnnuleerInvoer([MaxLength(DossierDienst.MaxReden)] string? Reden);

/// <summary>An association's dossiers: list, detail, answering a question, cancelling, confirming a reservation, downloading documents.</summary>
public sealed class DossierFunctions(VerenigingDienst verenigingen, DossierDienst dossiers, DossierWorkflowFabriek workflows)
{
    [QueryParameter("fase", "lopend|afgesloten|concept")]
    [Antwoord(200, typeof(DossierLijst), Beschrijving = "De dossiers van de vereniging.")]
    [Problemen(401, 404)]
    [Function("LijstDossiers")]
    public async Task<IActionResult> Lijst(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/dossiers")] HttpRequest req, string vCode)
    {
        string? fase = req.Query["fase"];
        var (v, lijst) = await verenigingen.LeesMetAsync(vCode, req.VereisGebruiker(),
            (code, ct) => dossiers.LijstAsync(code, fase, ct), req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(new DossierLijst(v.Waarde.VCode, lijst.Select(DossierInLijst.Van).ToList()));
    }

    [Antwoord(200, typeof(DossierAntwoord))]
    [Problemen(401, 404)]
    [Function("LeesDossier")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/dossiers/{dossierId}")] HttpRequest req,
        string vCode, string dossierId) =>
        JsonAntwoord.Ok(DossierAntwoord.Van(await DossierAsync(req, vCode, dossierId)));

    [Verzoek(typeof(AntwoordInvoer))]
    [Antwoord(202, typeof(DossierAntwoord))]
    [Problemen(400, 401, 404, 409)]
    [Function("BeantwoordDossier")]
    public async Task<IActionResult> Beantwoord(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/dossiers/{dossierId}/antwoord")] HttpRequest req,
        string vCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var dossier = await DossierAsync(req, vCode, dossierId);
        var invoer = await JsonBody.LeesAsync<AntwoordInvoer>(req);
        await dossiers.BeantwoordAsync(dossier, invoer.Antwoord, invoer.Vraagnummer, invoer.Document, workflows.Voor(client), req.HttpContext.RequestAborted);
        return Aanvaard(dossier);
    }

    [Verzoek(typeof(AnnuleerInvoer), Verplicht = false, MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(202, typeof(DossierAntwoord))]
    [Problemen(400, 401, 404, 409)]
    [Function("AnnuleerDossier")]
    public async Task<IActionResult> Annuleer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/dossiers/{dossierId}/annuleer")] HttpRequest req,
        string vCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var dossier = await DossierAsync(req, vCode, dossierId);
        string? reden = req.ContentLength is > 0 ? (await JsonBody.LeesAsync<AnnuleerInvoer>(req)).Reden : null;
        await dossiers.AnnuleerAsync(dossier, reden, workflows.Voor(client), req.HttpContext.RequestAborted);
        return Aanvaard(dossier);
    }

    [ZonderVerzoek]
    [Antwoord(202, typeof(DossierAntwoord))]
    [Problemen(400, 401, 404, 409)]
    [Function("BevestigReservatie")]
    public async Task<IActionResult> Bevestig(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/dossiers/{dossierId}/bevestig")] HttpRequest req,
        string vCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var dossier = await DossierAsync(req, vCode, dossierId);
        await dossiers.BevestigAsync(dossier, workflows.Voor(client), req.HttpContext.RequestAborted);
        return Aanvaard(dossier);
    }

    [Antwoord(200, typeof(Stream), ContentType = "application/octet-stream", Beschrijving = "De inhoud van het document, met zijn eigen content type.")]
    [Problemen(401, 404)]
    [Function("DownloadDocument")]
    public async Task<IActionResult> Document(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/dossiers/{dossierId}/documenten/{documentId}")] HttpRequest req,
        string vCode, string dossierId, string documentId)
    {
        var (info, inhoud) = await dossiers.DocumentAsync(await DossierAsync(req, vCode, dossierId), documentId, req.HttpContext.RequestAborted);
        // Always a download (Content-Disposition: attachment), and the browser must not guess another type than the checked one.
        req.HttpContext.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return new FileContentResult(inhoud, info.ContentType) { FileDownloadName = info.Naam };
    }

    async Task<Dossier> DossierAsync(HttpRequest req, string vCode, string dossierId)
    {
        var v = await verenigingen.LeesAsync(vCode, req.VereisGebruiker(), req.HttpContext.RequestAborted);
        return await dossiers.LeesAsync(v.Waarde.VCode, dossierId, req.HttpContext.RequestAborted);
    }

    static JsonAntwoord Aanvaard(Dossier dossier) =>
        new JsonAntwoord(StatusCodes.Status202Accepted, DossierAntwoord.Van(dossier)).MetHeader("Location", DossierAntwoord.Locatie(dossier));
}
