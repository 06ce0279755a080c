using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Model;
using VLoket.Orchestrations.Dossiers;
using VLoket.Domain.Instanties;

namespace VLoket.Orchestrations.Aanvragen.V1;

/// <summary>
/// Version 1 of the application workflow, kept so instances started before version 2 replay and end: its input and
/// events carry the answers, the known data and documents. New applications start <see cref="AanvraagOrchestratorV2"/>;
/// remove this file once <c>GET /api/beheer/workflows?naam=AanvraagOrchestrator</c> lists no running instance.
/// One application, from the loket to the competent agency and back: check the answers, gather what government already
/// knows (once only), submit (idempotent, retried), then follow the case — by callback or by polling — through questions
/// for the association, until a decision, a cancellation or the service's deadline.
/// </summary>
/// <remarks>Deterministic: time from the context, waiting with durable timers and events, all I/O in activities.</remarks>
public sealed class AanvraagOrchestrator : TaskOrchestrator<AanvraagOpdracht, AanvraagUitkomst>
{
    /// <summary>How much less often an agency with callbacks is read than one without.</summary>
    public const int VangnetFactor = 4;

    public override async Task<AanvraagUitkomst> RunAsync(TaskOrchestrationContext context, AanvraagOpdracht opdracht)
    {
        var fouten = await context.CallActivityAsync<List<VLoket.Domain.VeldFout>>(
            nameof(ControleerAntwoorden), new AntwoordenTeControleren(opdracht.Vragen, opdracht.Antwoorden, opdracht.Spoor()));
        if (fouten.Count > 0)
        {
            return await AfsluitenAsync(context, opdracht, Fasen.Afgekeurd, "Onvolledige aanvraag",
                "De aanvraag kon niet bezorgd worden: " + string.Join(" ", fouten.Select(f => f.Melding)));
        }

        // Once only: every question with a known source is filled in from that source, all at the same time.
        var gekend = await Task.WhenAll(opdracht.Vragen.Where(v => v.Bron is not null)
            .Select(v => context.CallActivityAsync<GekendGegeven?>(nameof(HaalGegevenOp), new GegevenVraag(opdracht.VCode, v.Bron!, opdracht.VertegenwoordigerId, opdracht.Spoor()))));
        var gegevens = gekend.OfType<GekendGegeven>().ToDictionary(g => g.Bron, g => g.Waarde);
        var herkomst = gekend.OfType<GekendGegeven>().ToDictionary(g => g.Bron, g => g.Herkomst);

        var annuleren = context.WaitForExternalEvent<string>(DossierEvents.Annuleer);
        Zaak zaak;
        try
        {
            zaak = await context.CallActivityAsync<Zaak>(nameof(DienAanvraagIn), new Indiening(opdracht.OvoCode,
                new AanvraagIndiening(opdracht.DossierId, opdracht.VCode, opdracht.Productnummer,
                    opdracht.Antwoorden.ToDictionary(a => a.Key, a => AntwoordTypes.Van(a.Value)), gegevens, opdracht.CallbackUrl), opdracht.Spoor()),
                DossierRegels.Herhaling(opdracht.Pogingen));
        }
        catch (TaskFailedException fout) when (DossierRegels.IsOnbereikbaar(fout))
        {
            await VertraagdAsync(context, opdracht, Fasen.Ingediend);
            throw;
        }
        catch (TaskFailedException fout)
        {
            return await AfsluitenAsync(context, opdracht, Fasen.Afgekeurd, "Niet bezorgd",
                "De instantie aanvaardde de aanvraag niet: " + fout.FailureDetails.ErrorMessage);
        }

        await WerkBijAsync(context, opdracht, zaak, gegevens, herkomst);
        return await VolgAsync(context, opdracht, zaak, annuleren);
    }

    async Task<AanvraagUitkomst> VolgAsync(TaskOrchestrationContext context, AanvraagOpdracht opdracht, Zaak zaak, Task<string> annuleren)
    {
        var verwerkt = new HashSet<string>(StringComparer.Ordinal);
        Task<StatusWijziging>? callback = null;
        Task<VerenigingAntwoord>? antwoord = null;
        int pollSeconden = opdracht.EerstePollSeconden;
        var herhaling = DossierRegels.Herhaling(opdracht.Pogingen);
        try
        {
            return await VolgLusAsync();
        }
        catch (TaskFailedException fout) when (DossierRegels.IsOnbereikbaar(fout))
        {
            // The case is safe at the agency; an operator restarts the workflow once the agency answers again, and the
            // restarted workflow finds the same case again through the idempotency key.
            await VertraagdAsync(context, opdracht, zaak.Fase);
            throw;
        }

        async Task<AanvraagUitkomst> VolgLusAsync()
        {
            while (!Fasen.IsAfgesloten(zaak.Fase))
            {
                using var timerStop = new CancellationTokenSource();
                // Agencies without callbacks are polled; agencies with callbacks are read now and then as well, less often,
                // so a callback lost in an outage of the loket (or sent to an old address) does not stall the dossier.
                DateTime wekker = opdracht.Uiterlijk;
                if (zaak.Fase != Fasen.ActieNodig)
                {
                    int seconden = opdracht.Modus == Modi.Callback ? pollSeconden * VangnetFactor : pollSeconden;
                    var volgendePoll = context.CurrentUtcDateTime.AddSeconds(seconden);
                    wekker = volgendePoll < wekker ? volgendePoll : wekker;
                }

                var timer = context.CreateTimer(wekker, timerStop.Token);
                var wachten = new List<Task> { timer, annuleren };
                if (opdracht.Modus == Modi.Callback)
                {
                    callback ??= context.WaitForExternalEvent<StatusWijziging>(DossierEvents.Status);
                    wachten.Add(callback);
                }

                if (zaak.Fase == Fasen.ActieNodig)
                {
                    antwoord ??= context.WaitForExternalEvent<VerenigingAntwoord>(DossierEvents.Antwoord);
                    wachten.Add(antwoord);
                }

                var eerst = await Task.WhenAny(wachten);
                if (eerst != timer)
                {
                    timerStop.Cancel();
                }

                if (eerst == annuleren)
                {
                    await context.CallActivityAsync<Zaak?>(nameof(AnnuleerBijInstantie), new ZaakVraag(opdracht.OvoCode, zaak.ZaakId, opdracht.Spoor()), herhaling);
                    return await AfsluitenAsync(context, opdracht, Fasen.Geannuleerd, "Geannuleerd door de vereniging", annuleren.Result);
                }

                if (eerst == callback)
                {
                    var wijziging = callback!.Result;
                    callback = null;
                    // Each event id is applied once, whatever the agency or the network repeats.
                    if (verwerkt.Add(wijziging.EventId) && wijziging.DossierId == opdracht.DossierId)
                    {
                        zaak = zaak with { Fase = wijziging.Fase, Label = wijziging.Label, Vraag = wijziging.Vraag, Beslissing = wijziging.Beslissing };
                        await WerkBijAsync(context, opdracht, zaak);
                    }

                    continue;
                }

                if (eerst == antwoord)
                {
                    var gegeven = antwoord!.Result;
                    antwoord = null;
                    zaak = await context.CallActivityAsync<Zaak>(nameof(StuurAntwoord),
                        new AntwoordAanInstantie(opdracht.OvoCode, zaak.ZaakId, gegeven.Antwoord, opdracht.Spoor()), herhaling);
                    await WerkBijAsync(context, opdracht, zaak, document: gegeven.Document, toelichting: $"Jullie antwoord: {gegeven.Antwoord}");
                    continue;
                }

                // The timer: the deadline, or time to poll.
                if (context.CurrentUtcDateTime >= opdracht.Uiterlijk)
                {
                    return await AfsluitenAsync(context, opdracht, Fasen.Verlopen, "Termijn verstreken",
                        "De instantie besliste niet binnen de termijn van deze dienst.");
                }

                var gelezen = await context.CallActivityAsync<Zaak>(nameof(LeesZaakStatus), new ZaakVraag(opdracht.OvoCode, zaak.ZaakId, opdracht.Spoor()), herhaling);
                pollSeconden = Math.Min(pollSeconden * 2, opdracht.MaxPollSeconden);
                if (gelezen.Fase != zaak.Fase || gelezen.Label != zaak.Label || gelezen.Vraag != zaak.Vraag)
                {
                    zaak = gelezen;
                    await WerkBijAsync(context, opdracht, zaak);
                }
            }

            return new AanvraagUitkomst(zaak.Fase, zaak.Label);
        }
    }

    /// <summary>Brings the dossier in line with the agency's case; a decision's document goes to Blob storage first.</summary>
    static async Task WerkBijAsync(TaskOrchestrationContext context, AanvraagOpdracht opdracht, Zaak zaak,
        Dictionary<string, string>? gegevens = null, Dictionary<string, string>? herkomst = null, DossierDocument? document = null,
        string? toelichting = null)
    {
        if (zaak.Beslissing?.Document is { } beslissing)
        {
            await context.CallActivityAsync<string>(nameof(BewaarBeslissing),
                new BeslissingBewaren(opdracht.VCode, opdracht.DossierId, zaak.ZaakId, beslissing, context.CurrentUtcDateTime, opdracht.Traceparent));
        }

        bool actieNodig = zaak.Fase == Fasen.ActieNodig;
        string? vraag = actieNodig ? zaak.Vraag ?? "De instantie vraagt bijkomende informatie." : null;
        // The timeline keeps the agency's question and the association's answer: the action box is gone once answered.
        await context.CallActivityAsync<bool>(nameof(WerkDossierBij), new DossierBijwerking(
            opdracht.VCode, opdracht.DossierId, context.CurrentUtcDateTime, zaak.Fase, zaak.Label, zaak.Beslissing?.Motivering ?? vraag ?? toelichting,
            actieNodig, vraag,
            zaak.ZaakId, herkomst, document, opdracht.Traceparent));
    }

    /// <summary>
    /// Tells the association its application is delayed, not lost: the agency stayed unreachable after every retry and the
    /// workflow is about to fail for an operator (docs/operations.md). The phase stays what it was; nothing is asked of them.
    /// </summary>
    static Task<bool> VertraagdAsync(TaskOrchestrationContext context, AanvraagOpdracht opdracht, string fase) =>
        context.CallActivityAsync<bool>(nameof(WerkDossierBij), new DossierBijwerking(
            opdracht.VCode, opdracht.DossierId, context.CurrentUtcDateTime, fase, DossierRegels.VertraagdLabel,
            "Je aanvraag is bewaard. Het loket bezorgt ze opnieuw zodra de instantie weer bereikbaar is; je hoeft niets te doen.",
            false, null, Traceparent: opdracht.Traceparent));

    static async Task<AanvraagUitkomst> AfsluitenAsync(TaskOrchestrationContext context, AanvraagOpdracht opdracht, string fase, string label, string? toelichting)
    {
        await context.CallActivityAsync<bool>(nameof(WerkDossierBij), new DossierBijwerking(
            opdracht.VCode, opdracht.DossierId, context.CurrentUtcDateTime, fase, label, toelichting, false, null, Traceparent: opdracht.Traceparent));
        return new AanvraagUitkomst(fase, label);
    }
}
