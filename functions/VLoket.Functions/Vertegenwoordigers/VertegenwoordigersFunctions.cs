using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Verenigingen;

namespace VLoket.Functions.Vertegenwoordigers;

/// <summary>Adding, changing and removing the vertegenwoordigers of an association. Every write needs If-Match.</summary>
public sealed class VertegenwoordigersFunctions(Onderdelen onderdelen) : OnderdeelFunctions<VertegenwoordigerInvoer>(onderdelen, new(
    "Deze vertegenwoordiger", OnderdeelWijzigingen.VertegenwoordigerToevoegen, OnderdeelWijzigingen.VertegenwoordigerWijzigen, OnderdeelWijzigingen.VertegenwoordigerVerwijderen))
{
    const string Lijst = "verenigingen/{vCode}/vertegenwoordigers";

    [Verzoek(typeof(VertegenwoordigerInvoer), MaxBytes = Limieten.OnderdeelVerzoek)]
    [Antwoord(201, typeof(VerenigingAntwoord), Beschrijving = Toegevoegd)]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [VersieWijziging]
    [Function("VertegenwoordigerToevoegen")]
    public Task<IActionResult> Toevoegen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Lijst)] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) =>
        ToevoegenAsync(req, vCode, client);

    [Verzoek(typeof(VertegenwoordigerInvoer), MaxBytes = Limieten.OnderdeelVerzoek)]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [VersieWijziging]
    [Function("VertegenwoordigerWijzigen")]
    public Task<IActionResult> Wijzigen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = Lijst + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        WijzigenAsync(req, vCode, id, client);

    [Antwoord(200, typeof(VerenigingAntwoord))]
    [VersieWijziging]
    [Function("VertegenwoordigerVerwijderen")]
    public Task<IActionResult> Verwijderen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Lijst + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        VerwijderenAsync(req, vCode, id, client);
}
