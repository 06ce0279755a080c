using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Functions.Verenigingen;

namespace VLoket.Functions.Locaties;

/// <summary>Adding, changing and removing the locaties of an association. Every write needs If-Match.</summary>
public sealed class LocatiesFunctions(Onderdelen onderdelen)
{
    [Function("LocatieToevoegen")]
    public Task<IActionResult> Toevoegen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/locaties")] HttpRequest req, string vCode) =>
        onderdelen.MetInvoerAsync<LocatieInvoer?>(req, vCode, OnderdeelWijzigingen.LocatieToevoegen, toevoegen: true);

    [Function("LocatieWijzigen")]
    public Task<IActionResult> Wijzigen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "verenigingen/{vCode}/locaties/{id}")] HttpRequest req, string vCode, string id) =>
        onderdelen.MetInvoerAsync<LocatieInvoer?>(req, vCode, (v, invoer) => OnderdeelWijzigingen.LocatieWijzigen(v, Onderdelen.Id(id, "Deze locatie"), invoer));

    [Function("LocatieVerwijderen")]
    public Task<IActionResult> Verwijderen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "verenigingen/{vCode}/locaties/{id}")] HttpRequest req, string vCode, string id) =>
        onderdelen.ZonderInvoerAsync(req, vCode, v => OnderdeelWijzigingen.LocatieVerwijderen(v, Onderdelen.Id(id, "Deze locatie")));
}
