using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Delen;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Orchestrations.Delen;

namespace VLoket.Functions.Beheer;

/// <summary>
/// Operators' handling of deliveries to agencies that got stuck (listed in <c>GET /api/beheer/overzicht</c> as
/// <c>vastgelopenLeveringen</c>). Only for the <c>beheerder</c> role; everyone else gets 404. See docs/operations.md.
/// </summary>
public sealed class LeveringBeheerFunctions(GegevensdelingRepository leveringen)
{
    [Function("BeheerLeveringOpnieuw")]
    [Verzoek(typeof(BeheerActieInvoer), Verplicht = false, MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(202, typeof(Gegevensdeling), Beschrijving = "De levering wordt opnieuw geprobeerd; het logboek toont het resultaat.")]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder, of onbekende levering.")]
    [Antwoord(409, typeof(Probleem), Beschrijving = "Deze levering is niet vastgelopen.")]
    public async Task<IActionResult> Opnieuw(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "beheer/leveringen/{leveringId}/opnieuw")] HttpRequest req, string leveringId,
        [DurableClient] DurableTaskClient client)
    {
        WorkflowBeheer.VereisBeheerder(req);
        var ct = req.HttpContext.RequestAborted;
        string? reden = req.ContentLength is > 0 ? (await JsonBody.LeesAsync<BeheerActieInvoer>(req)).Reden : null;
        if (await leveringen.VastgelopenAsync(leveringId, ct) is not { } levering)
        {
            // A delivery id is "{wijzigingId}-{ovoCode}"; the change's workflow tells whether the delivery ever existed.
            // An id without a change part ("-1") names none: the durable client refuses an empty instance id.
            string wijzigingId = leveringId.Split('-', 2)[0];
            throw wijzigingId.Length == 0 || await client.GetInstanceAsync(wijzigingId, getInputsAndOutputs: false, ct) is null
                ? new NietGevondenFout("Deze levering bestaat niet.")
                : new ConflictFout("Deze levering is niet vastgelopen; er valt niets opnieuw te proberen.");
        }

        // The change's workflow waits for this event after a failed round of this delivery, and tries again at once.
        await client.RaiseEventAsync(levering.WijzigingId, LeveringEvents.OpnieuwVoor(levering.OvoCode), reden ?? "Opnieuw gevraagd door een beheerder.", ct);
        return new JsonAntwoord(StatusCodes.Status202Accepted, levering);
    }
}
