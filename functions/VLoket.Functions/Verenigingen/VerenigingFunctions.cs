using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Domain.Verenigingen.Registratie;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Verenigingen;

/// <summary>Body of <c>POST /api/verenigingen/{vCode}/stop</c>.</summary>
public sealed record StopInvoer(string? Einddatum);

/// <summary>An association's change history, newest first as the store gives it.</summary>
public sealed record HistoriekAntwoord(string VCode, IReadOnlyList<HistoriekItem> Historiek);

/// <summary>The associations the signed-in person represents.</summary>
public sealed record MijnVerenigingenAntwoord(IReadOnlyList<MijnVereniging> Verenigingen);

/// <summary>Registering, reading and changing an association, and its history.</summary>
public sealed class VerenigingFunctions(RegistratieDienst registratie, VerenigingDienst verenigingen, Onderdelen onderdelen)
{
    public const string BevestigingsHeader = "VL-Bevestigingstoken";

    [Verzoek(typeof(RegistratieInvoer), MaxBytes = Limieten.RegistratieVerzoek)]
    [HeaderParameter(VerenigingFunctions.BevestigingsHeader, "Bevestigt een registratie ondanks mogelijke duplicaten (uit het 409-antwoord).")]
    [Antwoord(201, typeof(VerenigingAntwoord))]
    [Problemen(400, 401, 409)]
    [Function("RegistreerVereniging")]
    public async Task<IActionResult> Registreer(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen")] HttpRequest req)
    {
        var gebruiker = req.VereisGebruiker();
        byte[] body = await JsonBody.LeesBytesAsync(req);
        var invoer = JsonBody.Lees<RegistratieInvoer>(body);
        var resultaat = await registratie.RegistreerAsync(invoer, body, req.Headers[BevestigingsHeader], gebruiker, req.HttpContext.RequestAborted);
        return VerenigingAntwoorden.Vereniging(resultaat.Vereniging, gebruiker, StatusCodes.Status201Created)
            .MetHeader("Location", VerenigingAntwoorden.Locatie(resultaat.Vereniging.Waarde.VCode));
    }

    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Problemen(401, 404)]
    [Function("LeesVereniging")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}")] HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        return VerenigingAntwoorden.Vereniging(await verenigingen.LeesAsync(vCode, gebruiker, req.HttpContext.RequestAborted), gebruiker);
    }

    [Verzoek(typeof(BasisgegevensInvoer), MaxBytes = Limieten.OnderdeelVerzoek)]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [VersieWijziging]
    [Function("WijzigBasisgegevens")]
    public Task<IActionResult> WijzigBasisgegevens(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "verenigingen/{vCode}")] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<BasisgegevensInvoer>(req, client, vCode, (v, invoer) => BasisWijzigingen.Basisgegevens(v, invoer, onderdelen.Vandaag));

    [Verzoek(typeof(StopInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [VersieWijziging]
    [Function("StopVereniging")]
    public Task<IActionResult> Stop(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/stop")] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<StopInvoer>(req, client, vCode, (v, invoer) => BasisWijzigingen.Stop(v, invoer.Einddatum, onderdelen.Vandaag));

    [Antwoord(200, typeof(HistoriekAntwoord), Beschrijving = "De wijzigingen van de vereniging.")]
    [Problemen(401, 404)]
    [Function("VerenigingHistoriek")]
    public async Task<IActionResult> Historiek(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/historiek")] HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        var items = await verenigingen.HistoriekAsync(vCode, gebruiker, req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(new HistoriekAntwoord(vCode.ToUpperInvariant(), items));
    }

    [Antwoord(200, typeof(MijnVerenigingenAntwoord), Beschrijving = "De verenigingen van de aangemelde gebruiker.")]
    [Problemen(401)]
    [Function("MijnVerenigingen")]
    public async Task<IActionResult> Mijn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "mijn/verenigingen")] HttpRequest req)
    {
        var gebruiker = req.VereisGebruiker();
        return JsonAntwoord.Ok(new MijnVerenigingenAntwoord(await verenigingen.MijnVerenigingenAsync(gebruiker, req.HttpContext.RequestAborted)));
    }
}
