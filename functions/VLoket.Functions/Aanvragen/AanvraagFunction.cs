using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Configuratie;

namespace VLoket.Functions.Aanvragen;

/// <summary><c>POST /api/verenigingen/{vCode}/aanvragen</c>: starts an application; 202 with the dossier to follow.</summary>
public sealed class AanvraagFunction(VerenigingDienst verenigingen, AanvraagStarter starter, IConfiguration configuratie)
{
    /// <summary>Public base URL of the loket for agencies' callbacks; the request's own host when not set.</summary>
    public const string PubliekeUrlSetting = "VLoket:PubliekeUrl";

    [Verzoek(typeof(AanvraagInvoer))]
    [Antwoord(202, typeof(DossierAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(409, typeof(Probleem))]
    [Function("StartAanvraag")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/aanvragen")] HttpRequest req, string vCode,
        [DurableClient] DurableTaskClient client)
    {
        var gebruiker = req.VereisGebruiker();
        var vereniging = (await verenigingen.LeesAsync(vCode, gebruiker, req.HttpContext.RequestAborted)).Waarde;
        var invoer = await JsonBody.LeesAsync<AanvraagInvoer>(req);
        int? ik = vereniging.Vertegenwoordigers.FirstOrDefault(w => w.Insz == gebruiker.Insz.Value)?.VertegenwoordigerId;
        string basis = configuratie.Waarde(PubliekeUrlSetting) ?? $"{req.Scheme}://{req.Host}";
        var dossier = await starter.StartAsync(client, vereniging, ik, invoer, basis, req.HttpContext.RequestAborted);
        return new JsonAntwoord(StatusCodes.Status202Accepted, DossierAntwoord.Van(dossier))
            .MetHeader("Location", DossierAntwoord.Locatie(dossier));
    }
}
