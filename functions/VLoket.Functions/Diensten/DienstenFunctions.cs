using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Diensten;

/// <summary>The public service catalogue: search and detail. No sign-in: the catalogue is public information.</summary>
public sealed class DienstenFunctions(DienstCatalogus catalogus)
{
    [Openbaar]
    [QueryParameter("q", "Zoektekst.")]
    [QueryParameter("type", "Type dienst.")]
    [QueryParameter("thema", "Thema.")]
    [QueryParameter("bestuursniveau", "Bestuursniveau.")]
    [QueryParameter("gebied", "Gebied.")]
    [QueryParameter("pagina", "Paginanummer, vanaf 1.")]
    [Antwoord(200, typeof(ZoekAntwoord))]
    [Problemen(400)]
    [Function("ZoekDiensten")]
    public async Task<IActionResult> Zoek(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "diensten")] HttpRequest req)
    {
        var q = req.Query;
        var opdracht = new Zoekopdracht(q["q"], q["type"], q["thema"], q["bestuursniveau"], q["gebied"], q["pagina"]);
        var resultaat = DienstZoeker.Zoek(await catalogus.HuidigAsync(req.HttpContext.RequestAborted), opdracht);
        return JsonAntwoord.Ok(ZoekAntwoord.Van(resultaat));
    }

    [Openbaar]
    [Antwoord(200, typeof(VLoket.Domain.Diensten.Model.Dienst))]
    [Problemen(404)]
    [Function("LeesDienst")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "diensten/{productnummer}")] HttpRequest req, string productnummer)
    {
        var dienst = (await catalogus.HuidigAsync(req.HttpContext.RequestAborted)).Zoek(productnummer)
            ?? throw new NietGevondenFout("Deze dienst bestaat niet in de catalogus.");
        return JsonAntwoord.Ok(dienst);
    }
}
