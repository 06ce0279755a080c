using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Functions.Verenigingen;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Http;

namespace VLoket.Functions.Vertegenwoordigers;

/// <summary>Adding, changing and removing the vertegenwoordigers of an association. Every write needs If-Match.</summary>
public sealed class VertegenwoordigersFunctions(Onderdelen onderdelen)
{
    [Verzoek(typeof(VertegenwoordigerInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(201, typeof(VerenigingAntwoord), Beschrijving = "Toegevoegd; de vereniging met het nieuwe onderdeel.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("VertegenwoordigerToevoegen")]
    public Task<IActionResult> Toevoegen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/vertegenwoordigers")] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<VertegenwoordigerInvoer?>(req, client, vCode, OnderdeelWijzigingen.VertegenwoordigerToevoegen, toevoegen: true);

    [Verzoek(typeof(VertegenwoordigerInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("VertegenwoordigerWijzigen")]
    public Task<IActionResult> Wijzigen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "verenigingen/{vCode}/vertegenwoordigers/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<VertegenwoordigerInvoer?>(req, client, vCode, (v, invoer) => OnderdeelWijzigingen.VertegenwoordigerWijzigen(v, Onderdelen.Id(id, "Deze vertegenwoordiger"), invoer));

    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("VertegenwoordigerVerwijderen")]
    public Task<IActionResult> Verwijderen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "verenigingen/{vCode}/vertegenwoordigers/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.ZonderInvoerAsync(req, client, vCode, v => OnderdeelWijzigingen.VertegenwoordigerVerwijderen(v, Onderdelen.Id(id, "Deze vertegenwoordiger")));
}
