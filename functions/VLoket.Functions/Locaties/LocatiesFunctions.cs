using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Functions.Verenigingen;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Http;

namespace VLoket.Functions.Locaties;

/// <summary>Adding, changing and removing the locaties of an association. Every write needs If-Match.</summary>
public sealed class LocatiesFunctions(Onderdelen onderdelen)
{
    [Verzoek(typeof(LocatieInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(201, typeof(VerenigingAntwoord), Beschrijving = "Toegevoegd; de vereniging met het nieuwe onderdeel.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("LocatieToevoegen")]
    public Task<IActionResult> Toevoegen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/locaties")] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<LocatieInvoer?>(req, client, vCode, OnderdeelWijzigingen.LocatieToevoegen, toevoegen: true);

    [Verzoek(typeof(LocatieInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("LocatieWijzigen")]
    public Task<IActionResult> Wijzigen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "verenigingen/{vCode}/locaties/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<LocatieInvoer?>(req, client, vCode, (v, invoer) => OnderdeelWijzigingen.LocatieWijzigen(v, Onderdelen.Id(id, "Deze locatie"), invoer));

    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("LocatieVerwijderen")]
    public Task<IActionResult> Verwijderen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "verenigingen/{vCode}/locaties/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.ZonderInvoerAsync(req, client, vCode, v => OnderdeelWijzigingen.LocatieVerwijderen(v, Onderdelen.Id(id, "Deze locatie")));
}
