using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Dossiers;

namespace VLoket.Orchestrations.Aanvragen;

/// <summary>
/// One application, from the loket to the competent agency and back: submit (the step reads the answers and the known data
/// itself, idempotent, retried), then follow the case — by callback or by polling — through questions for the association,
/// until a decision, a cancellation or the service's deadline.
/// </summary>
/// <remarks>
/// Deterministic: time from the context, waiting with durable timers and events, all I/O in activities. Its history holds
/// ids and phases only: every step reads and writes the dossier itself, and every event names a kept callback or a stored
/// request. Version 2: it replaces <see cref="V1.AanvraagOrchestrator"/>, whose inputs carried the answers and known data.
/// Its input's <see cref="AanvraagWorkflow.Versie"/> says whether the case is read while the association must act.
/// </remarks>
public sealed class AanvraagOrchestratorV2 : TaskOrchestrator<AanvraagWorkflow, AanvraagUitkomst>
{
    /// <summary>How much less often an agency with callbacks is read than one without.</summary>
    public const int VangnetFactor = 4;

    public override async Task<AanvraagUitkomst> RunAsync(TaskOrchestrationContext context, AanvraagWorkflow opdracht)
    {
        var spoor = opdracht.Spoor();
        var herhaling = DossierRegels.Herhaling(opdracht.Pogingen);
        // Listened for from the start, so a cancellation while the application is being submitted is not lost.
        var annuleren = context.WaitForExternalEvent<string>(DossierEvents.Annuleer);
        ZaakStand zaak;
        try
        {
            zaak = await context.CallActivityAsync<ZaakStand>(nameof(DienDossierIn),
                new Indienen(opdracht.DossierId, opdracht.VCode, opdracht.OvoCode, opdracht.CallbackUrl, spoor), herhaling);
        }
        catch (TaskFailedException fout) when (DossierRegels.IsGeweigerd(fout))
        {
            return await SluitAsync(context, opdracht, Fasen.Afgekeurd, "Niet bezorgd",
                "De instantie aanvaardde de aanvraag niet: " + fout.FailureDetails.ErrorMessage);
        }
        catch (TaskFailedException)
        {
            // Unreachable after every retry (the agency, or storage): delayed for an operator, never closed as refused.
            await DossierRegels.VertraagdAsync(context, spoor, Fasen.Ingediend, "aanvraag");
            throw;
        }

        try
        {
            return await VolgAsync(context, opdracht, zaak, annuleren, herhaling);
        }
        catch (TaskFailedException)
        {
            // The case is safe at the agency; an operator restarts the workflow once the agency answers again, and the
            // restarted workflow finds the same case again through the idempotency key.
            await DossierRegels.VertraagdAsync(context, spoor, zaak.Fase, "aanvraag", zaak.ZaakId);
            throw;
        }
    }

    static async Task<AanvraagUitkomst> VolgAsync(TaskOrchestrationContext context, AanvraagWorkflow opdracht, ZaakStand zaak, Task<string> annuleren,
        TaskOptions herhaling)
    {
        var spoor = opdracht.Spoor();
        var verwerkt = new HashSet<string>(StringComparer.Ordinal);
        Task<string>? callback = null;
        Task<string>? antwoord = null;
        int pollSeconden = opdracht.EerstePollSeconden;
        while (!Fasen.IsAfgesloten(zaak.Fase))
        {
            using var timerStop = new CancellationTokenSource();
            // Agencies without callbacks are polled; agencies with callbacks are read now and then as well, less often,
            // so a callback lost in an outage of the loket (or sent to an old address) does not stall the dossier. Also
            // while the association must act (from version 3): a decision can come then too, and its report can be lost.
            DateTime wekker = opdracht.Uiterlijk;
            if (zaak.Fase != Fasen.ActieNodig || opdracht.LeestTijdensVraag())
            {
                int seconden = opdracht.Modus == Modi.Callback ? pollSeconden * VangnetFactor : pollSeconden;
                var volgendePoll = context.CurrentUtcDateTime.AddSeconds(seconden);
                wekker = volgendePoll < wekker ? volgendePoll : wekker;
            }

            var timer = context.CreateTimer(wekker, timerStop.Token);
            var wachten = new List<Task> { timer, annuleren };
            if (opdracht.Modus == Modi.Callback)
            {
                callback ??= context.WaitForExternalEvent<string>(DossierEvents.Status);
                wachten.Add(callback);
            }

            if (zaak.Fase == Fasen.ActieNodig)
            {
                antwoord ??= context.WaitForExternalEvent<string>(DossierEvents.Antwoord);
                wachten.Add(antwoord);
            }

            var eerst = await Task.WhenAny(wachten);
            if (eerst != timer)
            {
                timerStop.Cancel();
            }

            var stap = new ZaakStap(opdracht.DossierId, opdracht.VCode, opdracht.OvoCode, zaak.ZaakId, spoor);
            if (eerst == annuleren)
            {
                await context.CallActivityAsync<bool>(nameof(AnnuleerZaak), stap, herhaling);
                return await SluitAsync(context, opdracht, Fasen.Geannuleerd, "Geannuleerd door de vereniging", null, zaak.ZaakId, annuleren.Result);
            }

            if (eerst == callback)
            {
                string eventId = callback!.Result;
                callback = null;
                // Each event id is applied once, whatever the agency or the network repeats.
                if (verwerkt.Add(eventId))
                {
                    zaak = await context.CallActivityAsync<ZaakStand>(nameof(VerwerkMelding),
                        new MeldingStap(opdracht.DossierId, opdracht.VCode, opdracht.OvoCode, eventId, spoor), herhaling);
                }

                continue;
            }

            if (eerst == antwoord)
            {
                string verzoekId = antwoord!.Result;
                antwoord = null;
                zaak = await context.CallActivityAsync<ZaakStand>(nameof(BezorgAntwoord),
                    new AntwoordStap(opdracht.DossierId, opdracht.VCode, opdracht.OvoCode, zaak.ZaakId, verzoekId, spoor), herhaling);
                continue;
            }

            // The timer: the deadline, or time to read the case.
            if (context.CurrentUtcDateTime >= opdracht.Uiterlijk)
            {
                return await SluitAsync(context, opdracht, Fasen.Verlopen, "Termijn verstreken",
                    "De instantie besliste niet binnen de termijn van deze dienst.", zaak.ZaakId);
            }

            pollSeconden = Math.Min(pollSeconden * 2, opdracht.MaxPollSeconden);
            try
            {
                zaak = await context.CallActivityAsync<ZaakStand>(nameof(LeesZaak), stap, herhaling);
            }
            catch (TaskFailedException) when (zaak.Fase == Fasen.ActieNodig)
            {
                // While the association must act the read is only a safety net: an agency that cannot be read now leaves
                // the dossier waiting for the answer, as it did before this read existed, and is read again later.
            }
        }

        return new AanvraagUitkomst(zaak.Fase, zaak.Label);
    }

    static async Task<AanvraagUitkomst> SluitAsync(TaskOrchestrationContext context, AanvraagWorkflow opdracht, string fase, string label, string? toelichting,
        string? zaakId = null, string? verzoekId = null)
    {
        await DossierRegels.SluitAsync(context, opdracht.Spoor(), fase, label, toelichting, zaakId, verzoekId);
        return new AanvraagUitkomst(fase, label);
    }
}
