using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain.Verenigingen.Registratie;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Verenigingen;

/// <summary>Body of <c>POST /api/verenigingen/kbo</c>.</summary>
public sealed record KboRegistratieInvoer(string? KboNummer);

/// <summary>
/// Adds an association with legal personality from KBO, for someone who holds a function in it at KBO. When the vzw is
/// in the loket already, that person joins its representatives (a vzw is never locked by whoever claimed it first).
/// </summary>
public sealed class KboRegistratieFunction(RegistratieDienst registratie)
{
    [Verzoek(typeof(KboRegistratieInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(201, typeof(VerenigingAntwoord))]
    [Antwoord(200, typeof(VerenigingAntwoord), Beschrijving = "De vereniging stond al in het loket; je bent nu (ook) vertegenwoordiger.")]
    [Antwoord(403, typeof(Probleem), Beschrijving = "Je hebt volgens de KBO geen functie in deze onderneming.")]
    [Problemen(400, 401, 404, 409, 503)]
    [Function("RegistreerUitKbo")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/kbo")] HttpRequest req)
    {
        var gebruiker = req.VereisGebruiker();
        var invoer = await JsonBody.LeesAsync<KboRegistratieInvoer>(req);
        var r = await registratie.RegistreerUitKboAsync(invoer.KboNummer, gebruiker, req.HttpContext.RequestAborted);
        // A join stores its change of representatives with an outbox row; the sweeper passes it on to agencies.
        return VerenigingAntwoorden.Vereniging(r.Vereniging, gebruiker, r.Nieuw ? StatusCodes.Status201Created : StatusCodes.Status200OK)
            .MetHeader("Location", VerenigingAntwoorden.Locatie(r.Vereniging.Waarde.VCode));
    }
}
