using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Dossiers;

/// <summary>An uploaded file: a <c>bestand</c> answer names its <c>bijlageId</c>.</summary>
public sealed record BijlageAntwoord(string BijlageId, string Naam, string ContentType, long Grootte, string Sha256, DateTimeOffset Opgeladen)
{
    public static BijlageAntwoord Van(Bijlage b) => new(b.BijlageId, b.Naam, b.ContentType, b.Grootte, b.Sha256, b.Opgeladen);
}

/// <summary>
/// Files sent with an application: a representative uploads one for the association (<c>POST …/bijlagen</c>), and the
/// agency fetches it through the signed, expiring link it received with the application.
/// </summary>
public sealed class BijlageFunctions(VerenigingDienst verenigingen, DossierDienst dossiers)
{
    [Verzoek(typeof(DocumentInvoer))]
    [Antwoord(201, typeof(BijlageAntwoord), Beschrijving = "Het bestand is opgeladen; geef zijn bijlageId als antwoord op een vraag van het type bestand.")]
    [Problemen(400, 401, 404)]
    [Function("LaadBijlageOp")]
    public async Task<IActionResult> LaadOp(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/bijlagen")] HttpRequest req, string vCode)
    {
        var v = await verenigingen.LeesAsync(vCode, req.VereisGebruiker(), req.HttpContext.RequestAborted);
        var invoer = await JsonBody.LeesAsync<DocumentInvoer>(req);
        var bijlage = await dossiers.LaadOpAsync(v.Waarde.VCode, invoer, req.HttpContext.RequestAborted);
        return new JsonAntwoord(StatusCodes.Status201Created, BijlageAntwoord.Van(bijlage));
    }

    [Openbaar]
    [QueryParameter("verloopt", "Wanneer de link verloopt (Unix-seconden), zoals de instantie hem kreeg.")]
    [QueryParameter("handtekening", "De handtekening van het loket over de link.")]
    [Antwoord(200, typeof(Stream), ContentType = "application/octet-stream", Beschrijving = "Het bestand, met zijn eigen content type.")]
    [Problemen(403, 404)]
    [Function("HaalBijlageOp")]
    public async Task<IActionResult> HaalOp(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "instanties/{ovoCode}/bijlagen/{dossierId}/{documentId}")] HttpRequest req,
        string ovoCode, string dossierId, string documentId)
    {
        var (info, inhoud) = await dossiers.BijlageVoorInstantieAsync(ovoCode, dossierId, documentId, req.Query["verloopt"], req.Query["handtekening"],
            req.HttpContext.RequestAborted);
        req.HttpContext.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return new FileContentResult(inhoud, info.ContentType) { FileDownloadName = info.Naam };
    }
}
