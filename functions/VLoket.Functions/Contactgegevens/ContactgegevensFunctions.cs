using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Functions.Verenigingen;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Http;

namespace VLoket.Functions.Contactgegevens;

/// <summary>Adding, changing and removing the contactgegevens of an association. Every write needs If-Match.</summary>
public sealed class ContactgegevensFunctions(Onderdelen onderdelen)
{
    [Verzoek(typeof(ContactgegevenInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(201, typeof(VerenigingAntwoord), Beschrijving = "Toegevoegd; de vereniging met het nieuwe onderdeel.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("ContactgegevenToevoegen")]
    public Task<IActionResult> Toevoegen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/contactgegevens")] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<ContactgegevenInvoer?>(req, client, vCode, OnderdeelWijzigingen.ContactgegevenToevoegen, toevoegen: true);

    [Verzoek(typeof(ContactgegevenInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("ContactgegevenWijzigen")]
    public Task<IActionResult> Wijzigen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "verenigingen/{vCode}/contactgegevens/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<ContactgegevenInvoer?>(req, client, vCode, (v, invoer) => OnderdeelWijzigingen.ContactgegevenWijzigen(v, Onderdelen.Id(id, "Dit contactgegeven"), invoer));

    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("ContactgegevenVerwijderen")]
    public Task<IActionResult> Verwijderen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "verenigingen/{vCode}/contactgegevens/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.ZonderInvoerAsync(req, client, vCode, v => OnderdeelWijzigingen.ContactgegevenVerwijderen(v, Onderdelen.Id(id, "Dit contactgegeven")));
}
