using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Delen;
using VLoket.Functions.Http;

namespace VLoket.Functions.Verenigingen;

/// <summary>
/// What the write routes of an association share (basic data, stop, contactgegevens, locaties, vertegenwoordigers,
/// bankrekeningnummers): sign-in, body, If-Match, answer, and scheduling the sharing of a change of shared fields with
/// agencies (should that fail, the outbox sweeper schedules it within minutes).
/// </summary>
public sealed class Onderdelen(VerenigingDienst verenigingen, DelingStarter deling)
{
    public DateOnly Vandaag => verenigingen.Vandaag;

    /// <summary>
    /// Reads the body as <typeparamref name="TInvoer"/>, applies the change and schedules its sharing with
    /// <paramref name="client"/> right after the write; answers the association (201 for an added part).
    /// </summary>
    public async Task<IActionResult> MetInvoerAsync<TInvoer>(
        HttpRequest req, DurableTaskClient client, string vCode, Func<Vereniging, TInvoer, Wijziging> wijziging, bool toevoegen = false)
    {
        var gebruiker = req.VereisGebruiker();
        var invoer = await JsonBody.LeesAsync<TInvoer>(req);
        var r = await verenigingen.WijzigAsync(vCode, req.Headers.IfMatch, gebruiker, v => wijziging(v, invoer), req.HttpContext.RequestAborted);
        await DeelAsync(client, r);
        var antwoord = VerenigingAntwoorden.Na(r, gebruiker);
        return toevoegen && r.Gewijzigd
            ? new JsonAntwoord(StatusCodes.Status201Created, antwoord.Inhoud).MetHeader("ETag", r.Vereniging.ETag)
                .MetHeader("Location", VerenigingAntwoorden.Locatie(r.Vereniging.Waarde.VCode))
            : antwoord;
    }

    public async Task<IActionResult> ZonderInvoerAsync(HttpRequest req, DurableTaskClient client, string vCode, Func<Vereniging, Wijziging> wijziging)
    {
        var gebruiker = req.VereisGebruiker();
        var r = await verenigingen.WijzigAsync(vCode, req.Headers.IfMatch, gebruiker, wijziging, req.HttpContext.RequestAborted);
        await DeelAsync(client, r);
        return VerenigingAntwoorden.Na(r, gebruiker);
    }

    /// <summary>Adds a part of kind <paramref name="soort"/> from the body; 201 with the association.</summary>
    public Task<IActionResult> ToevoegenAsync<TInvoer>(HttpRequest req, string vCode, DurableTaskClient client, Onderdeelsoort<TInvoer> soort)
        where TInvoer : class =>
        MetInvoerAsync<TInvoer?>(req, client, vCode, soort.Toevoegen, toevoegen: true);

    /// <summary>Takes the body's fields over part <paramref name="id"/>.</summary>
    public Task<IActionResult> WijzigenAsync<TInvoer>(HttpRequest req, string vCode, string id, DurableTaskClient client, Onderdeelsoort<TInvoer> soort)
        where TInvoer : class =>
        MetInvoerAsync<TInvoer?>(req, client, vCode, (v, invoer) => soort.Wijzigen(v, Id(id, soort.Wat), invoer));

    /// <summary>Removes part <paramref name="id"/>.</summary>
    public Task<IActionResult> VerwijderenAsync<TInvoer>(HttpRequest req, string vCode, string id, DurableTaskClient client, Onderdeelsoort<TInvoer> soort)
        where TInvoer : class =>
        ZonderInvoerAsync(req, client, vCode, v => soort.Verwijderen(v, Id(id, soort.Wat)));

    // The change is stored already (outbox row included); scheduling must not be cut short by the client going away.
    Task DeelAsync(DurableTaskClient client, Wijzigingsresultaat r) =>
        r.Uitgaand is { } uitgaand ? deling.StartAsync(client, uitgaand, CancellationToken.None) : Task.CompletedTask;

    /// <summary>A part id from the route; anything but a number is a part that does not exist.</summary>
    public static int Id(string id, string wat) =>
        int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int waarde)
            ? waarde
            : throw new NietGevondenFout($"{wat} bestaat niet.");
}
