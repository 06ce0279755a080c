using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Doorverwijzingen;

/// <summary>Body of <c>POST /api/verenigingen/{vCode}/doorverwijzingen</c>.</summary>
public sealed record DoorverwijzingInvoer(string? Productnummer);

/// <summary>Hands a representative over to the agency's own application, signed in and with the association's data.</summary>
public sealed class DoorverwijzingFunction(VerenigingDienst verenigingen, DienstCatalogus catalogus, Overdracht overdracht)
{
    [Verzoek(typeof(DoorverwijzingInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(200, typeof(Doorverwijzing))]
    [Problemen(400, 401, 404)]
    [Function("Doorverwijzing")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/doorverwijzingen")] HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        var vereniging = await verenigingen.LeesAsync(vCode, gebruiker, req.HttpContext.RequestAborted);
        var invoer = await JsonBody.LeesAsync<DoorverwijzingInvoer>(req);
        var dienst = (await catalogus.HuidigAsync(req.HttpContext.RequestAborted)).Zoek(invoer.Productnummer ?? string.Empty)
            ?? throw new DomeinFout("productnummer", "Deze dienst bestaat niet in de catalogus.");
        return JsonAntwoord.Ok(overdracht.Maak(dienst, vereniging.Waarde, gebruiker));
    }
}
