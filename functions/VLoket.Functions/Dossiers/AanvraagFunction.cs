using System.ComponentModel.DataAnnotations;
using System.Text.Json;
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
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Dossiers;

/// <summary>
/// Body of <c>POST /api/verenigingen/{vCode}/aanvragen</c>. Each answer is typed by its question: a number (<c>getal</c>),
/// an ISO date (<c>datum</c>), a boolean (<c>ja-nee</c>), one choice or a list of them (<c>keuze</c>), a text (<c>tekst</c>)
/// or the id of an uploaded file (<c>bestand</c>); the string forms are still accepted for one release.
/// </summary>
public sealed record AanvraagInvoer([MaxLength(200)] string? Productnummer, [MaxLength(AanvraagInvoer.MaxAntwoorden)] Dictionary<string, JsonElement>? Antwoorden)
{
    /// <summary>More answers than any form has questions.</summary>
    public const int MaxAntwoorden = 200;
}

/// <summary><c>POST /api/verenigingen/{vCode}/aanvragen</c>: starts an application; 202 with the dossier to follow.</summary>
public sealed class AanvraagFunction(VerenigingDienst verenigingen, DossierDienst dossiers, DossierWorkflowFabriek workflows)
{
    [Verzoek(typeof(AanvraagInvoer))]
    [HeaderParameter(Aanvraagsleutel.Veld, "Eigen sleutel van deze aanvraag (bv. een UUID). Dezelfde sleutel opnieuw geeft hetzelfde dossier: geen tweede aanvraag na een verloren antwoord.",
        MaxLength = Aanvraagsleutel.MaxLengte, Pattern = Aanvraagsleutel.Patroon)]
    [Antwoord(202, typeof(DossierAntwoord))]
    [Problemen(400, 401, 404, 409)]
    [Function("StartAanvraag")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/aanvragen")] HttpRequest req, string vCode,
        [DurableClient] DurableTaskClient client)
    {
        var gebruiker = req.VereisGebruiker();
        var vereniging = (await verenigingen.LeesAsync(vCode, gebruiker, req.HttpContext.RequestAborted)).Waarde;
        var invoer = await JsonBody.LeesAsync<AanvraagInvoer>(req);
        var sleutel = Aanvraagsleutel.Create(req.Headers.TryGetValue(Aanvraagsleutel.Veld, out var waarden) ? waarden.ToString() : null);
        int? ik = vereniging.Vertegenwoordigers.FirstOrDefault(w => w.Insz == gebruiker.Insz.Value)?.VertegenwoordigerId;
        var dossier = await dossiers.StartAsync(vereniging, ik, invoer.Productnummer, invoer.Antwoorden, sleutel,
            workflows.Voor(client, $"{req.Scheme}://{req.Host}"), req.HttpContext.RequestAborted);
        return new JsonAntwoord(StatusCodes.Status202Accepted, DossierAntwoord.Van(dossier)).MetHeader("Location", DossierAntwoord.Locatie(dossier));
    }
}
