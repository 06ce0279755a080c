using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Uitnodigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Delen;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Verenigingen;

namespace VLoket.Functions.Vertegenwoordigers;

/// <summary>The signed-in person's open invitations.</summary>
public sealed record MijnUitnodigingenAntwoord(IReadOnlyList<MijnUitnodiging> Uitnodigingen);

/// <summary>
/// Co-representatives by invitation and consent: a representative invites (by INSZ or e-mail address) or withdraws;
/// the invited person sees the invitation after signing in and accepts or declines; a representative can leave.
/// </summary>
public sealed class UitnodigingenFunctions(Onderdelen onderdelen, VerenigingDienst verenigingen, UitnodigingDienst uitnodigingen, DelingStarter deling)
{
    [Verzoek(typeof(UitnodigingInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(201, typeof(VerenigingAntwoord), Beschrijving = "Uitgenodigd; de vereniging met de open uitnodiging.")]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("Uitnodigen")]
    public Task<IActionResult> Uitnodigen(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/uitnodigingen")] HttpRequest req, string vCode,
        [DurableClient] DurableTaskClient client) =>
        onderdelen.MetInvoerAsync<UitnodigingInvoer?>(req, client, vCode, UitnodigingRegels.Uitnodigen, toevoegen: true);

    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(200, typeof(VerenigingAntwoord))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("UitnodigingIntrekken")]
    public Task<IActionResult> Intrekken(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "verenigingen/{vCode}/uitnodigingen/{id}")] HttpRequest req, string vCode,
        string id, [DurableClient] DurableTaskClient client) =>
        onderdelen.ZonderInvoerAsync(req, client, vCode, v => UitnodigingRegels.Intrekken(v, Onderdelen.Id(id, "Deze uitnodiging")));

    [Antwoord(200, typeof(MijnUitnodigingenAntwoord))]
    [Antwoord(401, typeof(Probleem))]
    [Function("MijnUitnodigingen")]
    public async Task<IActionResult> Mijn(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "mijn/uitnodigingen")] HttpRequest req) =>
        JsonAntwoord.Ok(new MijnUitnodigingenAntwoord(await uitnodigingen.MijnUitnodigingenAsync(req.VereisGebruiker(), req.HttpContext.RequestAborted)));

    [ZonderVerzoek]
    [Antwoord(200, typeof(VerenigingAntwoord), Beschrijving = "Aanvaard; je bent nu vertegenwoordiger.")]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Function("UitnodigingAanvaarden")]
    public async Task<IActionResult> Aanvaarden(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "mijn/uitnodigingen/{vCode}/{id}/aanvaarden")] HttpRequest req, string vCode,
        string id, [DurableClient] DurableTaskClient client)
    {
        var gebruiker = req.VereisGebruiker();
        var r = await uitnodigingen.AanvaardenAsync(vCode, Onderdelen.Id(id, "Deze uitnodiging"), gebruiker, req.HttpContext.RequestAborted);
        await DeelAsync(client, r);
        return VerenigingAntwoorden.Na(r, gebruiker);
    }

    [ZonderVerzoek]
    [Antwoord(204, null)]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Function("UitnodigingWeigeren")]
    public async Task<IActionResult> Weigeren(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "mijn/uitnodigingen/{vCode}/{id}/weigeren")] HttpRequest req, string vCode, string id)
    {
        await uitnodigingen.WeigerenAsync(vCode, Onderdelen.Id(id, "Deze uitnodiging"), req.VereisGebruiker(), req.HttpContext.RequestAborted);
        return new NoContentResult();
    }

    [Verzoek(typeof(VertrekInvoer))]
    [HeaderParameter("If-Match", "ETag van de vereniging zoals laatst gelezen.")]
    [Antwoord(204, null, Beschrijving = "Vertrokken; je hebt geen toegang meer tot de vereniging.")]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(412, typeof(Probleem))]
    [Antwoord(428, typeof(Probleem))]
    [Function("VertegenwoordigingVerlaten")]
    public async Task<IActionResult> Vertrekken(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/vertegenwoordigers/mij/vertrekken")] HttpRequest req,
        string vCode, [DurableClient] DurableTaskClient client)
    {
        var gebruiker = req.VereisGebruiker();
        var invoer = await JsonBody.LeesAsync<VertrekInvoer?>(req);
        var r = await verenigingen.WijzigAsync(vCode, req.Headers.IfMatch, gebruiker, v => UitnodigingRegels.Vertrekken(v, gebruiker, invoer),
            req.HttpContext.RequestAborted);
        await DeelAsync(client, r);
        return new NoContentResult();
    }

    // The change is stored already (outbox row included); scheduling must not be cut short by the client going away.
    Task DeelAsync(DurableTaskClient client, Wijzigingsresultaat r) =>
        r.Uitgaand is { } uitgaand ? deling.StartAsync(client, uitgaand, CancellationToken.None) : Task.CompletedTask;
}
