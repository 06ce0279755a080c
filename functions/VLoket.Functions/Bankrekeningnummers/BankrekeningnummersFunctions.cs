using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Regels;
using VLoket.Functions.Verenigingen;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Http;

namespace VLoket.Functions.Bankrekeningnummers;

/// <summary>Adding, changing and removing the bankrekeningnummers of an association. Every write needs If-Match.</summary>
public sealed class BankrekeningnummersFunctions(Onderdelen onderdelen)
{
    [Verzoek(typeof(BankrekeningnummerInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(201, typeof(VerenigingAntwoord), Beschrijving = "Toegevoegd; de vereniging met het nieuwe onderdeel.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("BankrekeningnummerToevoegen")]
    public Task<IActionResult> Toevoegen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/bankrekeningnummers")] HttpRequest req, string vCode, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<BankrekeningnummerInvoer?>(req, client, vCode, OnderdeelWijzigingen.BankrekeningnummerToevoegen, toevoegen: true);

    [Verzoek(typeof(BankrekeningnummerInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("BankrekeningnummerWijzigen")]
    public Task<IActionResult> Wijzigen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "verenigingen/{vCode}/bankrekeningnummers/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<BankrekeningnummerInvoer?>(req, client, vCode, (v, invoer) => OnderdeelWijzigingen.BankrekeningnummerWijzigen(v, Onderdelen.Id(id, "Dit rekeningnummer"), invoer));

    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("BankrekeningnummerVerwijderen")]
    public Task<IActionResult> Verwijderen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "verenigingen/{vCode}/bankrekeningnummers/{id}")] HttpRequest req, string vCode, string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.ZonderInvoerAsync(req, client, vCode, v => OnderdeelWijzigingen.BankrekeningnummerVerwijderen(v, Onderdelen.Id(id, "Dit rekeningnummer")));
}
