using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Regels;
using static Microsoft.Azure.Functions.Worker.AuthorizationLevel;

namespace VLoket.Functions.Verenigingen;

/// <summary>
/// The routes of an association's parts — contactgegevens, locaties, vertegenwoordigers and bankrekeningnummers —: add
/// (POST, 201), change (PATCH) and remove (DELETE), every one a write under If-Match. Each route is its own function, one
/// line each, grouped by what it does; the parts differ only in their <see cref="Onderdeelsoort{TInvoer}"/>, the work is
/// <see cref="Onderdelen"/>'s and the promises <see cref="OnderdeelAttribute"/>'s.
/// </summary>
public sealed class OnderdeelRoutes(Onderdelen onderdelen)
{
    const string C = "verenigingen/{vCode}/contactgegevens", L = "verenigingen/{vCode}/locaties", V = "verenigingen/{vCode}/vertegenwoordigers", B = "verenigingen/{vCode}/bankrekeningnummers";

    static readonly Onderdeelsoort<ContactgegevenInvoer> Contactgegeven = new("Dit contactgegeven", OnderdeelWijzigingen.ContactgegevenToevoegen, OnderdeelWijzigingen.ContactgegevenWijzigen, OnderdeelWijzigingen.ContactgegevenVerwijderen);
    static readonly Onderdeelsoort<LocatieInvoer> Locatie = new("Deze locatie", OnderdeelWijzigingen.LocatieToevoegen, OnderdeelWijzigingen.LocatieWijzigen, OnderdeelWijzigingen.LocatieVerwijderen);
    static readonly Onderdeelsoort<VertegenwoordigerInvoer> Vertegenwoordiger = new("Deze vertegenwoordiger", OnderdeelWijzigingen.VertegenwoordigerToevoegen, OnderdeelWijzigingen.VertegenwoordigerWijzigen, OnderdeelWijzigingen.VertegenwoordigerVerwijderen);
    static readonly Onderdeelsoort<BankrekeningnummerInvoer> Bankrekeningnummer = new("Dit rekeningnummer", OnderdeelWijzigingen.BankrekeningnummerToevoegen, OnderdeelWijzigingen.BankrekeningnummerWijzigen, OnderdeelWijzigingen.BankrekeningnummerVerwijderen);

    // Add a part: the body is the new part.
    [Function("ContactgegevenToevoegen"), Onderdeel("Contactgegevens", typeof(ContactgegevenInvoer), Toevoegen = true)] public Task<IActionResult> ContactgegevenToevoegen([HttpTrigger(Anonymous, "post", Route = C)] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) => onderdelen.ToevoegenAsync(req, vCode, client, Contactgegeven);
    [Function("LocatieToevoegen"), Onderdeel("Locaties", typeof(LocatieInvoer), Toevoegen = true)] public Task<IActionResult> LocatieToevoegen([HttpTrigger(Anonymous, "post", Route = L)] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) => onderdelen.ToevoegenAsync(req, vCode, client, Locatie);
    [Function("VertegenwoordigerToevoegen"), Onderdeel("Vertegenwoordigers", typeof(VertegenwoordigerInvoer), Toevoegen = true)] public Task<IActionResult> VertegenwoordigerToevoegen([HttpTrigger(Anonymous, "post", Route = V)] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) => onderdelen.ToevoegenAsync(req, vCode, client, Vertegenwoordiger);
    [Function("BankrekeningnummerToevoegen"), Onderdeel("Bankrekeningnummers", typeof(BankrekeningnummerInvoer), Toevoegen = true)] public Task<IActionResult> BankrekeningnummerToevoegen([HttpTrigger(Anonymous, "post", Route = B)] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) => onderdelen.ToevoegenAsync(req, vCode, client, Bankrekeningnummer);

    // Change part {id}: the body's fields replace the part's.
    [Function("ContactgegevenWijzigen"), Onderdeel("Contactgegevens", typeof(ContactgegevenInvoer))] public Task<IActionResult> ContactgegevenWijzigen([HttpTrigger(Anonymous, "patch", Route = C + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) => onderdelen.WijzigenAsync(req, vCode, id, client, Contactgegeven);
    [Function("LocatieWijzigen"), Onderdeel("Locaties", typeof(LocatieInvoer))] public Task<IActionResult> LocatieWijzigen([HttpTrigger(Anonymous, "patch", Route = L + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) => onderdelen.WijzigenAsync(req, vCode, id, client, Locatie);
    [Function("VertegenwoordigerWijzigen"), Onderdeel("Vertegenwoordigers", typeof(VertegenwoordigerInvoer))] public Task<IActionResult> VertegenwoordigerWijzigen([HttpTrigger(Anonymous, "patch", Route = V + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) => onderdelen.WijzigenAsync(req, vCode, id, client, Vertegenwoordiger);
    [Function("BankrekeningnummerWijzigen"), Onderdeel("Bankrekeningnummers", typeof(BankrekeningnummerInvoer))] public Task<IActionResult> BankrekeningnummerWijzigen([HttpTrigger(Anonymous, "patch", Route = B + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) => onderdelen.WijzigenAsync(req, vCode, id, client, Bankrekeningnummer);

    // Remove part {id}: no body.
    [Function("ContactgegevenVerwijderen"), Onderdeel("Contactgegevens")] public Task<IActionResult> ContactgegevenVerwijderen([HttpTrigger(Anonymous, "delete", Route = C + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) => onderdelen.VerwijderenAsync(req, vCode, id, client, Contactgegeven);
    [Function("LocatieVerwijderen"), Onderdeel("Locaties")] public Task<IActionResult> LocatieVerwijderen([HttpTrigger(Anonymous, "delete", Route = L + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) => onderdelen.VerwijderenAsync(req, vCode, id, client, Locatie);
    [Function("VertegenwoordigerVerwijderen"), Onderdeel("Vertegenwoordigers")] public Task<IActionResult> VertegenwoordigerVerwijderen([HttpTrigger(Anonymous, "delete", Route = V + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) => onderdelen.VerwijderenAsync(req, vCode, id, client, Vertegenwoordiger);
    [Function("BankrekeningnummerVerwijderen"), Onderdeel("Bankrekeningnummers")] public Task<IActionResult> BankrekeningnummerVerwijderen([HttpTrigger(Anonymous, "delete", Route = B + "/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) => onderdelen.VerwijderenAsync(req, vCode, id, client, Bankrekeningnummer);
}
