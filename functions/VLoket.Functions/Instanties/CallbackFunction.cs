using Azure;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Instanties;
using VLoket.Domain.Storage;
using VLoket.Functions.Http;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Instanties;

/// <summary>What the loket did with an agency's callback; <see cref="Reden"/> says why it was not applied.</summary>
public sealed record CallbackOntvangen(string EventId, bool Toegepast, string? Reden = null);

/// <summary>
/// <c>POST /api/instanties/{ovoCode}/callbacks</c>: an agency reports a status change, signed with its secret.
/// A bad or missing signature (401), a malformed body (400) or an unknown dossier (404) changes nothing;
/// an event id is applied once, however often the agency sends it.
/// </summary>
public sealed class CallbackFunction(InstantieRegister instanties, Tabellen tabellen, TimeProvider klok)
{
    public const string Tabel = "InstantieCallbacks";

    [Openbaar]
    [Verzoek(typeof(StatusWijziging))]
    [HeaderParameter(Handtekening.Header, "HMAC-handtekening van de instantie over tijdstip en body.")]
    [Antwoord(202, typeof(CallbackOntvangen), Beschrijving = "De statuswijziging is doorgegeven (toegepast: true).")]
    [Antwoord(200, typeof(CallbackOntvangen), Beschrijving = "Deze gebeurtenis was al ontvangen (toegepast: false, met de reden).")]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Function("InstantieCallback")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "instanties/{ovoCode}/callbacks")] HttpRequest req, string ovoCode,
        [DurableClient] DurableTaskClient client)
    {
        var instantie = instanties.Zoek(ovoCode);
        byte[] body = await JsonBody.LeesBytesAsync(req);
        if (instantie is null || !Handtekening.Klopt(req.Headers[Handtekening.Header], instantie.Geheim, body, klok.GetUtcNow()))
        {
            return Probleem.NietAangemeldInstantie();
        }

        var wijziging = Lees(body);
        var ct = req.HttpContext.RequestAborted;
        var instance = await client.GetInstanceAsync(wijziging.DossierId, getInputsAndOutputs: true, ct);
        if (instance is null || instance.ReadInputAs<AanvraagOpdracht>()?.OvoCode != instantie.OvoCode)
        {
            return Probleem.NietGevonden("Dit dossier is niet gekend bij het loket voor deze instantie.");
        }

        var tabel = await tabellen.TabelAsync(Tabel);
        if ((await tabel.GetEntityIfExistsAsync<TableEntity>(instantie.OvoCode, wijziging.EventId, cancellationToken: ct)).HasValue)
        {
            return JsonAntwoord.Ok(new CallbackOntvangen(wijziging.EventId, false, "al ontvangen"));
        }

        // Raise first, then remember: a crash in between makes the agency's retry raise again, and the workflow
        // itself applies each event id once.
        await client.RaiseEventAsync(wijziging.DossierId, AanvraagEvents.Status, wijziging, ct);
        try
        {
            await tabel.AddEntityAsync(new TableEntity(instantie.OvoCode, wijziging.EventId) { ["DossierId"] = wijziging.DossierId }, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // A concurrent delivery of the same event; the workflow ignores the second one.
        }

        return new JsonAntwoord(StatusCodes.Status202Accepted, new CallbackOntvangen(wijziging.EventId, true));
    }

    static StatusWijziging Lees(byte[] body)
    {
        var wijziging = JsonBody.Lees<StatusWijziging>(body);
        var fouten = new FoutVerzamelaar();
        if (string.IsNullOrWhiteSpace(wijziging.EventId))
        {
            fouten.Voeg("eventId", "Elke statuswijziging heeft een eventId.");
        }

        if (string.IsNullOrWhiteSpace(wijziging.DossierId))
        {
            fouten.Voeg("dossierId", "De dossierId ontbreekt.");
        }

        if (string.IsNullOrWhiteSpace(wijziging.ZaakId))
        {
            fouten.Voeg("zaakId", "De zaakId ontbreekt.");
        }

        if (wijziging.Fase is not ("Ingediend" or "InBehandeling" or "ActieNodig" or "Goedgekeurd" or "Afgekeurd" or "Geannuleerd"))
        {
            fouten.Voeg("fase", "Onbekende fase.");
        }

        if (string.IsNullOrWhiteSpace(wijziging.Label))
        {
            fouten.Voeg("label", "Het label ontbreekt.");
        }

        fouten.GooiAlsFouten();
        return wijziging;
    }
}
