using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Aanvragen;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Dossiers;

/// <summary>Body of <c>PUT …/concepten/{dossierId}</c> and <c>POST …/concepten/{dossierId}/indienen</c>: the answers so far, typed as in an application.</summary>
public sealed record ConceptInvoer([MaxLength(AanvraagInvoer.MaxAntwoorden)] Dictionary<string, JsonElement>? Antwoorden);

/// <summary>A draft as it is opened: the dossier, the form pre-filled from what is known today, and the files its answers name.</summary>
public sealed record ConceptAntwoord(DossierAntwoord Dossier, List<FormulierVraag> Vragen, List<BijlageAntwoord> Bijlagen);

/// <summary>
/// Drafts (<c>Concept</c> dossiers): save an application half-filled, open it again (any representative of the
/// association), change it, submit it when complete, or delete it. A draft starts no workflow.
/// </summary>
public sealed class ConceptFunctions(VerenigingDienst verenigingen, DossierDienst dossiers, DossierWorkflowFabriek workflows)
{
    /// <summary>The longest If-Match a draft's save accepts (its version is far shorter); declared in the OpenAPI document.</summary>
    const int MaxVersie = 64;

    [Verzoek(typeof(AanvraagInvoer))]
    [Antwoord(201, typeof(DossierAntwoord), Beschrijving = "Het concept is bewaard; de andere vertegenwoordigers zien het ook.")]
    [Problemen(400, 401, 404)]
    [Function("BewaarConcept")]
    public async Task<IActionResult> Bewaar(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/concepten")] HttpRequest req, string vCode)
    {
        var (vereniging, ik) = await VerenigingAsync(req, vCode);
        var invoer = await JsonBody.LeesAsync<AanvraagInvoer>(req);
        var concept = await dossiers.BewaarConceptAsync(vereniging, ik, invoer.Productnummer, invoer.Antwoorden, req.HttpContext.RequestAborted);
        return new JsonAntwoord(StatusCodes.Status201Created, DossierAntwoord.Van(concept)).MetHeader("Location", DossierAntwoord.Locatie(concept))
            .MetHeader("ETag", concept.ConceptVersie);
    }

    [Antwoord(200, typeof(ConceptAntwoord))]
    [Problemen(401, 404, 409)]
    [Function("OpenConcept")]
    public async Task<IActionResult> Open(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/concepten/{dossierId}")] HttpRequest req, string vCode, string dossierId)
    {
        var (vereniging, ik) = await VerenigingAsync(req, vCode);
        var open = await dossiers.OpenConceptAsync(vereniging, ik, dossierId, req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(new ConceptAntwoord(DossierAntwoord.Van(open.Concept), open.Formulier.Select(FormulierVraag.Van).ToList(),
            open.Bijlagen.Select(BijlageAntwoord.Van).ToList())).MetHeader("ETag", open.Concept.ConceptVersie);
    }

    [Verzoek(typeof(ConceptInvoer))]
    [HeaderParameter("If-Match", "Niet verplicht: de ETag van het concept zoals laatst gelezen of bewaard. Heeft iemand het intussen bewaard, dan 412 en verandert er niets.",
        MaxLength = MaxVersie)]
    [Antwoord(200, typeof(DossierAntwoord))]
    [Problemen(400, 401, 404, 409, 412)]
    [Function("WijzigConcept")]
    public async Task<IActionResult> Wijzig(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "verenigingen/{vCode}/concepten/{dossierId}")] HttpRequest req, string vCode, string dossierId)
    {
        var (vereniging, _) = await VerenigingAsync(req, vCode);
        var invoer = await JsonBody.LeesAsync<ConceptInvoer>(req);
        string? verwacht = req.Headers.IfMatch.Count > 0 ? req.Headers.IfMatch.ToString() : null;
        if (verwacht is { Length: > MaxVersie })
        {
            throw new VLoket.Domain.DomeinFout("If-Match", "Geef de ETag van het concept zoals je ze kreeg.");
        }

        var concept = await dossiers.WijzigConceptAsync(vereniging.VCode, dossierId, invoer.Antwoorden, verwacht, req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(DossierAntwoord.Van(concept)).MetHeader("ETag", concept.ConceptVersie);
    }

    [Verzoek(typeof(ConceptInvoer), Verplicht = false)]
    [Antwoord(202, typeof(DossierAntwoord), Beschrijving = "Het concept is ingediend als aanvraag (hetzelfde dossier).")]
    [Problemen(400, 401, 404, 409)]
    [Function("DienConceptIn")]
    public async Task<IActionResult> DienIn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/concepten/{dossierId}/indienen")] HttpRequest req,
        string vCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var (vereniging, ik) = await VerenigingAsync(req, vCode);
        var antwoorden = req.ContentLength is > 0 ? (await JsonBody.LeesAsync<ConceptInvoer>(req)).Antwoorden : null;
        var dossier = await dossiers.DienConceptInAsync(vereniging, ik, dossierId, antwoorden, workflows.Voor(client, $"{req.Scheme}://{req.Host}"),
            req.HttpContext.RequestAborted);
        return new JsonAntwoord(StatusCodes.Status202Accepted, DossierAntwoord.Van(dossier)).MetHeader("Location", DossierAntwoord.Locatie(dossier));
    }

    [ZonderVerzoek]
    [Antwoord(204, null, Beschrijving = "Het concept en de bestanden die alleen het gebruikte zijn verwijderd.")]
    [Problemen(401, 404, 409)]
    [Function("VerwijderConcept")]
    public async Task<IActionResult> Verwijder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "verenigingen/{vCode}/concepten/{dossierId}")] HttpRequest req, string vCode, string dossierId)
    {
        var (vereniging, _) = await VerenigingAsync(req, vCode);
        await dossiers.VerwijderConceptAsync(vereniging.VCode, dossierId, req.HttpContext.RequestAborted);
        return new NoContentResult();
    }

    async Task<(Vereniging Vereniging, int? Ik)> VerenigingAsync(HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        var vereniging = (await verenigingen.LeesAsync(vCode, gebruiker, req.HttpContext.RequestAborted)).Waarde;
        return (vereniging, vereniging.Vertegenwoordigers.FirstOrDefault(w => w.Insz == gebruiker.Insz.Value)?.VertegenwoordigerId);
    }
}
