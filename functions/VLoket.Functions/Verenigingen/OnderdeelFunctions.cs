using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Functions.Verenigingen;

/// <summary>
/// One kind of part of an association (contactgegeven, locatie, vertegenwoordiger, bankrekeningnummer): the domain's
/// three changes for it and how a missing one is named ("Deze locatie"), which is all its routes differ in.
/// </summary>
public sealed record Onderdeelsoort<TInvoer>(
    string Wat,
    Func<Vereniging, TInvoer?, Wijziging> Toevoegen,
    Func<Vereniging, int, TInvoer?, Wijziging> Wijzigen,
    Func<Vereniging, int, Wijziging> Verwijderen)
    where TInvoer : class;

/// <summary>
/// The shared shape of a part's routes: add (POST, 201), change (PATCH) and remove (DELETE), every one under If-Match.
/// A derived class only declares its three <c>[Function]</c>s, with their own routes and attributes, and calls these.
/// </summary>
public abstract class OnderdeelFunctions<TInvoer>(Onderdelen onderdelen, Onderdeelsoort<TInvoer> soort)
    where TInvoer : class
{
    /// <summary>What the 201 of an add route means, for its <c>[Antwoord]</c>.</summary>
    protected const string Toegevoegd = "Toegevoegd; de vereniging met het nieuwe onderdeel.";

    /// <summary>Adds a part from the body; 201 with the association.</summary>
    protected Task<IActionResult> ToevoegenAsync(HttpRequest req, string vCode, DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<TInvoer?>(req, client, vCode, soort.Toevoegen, toevoegen: true);

    /// <summary>Takes the body's fields over part <paramref name="id"/>.</summary>
    protected Task<IActionResult> WijzigenAsync(HttpRequest req, string vCode, string id, DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<TInvoer?>(req, client, vCode, (v, invoer) => soort.Wijzigen(v, Onderdelen.Id(id, soort.Wat), invoer));

    /// <summary>Removes part <paramref name="id"/>.</summary>
    protected Task<IActionResult> VerwijderenAsync(HttpRequest req, string vCode, string id, DurableTaskClient client) =>
        onderdelen.ZonderInvoerAsync(req, client, vCode, v => soort.Verwijderen(v, Onderdelen.Id(id, soort.Wat)));
}
