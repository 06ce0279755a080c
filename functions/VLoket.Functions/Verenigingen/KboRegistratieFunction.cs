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

/// <summary>Answer when the enterprise is already registered: only its vCode, its data is for its representatives.</summary>
public sealed record KboAlGeregistreerd(string VCode, bool AlGeregistreerd);

/// <summary>Registers an association with legal personality from KBO.</summary>
public sealed class KboRegistratieFunction(RegistratieDienst registratie)
{
    [Verzoek(typeof(KboRegistratieInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(201, typeof(VerenigingAntwoord))]
    [Antwoord(200, typeof(KboAlGeregistreerd), Beschrijving = "De onderneming is al geregistreerd.")]
    [Problemen(400, 401, 404, 409, 503)]
    [Function("RegistreerUitKbo")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/kbo")] HttpRequest req)
    {
        var gebruiker = req.VereisGebruiker();
        var invoer = await JsonBody.LeesAsync<KboRegistratieInvoer>(req);
        var r = await registratie.RegistreerUitKboAsync(invoer.KboNummer, gebruiker, req.HttpContext.RequestAborted);
        string locatie = VerenigingAntwoorden.Locatie(r.Vereniging.Waarde.VCode);
        // An existing registration only reveals its vCode: its data is for its representatives.
        return r.Nieuw
            ? VerenigingAntwoorden.Vereniging(r.Vereniging, gebruiker, StatusCodes.Status201Created).MetHeader("Location", locatie)
            : new JsonAntwoord(StatusCodes.Status200OK, new KboAlGeregistreerd(r.Vereniging.Waarde.VCode, true))
                .MetHeader("Location", locatie);
    }
}
