using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Diensten.Import;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Diensten;

/// <summary>
/// Imports services (IPDC-shaped JSON array) into the catalogue: operators (role <c>beheerder</c>) only. Anyone else,
/// signed in or not, gets 404, so the route does not reveal itself. Answers 200 with a result per item.
/// </summary>
public sealed class DienstImportFunction(DienstImport import)
{
    [Verzoek(typeof(List<DienstInvoer>))]
    [Antwoord(200, typeof(ImportResultaat))]
    [Problemen(400, 401, 404)]
    [Function("ImporteerDiensten")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/diensten/import")] HttpRequest req)
    {
        if (req.Aanvrager() is not { IsBeheerder: true })
        {
            throw new NietGevondenFout("Deze pagina bestaat niet.");
        }

        byte[] body = await JsonBody.LeesBytesAsync(req);
        return JsonAntwoord.Ok(await import.ImporteerAsync(body, req.HttpContext.RequestAborted));
    }
}
