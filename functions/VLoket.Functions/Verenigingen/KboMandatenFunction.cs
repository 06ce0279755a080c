using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Mandaten;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Delen;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Verenigingen;

/// <summary>
/// <c>POST /api/verenigingen/{vCode}/kbo/mandaten/vernieuwen</c>: reads the vzw's functions from KBO again. Whoever's
/// function ended loses access (the history says why); new function holders are noted. No If-Match: the refresh writes
/// only what KBO says, so it cannot overwrite anyone's edit.
/// </summary>
public sealed class KboMandatenFunction(MandaatDienst mandaten, DelingStarter deling)
{
    [ZonderVerzoek]
    [Antwoord(200, typeof(VerenigingAntwoord), Beschrijving = "De vereniging na het vernieuwen.")]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(403, typeof(Probleem), Beschrijving = "Je eigen functie bij de KBO is beëindigd: je bent geen vertegenwoordiger meer.")]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(503, typeof(Probleem))]
    [Function("KboMandatenVernieuwen")]
    public async Task<IActionResult> Vernieuwen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/kbo/mandaten/vernieuwen")] HttpRequest req,
        string vCode, [DurableClient] DurableTaskClient client)
    {
        var gebruiker = req.VereisGebruiker();
        var r = await mandaten.VernieuwAsync(vCode, gebruiker, req.HttpContext.RequestAborted);
        if (r.Uitgaand is { } uitgaand)
        {
            await deling.StartAsync(client, uitgaand, CancellationToken.None);
        }

        return VerenigingDienst.IsVertegenwoordiger(r.Vereniging.Waarde, gebruiker)
            ? VerenigingAntwoorden.Na(r, gebruiker)
            : Probleem.GeenToegang(MandaatDienst.MandaatBeeindigdMelding);
    }
}
