using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Behandeling.Voorraad;
using VLoket.Domain.Instanties;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Behandeling;

public sealed record Voorraadlijst(string OvoCode, IReadOnlyList<Voorraaditem> Items);

/// <summary>
/// A lending service's stock in the behandelloket (<c>/api/behandeling/{ovo}/voorraad|kalender|reservaties</c>): items
/// and rooms, the calendar, approving reservations. The loket's availability answers come from this stock.
/// </summary>
public sealed class VoorraadFunctions(VoorraadDienst voorraad, DossierWorkflowFabriek workflows, BehandelFunctions.Aanmelding aanmelding)
{
    [Antwoord(200, typeof(Voorraadlijst))]
    [Problemen(401, 404)]
    [Function("BehandelVoorraad")]
    public async Task<IActionResult> Lijst(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "behandeling/{ovoCode}/voorraad")] HttpRequest req, string ovoCode) =>
        JsonAntwoord.Ok(new Voorraadlijst(ovoCode, await voorraad.ItemsAsync(aanmelding.Medewerker(req), ovoCode, req.HttpContext.RequestAborted)));

    [Verzoek(typeof(VoorraaditemInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(200, typeof(Voorraaditem))]
    [Problemen(400, 401, 404)]
    [Function("BehandelVoorraadItem")]
    public async Task<IActionResult> Bewaar(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "behandeling/{ovoCode}/voorraad")] HttpRequest req, string ovoCode)
    {
        var medewerker = aanmelding.Medewerker(req);
        var invoer = await JsonBody.LeesAsync<VoorraaditemInvoer>(req);
        return JsonAntwoord.Ok(await voorraad.BewaarItemAsync(medewerker, ovoCode, invoer, req.HttpContext.RequestAborted));
    }

    [QueryParameter("van", "eerste dag (jjjj-mm-dd)")]
    [QueryParameter("tot", "laatste dag (jjjj-mm-dd), hoogstens 92 dagen later")]
    [Antwoord(200, typeof(Uitleenkalender))]
    [Problemen(400, 401, 404)]
    [Function("BehandelKalender")]
    public async Task<IActionResult> Kalender(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "behandeling/{ovoCode}/kalender")] HttpRequest req, string ovoCode) =>
        JsonAntwoord.Ok(await voorraad.KalenderAsync(aanmelding.Medewerker(req), ovoCode, req.Query["van"], req.Query["tot"], req.HttpContext.RequestAborted));

    [Verzoek(typeof(GoedkeuringInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(200, typeof(Reservatie), Beschrijving = "De reservatie na de beslissing; het dossier van de vereniging volgt via een melding.")]
    [Problemen(400, 401, 404)]
    [Function("BehandelReservatieGoedkeuring")]
    public async Task<IActionResult> Goedkeuring(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "behandeling/{ovoCode}/reservaties/{reservatieId}/goedkeuring")] HttpRequest req,
        string ovoCode, string reservatieId, [DurableClient] DurableTaskClient client)
    {
        var medewerker = aanmelding.Medewerker(req);
        var invoer = await JsonBody.LeesAsync<GoedkeuringInvoer>(req);
        return JsonAntwoord.Ok(await voorraad.BeslisAsync(medewerker, ovoCode, reservatieId, invoer, workflows.Voor(client), req.HttpContext.RequestAborted));
    }
}
