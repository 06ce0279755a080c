using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Functions.Http;

namespace VLoket.Functions.Diensten;

/// <summary>The public service catalogue: search and detail. No sign-in: the catalogue is public information.</summary>
public sealed class DienstenFunctions(DienstCatalogus catalogus)
{
    [Function("ZoekDiensten")]
    public async Task<IActionResult> Zoek(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "diensten")] HttpRequest req)
    {
        var q = req.Query;
        var opdracht = new Zoekopdracht(q["q"], q["type"], q["thema"], q["bestuursniveau"], q["gebied"], q["pagina"]);
        var resultaat = DienstZoeker.Zoek(await catalogus.HuidigAsync(req.HttpContext.RequestAborted), opdracht);
        return JsonAntwoord.Ok(ZoekAntwoord.Van(resultaat));
    }

    [Function("LeesDienst")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "diensten/{productnummer}")] HttpRequest req, string productnummer)
    {
        var dienst = (await catalogus.HuidigAsync(req.HttpContext.RequestAborted)).Zoek(productnummer)
            ?? throw new NietGevondenFout("Deze dienst bestaat niet in de catalogus.");
        return JsonAntwoord.Ok(dienst);
    }
}
