using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain.Diensten;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;

namespace VLoket.Functions.Diensten;

/// <summary>
/// The association's tailored overview of services, for its representatives (anyone else gets 404).
/// Query: <c>type</c>, <c>thema</c>, and <c>open=true</c> for only what can be applied for now.
/// </summary>
public sealed class AanbodFunction(AanbodDienst aanbod)
{
    [Function("VerenigingAanbod")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/aanbod")] HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        bool alleenOpen = string.Equals(req.Query["open"], "true", StringComparison.OrdinalIgnoreCase);
        var resultaat = await aanbod.AanbodAsync(vCode, gebruiker, req.Query["type"], req.Query["thema"], alleenOpen, req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(AanbodAntwoord.Van(resultaat));
    }
}
