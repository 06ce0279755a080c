using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain.Diensten;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Diensten;

/// <summary>
/// The association's tailored overview of services, for its representatives (anyone else gets 404).
/// Query: <c>type</c>, <c>thema</c>, and <c>open=true</c> for only what can be applied for now.
/// </summary>
public sealed class AanbodFunction(AanbodDienst aanbod, DossierRepository dossiers)
{
    [QueryParameter("type", "Type dienst.")]
    [QueryParameter("thema", "Thema.")]
    [QueryParameter("open", "true: enkel diensten die nu open staan.")]
    [Antwoord(200, typeof(AanbodAntwoord))]
    [Problemen(400, 401, 404)]
    [Function("VerenigingAanbod")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/aanbod")] HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        bool alleenOpen = string.Equals(req.Query["open"], "true", StringComparison.OrdinalIgnoreCase);
        var resultaat = await aanbod.AanbodAsync(vCode, gebruiker, req.Query["type"], req.Query["thema"], alleenOpen, req.HttpContext.RequestAborted);
        // Read after the access check in AanbodAsync: only a representative gets here.
        var fasen = (await dossiers.VanVerenigingAsync(resultaat.Vereniging.VCode, req.HttpContext.RequestAborted))
            .GroupBy(d => d.Productnummer)
            .ToDictionary(g => g.Key, g => g.MaxBy(d => d.AangemaaktOp)!.Status.Fase);
        return JsonAntwoord.Ok(AanbodAntwoord.Van(resultaat, fasen));
    }
}
