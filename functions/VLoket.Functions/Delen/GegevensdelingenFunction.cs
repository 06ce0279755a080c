using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Delen;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Delen;

/// <summary>The association's log of deliveries of its changes to agencies ("once only"), newest first, paged.</summary>
public sealed class GegevensdelingenFunction(VerenigingDienst verenigingen, GegevensdelingRepository leveringen)
{
    public const int StandaardPaginaGrootte = 20;

    [QueryParameter("aantal", "aantal leveringen per pagina (1-100, standaard 20)")]
    [QueryParameter("vervolg", "vervolgtoken van de vorige pagina")]
    [Antwoord(200, typeof(GegevensdelingPagina))]
    [Problemen(400, 401, 404)]
    [Function("VerenigingGegevensdelingen")]
    public async Task<IActionResult> Lijst(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/gegevensdelingen")] HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        // Only representatives see the log; everyone else is told the association does not exist.
        var vereniging = await verenigingen.LeesAsync(vCode, gebruiker, req.HttpContext.RequestAborted);
        int aantal = StandaardPaginaGrootte;
        string? tekst = req.Query["aantal"];
        if (!string.IsNullOrEmpty(tekst) && !int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out aantal))
        {
            throw new DomeinFout("aantal", $"Geef een geheel getal van 1 tot {GegevensdelingRepository.MaxPaginaGrootte}.");
        }

        return JsonAntwoord.Ok(await leveringen.PaginaAsync(vereniging.Waarde.VCode, aantal, req.Query["vervolg"], req.HttpContext.RequestAborted));
    }
}
