using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Meldingen;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Beheer;

/// <summary>A mail that kept failing, as operators see it: ids and the kind of failure, no address or name.</summary>
public sealed record VastgelopenMail(string VCode, string Sleutel, string Soort, string? DossierId, int Pogingen, string? LaatsteFout, DateTimeOffset Tijdstip);

public sealed record VastgelopenMailLijst(List<VastgelopenMail> Mails);

/// <summary>The mail that is back in the outbox.</summary>
public sealed record VastgelopenMailOpnieuw(string VCode, string Sleutel);

/// <summary>
/// What a sweep of the service windows did: window moments announced, associations judged, outbox rows written, entries
/// of the municipality index read, associations read in full (entries without a stored profile), days swept (today and
/// the days missed since the last sweep).
/// </summary>
public sealed record DienstvensterRonde(int Diensten, int Verenigingen, int Mails, int IndexRijen, int Gelezen, int Dagen);

/// <summary>What filling in the index's province entries did: associations read, entries added.</summary>
public sealed record GebiedsindexAangevuld(int Gelezen, int Toegevoegd);

/// <summary>
/// Operators' handling of mails that kept failing ("poison"): list them, and send one again once the mail server works.
/// Only for the <c>beheerder</c> role; everyone else gets 404. See docs/operations.md.
/// </summary>
public sealed class MailBeheerFunctions(VastgelopenMails vastgelopen, DienstvensterVeger vensters, GebiedsindexAanvulling gebiedsindex)
{
    [Antwoord(200, typeof(VastgelopenMailLijst))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder.")]
    [Function("BeheerVastgelopenMails")]
    public async Task<IActionResult> Lijst(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "beheer/mails/vastgelopen")] HttpRequest req)
    {
        WorkflowBeheer.VereisBeheerder(req);
        var lijst = await vastgelopen.LijstAsync(req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(new VastgelopenMailLijst(lijst.Select(m =>
            new VastgelopenMail(m.VCode, m.Sleutel, m.Soort.ToString(), m.DossierId, m.Pogingen, m.LaatsteFout, m.Tijdstip)).ToList()));
    }

    [ZonderVerzoek]
    [Antwoord(202, typeof(VastgelopenMailOpnieuw), Beschrijving = "De mail staat weer klaar om te versturen; wie ze al kreeg, krijgt ze niet opnieuw.")]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder, of geen vastgelopen mail met deze sleutel.")]
    [Function("BeheerMailOpnieuw")]
    public async Task<IActionResult> Opnieuw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/mails/vastgelopen/{vCode}/{sleutel}/opnieuw")] HttpRequest req,
        string vCode, string sleutel)
    {
        WorkflowBeheer.VereisBeheerder(req);
        return await vastgelopen.OpnieuwAsync(vCode, sleutel, req.HttpContext.RequestAborted)
            ? new JsonAntwoord(StatusCodes.Status202Accepted, new VastgelopenMailOpnieuw(vCode, sleutel))
            : throw new NietGevondenFout("Er is geen vastgelopen mail met deze sleutel.");
    }

    /// <summary>Runs today's sweep of the service windows now (after an outage of the daily timer); a second run sends nothing twice.</summary>
    [ZonderVerzoek]
    [Antwoord(200, typeof(DienstvensterRonde))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder.")]
    [Function("BeheerDienstvensters")]
    public async Task<IActionResult> Dienstvensters(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/meldingen/dienstvensters")] HttpRequest req)
    {
        WorkflowBeheer.VereisBeheerder(req);
        var ronde = await vensters.VeegAsync(req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(new DienstvensterRonde(ronde.Diensten, ronde.Verenigingen, ronde.Mails, ronde.IndexRijen, ronde.Gelezen, ronde.Dagen));
    }

    /// <summary>
    /// Once after the upgrade of 7 December 2026: gives associations stored before it the index entries of their
    /// provincial werkingsgebieden, so the window sweep finds them; a second run adds nothing.
    /// </summary>
    [ZonderVerzoek]
    [Antwoord(200, typeof(GebiedsindexAangevuld))]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder.")]
    [Function("BeheerGebiedsindex")]
    public async Task<IActionResult> Gebiedsindex(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/meldingen/gebiedsindex")] HttpRequest req)
    {
        WorkflowBeheer.VereisBeheerder(req);
        var resultaat = await gebiedsindex.VulAanAsync(req.HttpContext.RequestAborted);
        return JsonAntwoord.Ok(new GebiedsindexAangevuld(resultaat.Gelezen, resultaat.Toegevoegd));
    }
}
