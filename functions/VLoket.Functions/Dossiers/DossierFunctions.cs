using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Reservaties;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Dossiers;

/// <summary>A document sent along with an answer.</summary>
public sealed record DocumentInvoer(string? Naam, string? ContentType, string? InhoudBase64);

/// <summary>Body of <c>POST …/dossiers/{dossierId}/antwoord</c>.</summary>
public sealed record AntwoordInvoer(string? Antwoord, DocumentInvoer? Document);

/// <summary>Body of <c>POST …/dossiers/{dossierId}/annuleer</c>.</summary>
public sealed record AnnuleerInvoer(string? Reden);

/// <summary>An association's dossiers: list, detail, answering a question, cancelling, downloading documents.</summary>
public sealed class DossierFunctions(VerenigingDienst verenigingen, DossierRepository dossiers, DocumentOpslag documenten, TimeProvider klok)
{
    [QueryParameter("fase", "lopend|afgesloten")]
    [Antwoord(200, typeof(DossierLijst), Beschrijving = "De dossiers van de vereniging.")]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Function("LijstDossiers")]
    public async Task<IActionResult> Lijst(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/dossiers")] HttpRequest req, string vCode)
    {
        var v = await verenigingen.LeesAsync(vCode, req.VereisGebruiker(), req.HttpContext.RequestAborted);
        string? fase = req.Query["fase"];
        if (fase is not (null or "" or "lopend" or "afgesloten"))
        {
            throw new DomeinFout("fase", "Kies 'lopend' of 'afgesloten', of laat de filter weg.");
        }

        var lijst = (await dossiers.VanVerenigingAsync(v.Waarde.VCode, req.HttpContext.RequestAborted))
            .Where(d => fase is null or "" || (fase == "afgesloten") == Fasen.IsAfgesloten(d.Status.Fase))
            .OrderByDescending(d => d.ActieNodig) // what the association must do comes first
            .ThenByDescending(d => d.AangemaaktOp)
            .Select(DossierAntwoord.Van)
            .ToList();
        return JsonAntwoord.Ok(new DossierLijst(v.Waarde.VCode, lijst));
    }

    [Antwoord(200, typeof(DossierAntwoord))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Function("LeesDossier")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/dossiers/{dossierId}")] HttpRequest req,
        string vCode, string dossierId) =>
        JsonAntwoord.Ok(DossierAntwoord.Van(await DossierAsync(req, vCode, dossierId)));

    [Verzoek(typeof(AntwoordInvoer))]
    [Antwoord(202, typeof(DossierAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(409, typeof(Probleem))]
    [Function("BeantwoordDossier")]
    public async Task<IActionResult> Beantwoord(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/dossiers/{dossierId}/antwoord")] HttpRequest req,
        string vCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var dossier = await DossierAsync(req, vCode, dossierId);
        var invoer = await JsonBody.LeesAsync<AntwoordInvoer>(req);
        if (!dossier.ActieNodig)
        {
            throw new ConflictFout("Dit dossier wacht niet op een antwoord van je vereniging.");
        }

        // A held reservation also needs action, but a confirmation (…/bevestig), not an answer its workflow would ignore.
        if ((await WorkflowAsync(client, dossier, req.HttpContext.RequestAborted))?.Name == nameof(ReservatieOrchestrator))
        {
            throw new ConflictFout("Bevestig of annuleer je reservatie; een antwoord is hier niet nodig.");
        }

        var fouten = new FoutVerzamelaar();
        string? antwoord = fouten.Probeer(() => VLoket.Domain.Verenigingen.Waarden.Tekst.Verplicht(invoer.Antwoord, "antwoord", 4000));
        byte[]? inhoud = null;
        if (invoer.Document is { } doc)
        {
            inhoud = fouten.Probeer(() => Base64(doc.InhoudBase64));
            if (inhoud is not null)
            {
                fouten.Probeer(() => { DocumentOpslag.Controleer(doc.Naam, doc.ContentType, inhoud, "document"); return true; });
            }
        }

        fouten.GooiAlsFouten();
        DossierDocument? document = null;
        if (invoer.Document is { } d && inhoud is not null)
        {
            document = await documenten.BewaarAsync(dossier.VCode, dossier.DossierId, "D" + Guid.NewGuid().ToString("N"), d.Naam!, d.ContentType!,
                inhoud, "Antwoord van de vereniging", klok.GetUtcNow(), req.HttpContext.RequestAborted);
        }

        await client.RaiseEventAsync(dossier.DossierId, AanvraagEvents.Antwoord, new VerenigingAntwoord(antwoord!, document), req.HttpContext.RequestAborted);
        return new JsonAntwoord(StatusCodes.Status202Accepted, DossierAntwoord.Van(dossier)).MetHeader("Location", DossierAntwoord.Locatie(dossier));
    }

    [Verzoek(typeof(AnnuleerInvoer), Verplicht = false)]
    [Antwoord(202, typeof(DossierAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(409, typeof(Probleem))]
    [Function("AnnuleerDossier")]
    public async Task<IActionResult> Annuleer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/dossiers/{dossierId}/annuleer")] HttpRequest req,
        string vCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var dossier = await DossierAsync(req, vCode, dossierId);
        if (Fasen.IsAfgesloten(dossier.Status.Fase))
        {
            throw new ConflictFout("Dit dossier is al afgesloten.");
        }

        await WorkflowAsync(client, dossier, req.HttpContext.RequestAborted);
        string reden = req.ContentLength is > 0 ? (await JsonBody.LeesAsync<AnnuleerInvoer>(req)).Reden ?? string.Empty : string.Empty;
        if (VLoket.Domain.Verenigingen.Waarden.Tekst.BevatOpmaak(reden))
        {
            throw new DomeinFout("reden", "Gebruik geen opmaak in de reden.");
        }

        await client.RaiseEventAsync(dossier.DossierId, AanvraagEvents.Annuleer, string.IsNullOrWhiteSpace(reden) ? "Geannuleerd door de vereniging." : reden,
            req.HttpContext.RequestAborted);
        return new JsonAntwoord(StatusCodes.Status202Accepted, DossierAntwoord.Van(dossier)).MetHeader("Location", DossierAntwoord.Locatie(dossier));
    }

    [Antwoord(200, typeof(Stream), ContentType = "application/octet-stream", Beschrijving = "De inhoud van het document, met zijn eigen content type.")]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Function("DownloadDocument")]
    public async Task<IActionResult> Document(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/dossiers/{dossierId}/documenten/{documentId}")] HttpRequest req,
        string vCode, string dossierId, string documentId)
    {
        var dossier = await DossierAsync(req, vCode, dossierId);
        var info = dossier.Documenten.FirstOrDefault(d => d.DocumentId == documentId) ?? throw new NietGevondenFout("Dit document bestaat niet.");
        var inhoud = await documenten.LeesAsync(dossier.VCode, dossier.DossierId, documentId, req.HttpContext.RequestAborted)
            ?? throw new NietGevondenFout("Dit document bestaat niet.");
        return new FileContentResult(inhoud, info.ContentType) { FileDownloadName = info.Naam };
    }

    async Task<Dossier> DossierAsync(HttpRequest req, string vCode, string dossierId)
    {
        var v = await verenigingen.LeesAsync(vCode, req.VereisGebruiker(), req.HttpContext.RequestAborted);
        return await dossiers.LeesAsync(v.Waarde.VCode, dossierId, req.HttpContext.RequestAborted)
            ?? throw new NietGevondenFout("Dit dossier bestaat niet.");
    }

    /// <summary>
    /// The dossier's workflow. One that failed (the agency stayed unreachable, see docs/operations.md) would drop an event
    /// without a word, so the association hears why nothing can happen now instead of a 202 that leads nowhere.
    /// </summary>
    static async Task<OrchestrationMetadata?> WorkflowAsync(DurableTaskClient client, Dossier dossier, CancellationToken ct)
    {
        var workflow = await client.GetInstanceAsync(dossier.DossierId, getInputsAndOutputs: false, ct);
        if (workflow?.RuntimeStatus == OrchestrationRuntimeStatus.Failed)
        {
            throw new ConflictFout("Dit dossier is vertraagd: de instantie is onbereikbaar en een beheerder volgt het op. "
                + "Probeer het opnieuw zodra de status van het dossier verandert.");
        }

        return workflow;
    }

    static byte[] Base64(string? tekst)
    {
        try
        {
            return Convert.FromBase64String(tekst ?? string.Empty);
        }
        catch (FormatException)
        {
            throw new DomeinFout("document.inhoudBase64", "De inhoud van het document is geen geldige base64.");
        }
    }
}
