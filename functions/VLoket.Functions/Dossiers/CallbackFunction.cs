using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Dossiers;

/// <summary>
/// <c>POST /api/instanties/{ovoCode}/callbacks</c>: an agency reports a status change, signed with its secret.
/// A bad or missing signature (401), a malformed body (400) or an unknown dossier (404) changes nothing;
/// an event id is applied once, however often the agency sends it.
/// </summary>
public sealed class CallbackFunction(InstantieRegister instanties, DossierDienst dossiers, DossierWorkflowFabriek workflows, TimeProvider klok)
{
    [Openbaar]
    [Verzoek(typeof(StatusWijziging))]
    [HeaderParameter(Handtekening.Header, "HMAC-handtekening van de instantie over tijdstip en body.")]
    [Antwoord(202, typeof(MeldingOntvangst), Beschrijving = "De statuswijziging is doorgegeven (toegepast: true).")]
    [Antwoord(200, typeof(MeldingOntvangst), Beschrijving = "Deze gebeurtenis was al ontvangen (toegepast: false, met de reden).")]
    [Problemen(400, 401, 404, 409)]
    [Function("InstantieCallback")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "instanties/{ovoCode}/callbacks")] HttpRequest req, string ovoCode,
        [DurableClient] DurableTaskClient client)
    {
        var instantie = instanties.Zoek(ovoCode);
        byte[] body = await JsonBody.LeesBytesAsync(req);
        if (instantie is null || !Handtekening.Klopt(req.Headers[Handtekening.Header], instantie.Geheim, body, klok.GetUtcNow()))
        {
            return Probleem.NietAangemeldInstantie();
        }

        var ontvangst = await dossiers.OntvangMeldingAsync(instantie, JsonBody.Lees<StatusWijziging>(body), workflows.Voor(client), req.HttpContext.RequestAborted);
        return ontvangst.Toegepast ? new JsonAntwoord(StatusCodes.Status202Accepted, ontvangst) : JsonAntwoord.Ok(ontvangst);
    }
}
