using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Meldingen;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Meldingen;

/// <summary>One kind of mail and how the signed-in representative receives it.</summary>
public sealed record MailVoorkeur(string Soort, string Naam, string Keuze, bool ActieNodig);

public sealed record MailVoorkeurenAntwoord(string VCode, List<MailVoorkeur> Voorkeuren);

/// <summary>Choices by kind (<c>Vraag</c>, <c>Beslissing</c>, …): <c>Onmiddellijk</c>, <c>Dagelijks</c> or <c>Geen</c>.</summary>
public sealed record MailVoorkeurenInvoer([MaxLength(10)] Dictionary<string, string>? Voorkeuren);

/// <summary>What an unsubscribe link did or would do.</summary>
public sealed record AfmeldAntwoord(string VCode, string Soort, string Naam, string Keuze);

/// <summary>
/// The signed-in representative's mail preferences per kind, and the one-click unsubscribe of RFC 8058 that each mail
/// links to (no sign-in: the token names the person, association and kind, signed by the loket).
/// </summary>
public sealed class MeldingFunctions(VerenigingDienst verenigingen, MailVoorkeuren voorkeuren, AfmeldToken afmeldToken)
{
    [Antwoord(200, typeof(MailVoorkeurenAntwoord))]
    [Problemen(401, 404)]
    [Function("MailVoorkeurenLezen")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/meldingen/voorkeuren")] HttpRequest req, string vCode)
    {
        var (code, id) = await MijnIdAsync(req, vCode);
        return JsonAntwoord.Ok(Antwoord(code, await voorkeuren.LeesAsync(code, id, req.HttpContext.RequestAborted)));
    }

    [Verzoek(typeof(MailVoorkeurenInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(200, typeof(MailVoorkeurenAntwoord))]
    [Problemen(400, 401, 404)]
    [Function("MailVoorkeurenZetten")]
    public async Task<IActionResult> Zet(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "verenigingen/{vCode}/meldingen/voorkeuren")] HttpRequest req, string vCode)
    {
        var (code, id) = await MijnIdAsync(req, vCode);
        var invoer = await JsonBody.LeesAsync<MailVoorkeurenInvoer>(req);
        return JsonAntwoord.Ok(Antwoord(code, await voorkeuren.ZetAsync(code, id, invoer.Voorkeuren ?? [], req.HttpContext.RequestAborted)));
    }

    [Openbaar]
    [QueryParameter("token", "het token uit de afmeldlink van de e-mail")]
    [Antwoord(200, typeof(AfmeldAntwoord), Beschrijving = "Wat afmelden zou doen; er verandert niets.")]
    [Problemen(400)]
    [Function("AfmeldenBekijken")]
    public IActionResult Bekijk(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "meldingen/afmelden")] HttpRequest req)
    {
        var a = Afmelding(req);
        var keuze = MailSoorten.Geldend(a.Soort, MailKeuze.Geen);
        return JsonAntwoord.Ok(new AfmeldAntwoord(a.VCode, a.Soort.ToString(), MailSoorten.Naam(a.Soort), keuze.ToString()));
    }

    /// <summary>RFC 8058: the mail client posts <c>List-Unsubscribe=One-Click</c>; "Actie nodig" kinds go to the daily digest instead.</summary>
    [Openbaar]
    [ZonderVerzoek]
    [QueryParameter("token", "het token uit de afmeldlink van de e-mail")]
    [Antwoord(200, typeof(AfmeldAntwoord), Beschrijving = "Afgemeld voor deze soort berichten (of voortaan in de dagelijkse bundel).")]
    [Problemen(400)]
    [Function("Afmelden")]
    public async Task<IActionResult> Afmelden(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "meldingen/afmelden")] HttpRequest req)
    {
        var a = Afmelding(req);
        var na = await voorkeuren.ZetAsync(a.VCode, a.VertegenwoordigerId, new Dictionary<string, string> { [a.Soort.ToString()] = nameof(MailKeuze.Geen) },
            req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(new AfmeldAntwoord(a.VCode, a.Soort.ToString(), MailSoorten.Naam(a.Soort), na[a.Soort].ToString()));
    }

    Afmelding Afmelding(HttpRequest req) =>
        afmeldToken.Lees(req.Query["token"]) ?? throw new DomeinFout("token", "Deze afmeldlink is ongeldig. Beheer je voorkeuren in het loket.");

    async Task<(string VCode, int Id)> MijnIdAsync(HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        // Anyone who is not a representative is told the association does not exist.
        var v = (await verenigingen.LeesAsync(vCode, gebruiker, req.HttpContext.RequestAborted)).Waarde;
        return (v.VCode, v.Vertegenwoordigers.First(w => w.Insz == gebruiker.Insz.Value).VertegenwoordigerId);
    }

    static MailVoorkeurenAntwoord Antwoord(string vCode, IReadOnlyDictionary<MailSoort, MailKeuze> keuzes) =>
        new(vCode, MailSoorten.Instelbaar.Select(s => new MailVoorkeur(s.ToString(), MailSoorten.Naam(s), keuzes[s].ToString(), MailSoorten.ActieNodig.Contains(s))).ToList());
}
