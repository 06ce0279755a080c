using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Verenigingen;

namespace VLoket.Functions.Locaties;

/// <summary>Adding, changing and removing the locaties of an association. Every write needs If-Match.</summary>
public sealed class LocatiesFunctions(Onderdelen onderdelen) : OnderdeelFunctions<LocatieInvoer>(onderdelen, new(
    "Deze locatie", OnderdeelWijzigingen.LocatieToevoegen, OnderdeelWijzigingen.LocatieWijzigen, OnderdeelWijzigingen.LocatieVerwijderen))
{
    const string Lijst = "verenigingen/{vCode}/locaties";

    [Verzoek(typeof(LocatieInvoer), MaxBytes = Limieten.OnderdeelVerzoek)]
    [Antwoord(201, typeof(VerenigingAntwoord), Beschrijving = Toegevoegd)]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [VersieWijziging]
    [Function("LocatieToevoegen")]
    public Task<IActionResult> Toevoegen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Lijst)] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) =>
        ToevoegenAsync(req, vCode, client);

    [Verzoek(typeof(LocatieInvoer), MaxBytes = Limieten.OnderdeelVerzoek)]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [VersieWijziging]
    [Function("LocatieWijzigen")]
    public Task<IActionResult> Wijzigen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = Lijst + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        WijzigenAsync(req, vCode, id, client);

    [Antwoord(200, typeof(VerenigingAntwoord))]
    [VersieWijziging]
    [Function("LocatieVerwijderen")]
    public Task<IActionResult> Verwijderen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Lijst + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        VerwijderenAsync(req, vCode, id, client);
}
