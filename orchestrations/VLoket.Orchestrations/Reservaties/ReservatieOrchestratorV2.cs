using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Dossiers;

namespace VLoket.Orchestrations.Reservaties;

/// <summary>
/// One reservation of rooms or material: check what is free, hold it at the agency, then wait for the association to
/// confirm before the hold lapses. Confirmed: dossier Goedgekeurd. Confirmed while the lending service has still to approve
/// (the agency answers <see cref="ReservatieStatussen.TerGoedkeuring"/>): the dossier waits for its decision, no longer for
/// the hold's expiry, and ends Goedgekeurd or Afgekeurd with its reason. An approval before the confirmation is noted and
/// the confirmation then simply confirms; a refusal before it ends the dossier. Lapsed: dossier Verlopen and the hold
/// cancelled at the agency to be sure. Cancelled by the association, at any time before the end: cancelled at the agency,
/// dossier Geannuleerd.
/// </summary>
/// <remarks>
/// Version 2: it replaces <see cref="V1.ReservatieOrchestrator"/>, which knew no approval. Deterministic: time from the
/// context, durable timers, all I/O in activities; its history holds ids only (a decision's reason is read by the step that
/// applies it). Decisions arrive as the <see cref="DossierEvents.Status"/> event, from an agency's signed callback and from
/// the behandelloket alike (no branch for either); while it waits for approval it also reads the reservation now and then,
/// often for an agency without callbacks and <see cref="AanvraagOrchestratorV2.VangnetFactor"/> times less often for one
/// with, so a lost report cannot stall the dossier. Waiting for approval ends with the loan's first day: not approved by
/// then, the reservation lapses.
/// </remarks>
public sealed class ReservatieOrchestratorV2 : TaskOrchestrator<ReservatieWorkflow, ReservatieUitkomst>
{
    public override Task<ReservatieUitkomst> RunAsync(TaskOrchestrationContext context, ReservatieWorkflow opdracht) =>
        ReservatieStappen.VerloopAsync(context, opdracht.Spoor(), voortgang => VerloopAsync(context, opdracht, voortgang));

    /// <summary>What the workflow listens for while it runs.</summary>
    sealed class Gebeurtenissen(Task<string> annuleren, Task<string> bevestigen)
    {
        public Task<string> Annuleren { get; } = annuleren;

        public Task<string> Bevestigen { get; } = bevestigen;

        /// <summary>The next report of the agency; a new one is awaited after each.</summary>
        public Task<string>? Melding { get; set; }

        /// <summary>Reports applied so far: each event id once, whatever the agency or the network repeats.</summary>
        public HashSet<string> Verwerkt { get; } = new(StringComparer.Ordinal);
    }

    static async Task<ReservatieUitkomst> VerloopAsync(TaskOrchestrationContext context, ReservatieWorkflow opdracht, ReservatieStappen.Voortgang voortgang)
    {
        var herhaling = DossierRegels.Herhaling(opdracht.Pogingen);
        var spoor = opdracht.Spoor();
        // Listened for from the start, so a cancellation while the hold is being placed is not lost.
        var luister = new Gebeurtenissen(context.WaitForExternalEvent<string>(DossierEvents.Annuleer), context.WaitForExternalEvent<string>(DossierEvents.Bevestig));
        var (reservatie, afgesloten) = await ReservatieStappen.HoudVastAsync(context, spoor, opdracht.OvoCode, opdracht.Indiening(), voortgang, herhaling);
        if (reservatie is null)
        {
            return afgesloten!;
        }

        var vraag = new ReservatieVraag(opdracht.OvoCode, reservatie.ReservatieId, spoor, MetGoedkeuring: true);
        using var timerStop = new CancellationTokenSource();
        var verlopen = context.CreateTimer(reservatie.VervaltOp.UtcDateTime, timerStop.Token);
        while (true)
        {
            luister.Melding ??= context.WaitForExternalEvent<string>(DossierEvents.Status);
            var eerst = await Task.WhenAny(luister.Bevestigen, luister.Annuleren, verlopen, luister.Melding);
            if (eerst == luister.Annuleren)
            {
                timerStop.Cancel();
                return await ReservatieStappen.GeannuleerdAsync(context, spoor, vraag, herhaling, luister.Annuleren.Result);
            }

            if (eerst == luister.Melding)
            {
                if (await MeldingAsync(context, opdracht, vraag, luister, bevestigd: false, herhaling) is { } geweigerd)
                {
                    timerStop.Cancel();
                    return geweigerd;
                }

                continue;
            }

            if (eerst == verlopen)
            {
                return await ReservatieStappen.VervallenAsync(context, spoor, vraag, reservatie, herhaling);
            }

            timerStop.Cancel();
            var bevestigd = await context.CallActivityAsync<Reservatie?>(nameof(BevestigBijInstantie), vraag, herhaling);
            if (bevestigd?.Status == ReservatieStatussen.TerGoedkeuring)
            {
                return await WachtOpGoedkeuringAsync(context, opdracht, vraag, luister, herhaling);
            }

            if (bevestigd is not null)
            {
                return await ReservatieStappen.AfsluitenAsync(context, spoor, Fasen.Goedgekeurd, ReservatieGoedkeuring.BevestigdLabel,
                    $"{Wat(opdracht)} is voor je vereniging gereserveerd.", reservatie.ReservatieId);
            }

            // Not confirmed: refused by the lending service (a report that did not reach us, or an agency without
            // callbacks), or lapsed.
            return await BeslistAsync(context, opdracht, vraag, null, bevestigd: false, herhaling)
                ?? await ReservatieStappen.VervallenAsync(context, spoor, vraag, reservatie, herhaling);
        }
    }

    /// <summary>
    /// Confirmed, not yet approved: the dossier waits for the lending service (nothing asked of the association, no
    /// lapse), reads the reservation now and then, and ends with its decision, a cancellation, or when the loan's first day is over.
    /// </summary>
    static async Task<ReservatieUitkomst> WachtOpGoedkeuringAsync(TaskOrchestrationContext context, ReservatieWorkflow opdracht, ReservatieVraag vraag,
        Gebeurtenissen luister, TaskOptions herhaling)
    {
        var spoor = opdracht.Spoor();
        await context.CallActivityAsync<bool>(nameof(WerkDossierBij), new DossierBijwerking(
            opdracht.VCode, opdracht.DossierId, context.CurrentUtcDateTime, Fasen.InBehandeling, ReservatieGoedkeuring.WachtLabel,
            ReservatieGoedkeuring.Wacht(Wat(opdracht)), false, null, vraag.ReservatieId, Traceparent: opdracht.Traceparent), herhaling);
        // Approval can still come on the loan's first day, not after it.
        var einde = opdracht.Van.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        int pollSeconden = opdracht.EerstePollSeconden;
        while (true)
        {
            using var timerStop = new CancellationTokenSource();
            var volgende = context.CurrentUtcDateTime.AddSeconds(opdracht.Modus == Modi.Callback ? pollSeconden * AanvraagOrchestratorV2.VangnetFactor : pollSeconden);
            var timer = context.CreateTimer(volgende < einde ? volgende : einde, timerStop.Token);
            luister.Melding ??= context.WaitForExternalEvent<string>(DossierEvents.Status);
            var eerst = await Task.WhenAny(luister.Annuleren, luister.Melding, timer);
            if (eerst != timer)
            {
                timerStop.Cancel();
            }

            if (eerst == luister.Annuleren)
            {
                return await ReservatieStappen.GeannuleerdAsync(context, spoor, vraag, herhaling, luister.Annuleren.Result);
            }

            var uitkomst = eerst == luister.Melding
                ? await MeldingAsync(context, opdracht, vraag, luister, bevestigd: true, herhaling)
                : await BeslistAsync(context, opdracht, vraag, null, bevestigd: true, herhaling);
            if (uitkomst is not null)
            {
                return uitkomst;
            }

            if (eerst == timer && context.CurrentUtcDateTime >= einde)
            {
                await context.CallActivityAsync<Reservatie>(nameof(AnnuleerReservatie), vraag, herhaling);
                return await ReservatieStappen.AfsluitenAsync(context, spoor, Fasen.Verlopen, "Niet op tijd goedgekeurd",
                    $"De uitleendienst besliste niet over {Wat(opdracht)} voor de eerste dag voorbij was; de reservatie is vervallen.", vraag.ReservatieId);
            }

            if (eerst == timer)
            {
                pollSeconden = Math.Min(pollSeconden * 2, opdracht.MaxPollSeconden);
            }
        }
    }

    /// <summary>Applies the agency's report that just arrived (each event id once); the outcome when it ended the dossier.</summary>
    static Task<ReservatieUitkomst?> MeldingAsync(TaskOrchestrationContext context, ReservatieWorkflow opdracht, ReservatieVraag vraag, Gebeurtenissen luister,
        bool bevestigd, TaskOptions herhaling)
    {
        string eventId = luister.Melding!.Result;
        luister.Melding = null;
        return luister.Verwerkt.Add(eventId)
            ? BeslistAsync(context, opdracht, vraag, eventId, bevestigd, herhaling)
            : Task.FromResult<ReservatieUitkomst?>(null);
    }

    /// <summary>
    /// Applies the lending service's decision (from the report <paramref name="eventId"/>, or read at the agency) to the
    /// dossier; the outcome when it ended the dossier: refused, or approved after the association confirmed.
    /// </summary>
    static async Task<ReservatieUitkomst?> BeslistAsync(TaskOrchestrationContext context, ReservatieWorkflow opdracht, ReservatieVraag vraag, string? eventId,
        bool bevestigd, TaskOptions herhaling)
    {
        string? uitkomst = await context.CallActivityAsync<string?>(nameof(VerwerkGoedkeuring), new GoedkeuringStap(
            opdracht.DossierId, opdracht.VCode, opdracht.OvoCode, vraag.ReservatieId, eventId, bevestigd, Wat(opdracht), opdracht.Spoor()), herhaling);
        return uitkomst switch
        {
            Fasen.Afgekeurd => new ReservatieUitkomst(Fasen.Afgekeurd, ReservatieGoedkeuring.GeweigerdLabel, vraag.ReservatieId),
            Fasen.Goedgekeurd when bevestigd => new ReservatieUitkomst(Fasen.Goedgekeurd, ReservatieGoedkeuring.BevestigdLabel, vraag.ReservatieId),
            _ => null,
        };
    }

    static string Wat(ReservatieWorkflow o) => ReservatieStappen.Wat(o.Materiaal, o.Aantal, o.Van, o.Tot);
}
