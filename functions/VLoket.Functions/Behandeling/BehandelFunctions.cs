using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Behandeling;
using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Behandeling.Opslag;
using VLoket.Domain.Privacy;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Behandeling;

/// <summary>The agencies a case worker works for in the behandelloket.</summary>
public sealed record BehandelInstantie(string OvoCode, string Naam, string Rol);

public sealed record BehandelInstanties(string MedewerkerId, string Naam, IReadOnlyList<BehandelInstantie> Instanties);

public sealed record Collegas(string OvoCode, IReadOnlyList<Collega> Items);

/// <summary>
/// The behandelloket's back office for case workers (<c>/api/behandeling/…</c>): the inbox, the case view and what a case
/// worker does with a case. Thin: the rights come from the role claim (<c>behandelaar:{ovo}</c>,
/// <c>teamverantwoordelijke:{ovo}</c>); anyone without one for the agency gets 404 on every route.
/// </summary>
public sealed class BehandelFunctions(BehandelDienst behandeling, DossierWorkflowFabriek workflows, BehandelFunctions.Aanmelding aanmelding)
{
    /// <summary>The signed-in case worker; their id is an HMAC of the INSZ, so no INSZ reaches a case, a stock or a log.</summary>
    public sealed class Aanmelding(InszSleutel sleutel)
    {
        public Medewerker Medewerker(HttpRequest req)
        {
            var gebruiker = req.VereisGebruiker();
            return new Medewerker(sleutel.Hash(gebruiker.Insz), gebruiker.VolledigeNaam,
                VLoket.Domain.Behandeling.Model.Medewerker.RechtenUit(req.VereisAanvrager().Rollen));
        }
    }

    public const int StandaardPaginaGrootte = 50;

    [Antwoord(200, typeof(BehandelInstanties))]
    [Problemen(401, 404)]
    [Function("BehandelInstanties")]
    public IActionResult Instanties(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "behandeling/instanties")] HttpRequest req)
    {
        var medewerker = Medewerker(req);
        var lijst = behandeling.Instanties(medewerker);
        return lijst.Count == 0
            ? throw new NietGevondenFout("Deze pagina bestaat niet.")
            : JsonAntwoord.Ok(new BehandelInstanties(medewerker.Id, medewerker.Naam,
                lijst.Select(i => new BehandelInstantie(i.OvoCode, i.Naam, medewerker.Rechten[i.OvoCode])).ToList()));
    }

    [QueryParameter("toestand", "nieuw|in-behandeling|wacht-op-vereniging|beslist|geannuleerd")]
    [QueryParameter("dienst", "productnummer van de dienst")]
    [QueryParameter("fase", "fase van het dossier, zoals InBehandeling")]
    [QueryParameter("gemeente", "gemeente van de vereniging")]
    [QueryParameter("zoek", "naam of vCode van de vereniging")]
    [QueryParameter("aantal", "aanvragen per pagina (1-200, standaard 50)")]
    [QueryParameter("vervolg", "vervolgtoken van de vorige pagina")]
    [Antwoord(200, typeof(Inboxpagina))]
    [Problemen(400, 401, 404)]
    [Function("BehandelInbox")]
    public async Task<IActionResult> Inbox(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "behandeling/{ovoCode}/inbox")] HttpRequest req, string ovoCode)
    {
        var q = req.Query;
        int aantal = StandaardPaginaGrootte;
        if (!string.IsNullOrEmpty(q["aantal"]) && !int.TryParse(q["aantal"], NumberStyles.None, CultureInfo.InvariantCulture, out aantal))
        {
            throw new DomeinFout("aantal", $"Geef een geheel getal van 1 tot {BehandelzaakOpslag.MaxPaginaGrootte}.");
        }

        var filter = new Inboxfilter(Kort(q["toestand"], "toestand"), Kort(q["dienst"], "dienst"), Kort(q["fase"], "fase"),
            Kort(q["gemeente"], "gemeente"), Kort(q["zoek"], "zoek"));
        return JsonAntwoord.Ok(await behandeling.InboxAsync(Medewerker(req), ovoCode, filter, aantal, q["vervolg"], req.HttpContext.RequestAborted));
    }

    [Antwoord(200, typeof(Collegas))]
    [Problemen(401, 404)]
    [Function("BehandelCollegas")]
    public async Task<IActionResult> LijstCollegas(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "behandeling/{ovoCode}/collegas")] HttpRequest req, string ovoCode) =>
        JsonAntwoord.Ok(new Collegas(ovoCode, await behandeling.CollegasAsync(Medewerker(req), ovoCode, req.HttpContext.RequestAborted)));

    [Antwoord(200, typeof(Zaakbeeld), Beschrijving = "De aanvraag; elke opening staat in het gegevensdelingslog van de vereniging.")]
    [Problemen(401, 404)]
    [Function("BehandelZaak")]
    public async Task<IActionResult> Zaak(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "behandeling/{ovoCode}/zaken/{dossierId}")] HttpRequest req,
        string ovoCode, string dossierId) =>
        JsonAntwoord.Ok(await behandeling.OpenAsync(Medewerker(req), ovoCode, dossierId, req.HttpContext.RequestAborted));

    [Antwoord(200, typeof(Stream), ContentType = "application/octet-stream", Beschrijving = "De inhoud van het document, met zijn eigen content type.")]
    [Problemen(401, 404)]
    [Function("BehandelDocument")]
    public async Task<IActionResult> Document(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "behandeling/{ovoCode}/zaken/{dossierId}/documenten/{documentId}")] HttpRequest req,
        string ovoCode, string dossierId, string documentId)
    {
        var (info, inhoud) = await behandeling.DocumentAsync(Medewerker(req), ovoCode, dossierId, documentId, req.HttpContext.RequestAborted);
        req.HttpContext.Response.Headers["X-Content-Type-Options"] = "nosniff";
        return new FileContentResult(inhoud, info.ContentType) { FileDownloadName = info.Naam };
    }

    [ZonderVerzoek]
    [Antwoord(200, typeof(Zaakbeeld))]
    [Problemen(400, 401, 404, 412)]
    [Function("BehandelNeem")]
    public async Task<IActionResult> Neem(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "behandeling/{ovoCode}/zaken/{dossierId}/nemen")] HttpRequest req,
        string ovoCode, string dossierId, [DurableClient] DurableTaskClient client) =>
        JsonAntwoord.Ok(await behandeling.NeemAsync(Medewerker(req), ovoCode, dossierId, workflows.Voor(client), req.HttpContext.RequestAborted));

    [Verzoek(typeof(ToewijzingInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(200, typeof(Zaakbeeld))]
    [Problemen(400, 401, 404, 412)]
    [Function("BehandelToewijzen")]
    public async Task<IActionResult> WijsToe(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "behandeling/{ovoCode}/zaken/{dossierId}/toewijzen")] HttpRequest req,
        string ovoCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var medewerker = Medewerker(req);
        var invoer = await JsonBody.LeesAsync<ToewijzingInvoer>(req);
        return JsonAntwoord.Ok(await behandeling.WijsToeAsync(medewerker, ovoCode, dossierId, invoer, workflows.Voor(client), req.HttpContext.RequestAborted));
    }

    [Verzoek(typeof(VraagInvoer), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(200, typeof(Zaakbeeld))]
    [Problemen(400, 401, 404, 412)]
    [Function("BehandelVraag")]
    public async Task<IActionResult> Vraag(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "behandeling/{ovoCode}/zaken/{dossierId}/vragen")] HttpRequest req,
        string ovoCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var medewerker = Medewerker(req);
        var invoer = await JsonBody.LeesAsync<VraagInvoer>(req);
        return JsonAntwoord.Ok(await behandeling.VraagAsync(medewerker, ovoCode, dossierId, invoer, workflows.Voor(client), req.HttpContext.RequestAborted));
    }

    [Verzoek(typeof(BeslissingInvoer))]
    [Antwoord(200, typeof(Zaakbeeld))]
    [Problemen(400, 401, 404, 412)]
    [Function("BehandelBeslis")]
    public async Task<IActionResult> Beslis(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "behandeling/{ovoCode}/zaken/{dossierId}/beslissen")] HttpRequest req,
        string ovoCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var medewerker = Medewerker(req);
        var invoer = await JsonBody.LeesAsync<BeslissingInvoer>(req);
        return JsonAntwoord.Ok(await behandeling.BeslisAsync(medewerker, ovoCode, dossierId, invoer, workflows.Voor(client), req.HttpContext.RequestAborted));
    }

    [ZonderVerzoek]
    [Antwoord(200, typeof(Zaakbeeld))]
    [Problemen(400, 401, 404, 412)]
    [Function("BehandelHeropen")]
    public async Task<IActionResult> Heropen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "behandeling/{ovoCode}/zaken/{dossierId}/heropenen")] HttpRequest req,
        string ovoCode, string dossierId, [DurableClient] DurableTaskClient client) =>
        JsonAntwoord.Ok(await behandeling.HeropenAsync(Medewerker(req), ovoCode, dossierId, workflows.Voor(client), req.HttpContext.RequestAborted));

    Medewerker Medewerker(HttpRequest req) => aanmelding.Medewerker(req);

    static string? Kort(string? waarde, string veld) =>
        waarde is { Length: > 200 } ? throw new DomeinFout(veld, "Hoogstens 200 tekens.") : string.IsNullOrWhiteSpace(waarde) ? null : waarde.Trim();
}
