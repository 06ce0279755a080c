using System.Globalization;
using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Dossiers;

namespace VLoket.Orchestrations.Reservaties;

/// <summary>
/// One reservation of rooms or material: check what is free, hold it at the agency, then wait for the association to
/// confirm before the hold lapses. Confirmed: confirmed at the agency, dossier Goedgekeurd. Lapsed: dossier Verlopen and
/// the hold cancelled at the agency to be sure. Cancelled by the association: cancelled at the agency, dossier Geannuleerd.
/// </summary>
/// <remarks>
/// Deterministic: time from the context, waiting with a durable timer that ends at the agency's expiry, all I/O in activities.
/// When the agency stays unreachable after every retry the dossier says so ("Vertraagd", nothing asked of the association)
/// and the workflow fails for an operator, as an application does (docs/operations.md).
/// </remarks>
public sealed class ReservatieOrchestrator : TaskOrchestrator<ReservatieOpdracht, ReservatieUitkomst>
{
    /// <summary>The agency's holds are in Belgian time for the association, whatever the server's zone.</summary>
    static readonly TimeZoneInfo Brussel = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Brussels", out var zone) ? zone : TimeZoneInfo.Utc;

    public override async Task<ReservatieUitkomst> RunAsync(TaskOrchestrationContext context, ReservatieOpdracht opdracht)
    {
        var voortgang = new Voortgang();
        try
        {
            return await VerloopAsync(context, opdracht, voortgang);
        }
        catch (TaskFailedException fout) when (!DossierRegels.IsGeweigerd(fout))
        {
            await DossierRegels.VertraagdAsync(context, opdracht.Spoor(), voortgang.Fase, "reservatie", voortgang.ReservatieId);
            throw;
        }
    }

    /// <summary>Where the reservation stands, for the dossier when the agency cannot be reached.</summary>
    sealed class Voortgang
    {
        public string Fase { get; set; } = Fasen.Ingediend;

        public string? ReservatieId { get; set; }
    }

    static async Task<ReservatieUitkomst> VerloopAsync(TaskOrchestrationContext context, ReservatieOpdracht opdracht, Voortgang voortgang)
    {
        var herhaling = DossierRegels.Herhaling(opdracht.Pogingen);
        string wat = $"{opdracht.Aantal} × {opdracht.Materiaal} van {Dag(opdracht.Van)} tot {Dag(opdracht.Tot)}";
        int beschikbaar = await context.CallActivityAsync<int>(nameof(ControleerBeschikbaarheid),
            new BeschikbaarheidVraag(opdracht.OvoCode, opdracht.Materiaal, opdracht.Van, opdracht.Tot, opdracht.Spoor()), herhaling);
        if (beschikbaar < opdracht.Aantal)
        {
            return await AfsluitenAsync(context, opdracht, Fasen.Afgekeurd, "Niet beschikbaar",
                $"Je vroeg {wat}, maar er {(beschikbaar == 1 ? "is" : "zijn")} er maar {beschikbaar} vrij in die periode.", null);
        }

        // Listened for from here on, so a cancellation while the hold is being placed is not lost.
        var annuleren = context.WaitForExternalEvent<string>(DossierEvents.Annuleer);
        var reservatie = await context.CallActivityAsync<Reservatie?>(nameof(HoudVast), new Vasthouding(opdracht.OvoCode,
            new ReservatieIndiening(opdracht.DossierId, opdracht.VCode, opdracht.Materiaal, opdracht.Aantal, opdracht.Van, opdracht.Tot), opdracht.Spoor()),
            herhaling);
        if (reservatie is null)
        {
            // Someone else took it between the check and the hold.
            return await AfsluitenAsync(context, opdracht, Fasen.Afgekeurd, "Niet meer beschikbaar",
                $"Intussen is {wat} niet meer vrij. Kies een andere periode of minder stuks.", null);
        }

        voortgang.Fase = Fasen.InBehandeling;
        voortgang.ReservatieId = reservatie.ReservatieId;
        var vervaltOp = reservatie.VervaltOp.UtcDateTime;
        await context.CallActivityAsync<bool>(nameof(WerkDossierBij), new DossierBijwerking(
            opdracht.VCode, opdracht.DossierId, context.CurrentUtcDateTime, Fasen.ActieNodig, "Reservatie vastgehouden",
            $"De instantie houdt {wat} voor je vast.", true, $"Bevestig je reservatie vóór {Tijdstip(reservatie.VervaltOp)}.", reservatie.ReservatieId,
            Traceparent: opdracht.Traceparent, Uiterlijk: vervaltOp));

        var bevestigen = context.WaitForExternalEvent<string>(DossierEvents.Bevestig);
        using var timerStop = new CancellationTokenSource();
        var verlopen = context.CreateTimer(vervaltOp, timerStop.Token);
        var eerst = await Task.WhenAny(bevestigen, annuleren, verlopen);
        if (eerst != verlopen)
        {
            timerStop.Cancel();
        }

        var vraag = new ReservatieVraag(opdracht.OvoCode, reservatie.ReservatieId, opdracht.Spoor());
        if (eerst == annuleren)
        {
            await context.CallActivityAsync<Reservatie>(nameof(AnnuleerReservatie), vraag, herhaling);
            // Version 2 names the stored cancellation; version 1 instances still carry the reason itself.
            return opdracht.Versie >= 2
                ? await AfsluitenAsync(context, opdracht, Fasen.Geannuleerd, "Reservatie geannuleerd", null, reservatie.ReservatieId, annuleren.Result)
                : await AfsluitenAsync(context, opdracht, Fasen.Geannuleerd, "Reservatie geannuleerd", annuleren.Result, reservatie.ReservatieId);
        }

        if (eerst == bevestigen
            && await context.CallActivityAsync<Reservatie?>(nameof(BevestigBijInstantie), vraag, herhaling) is not null)
        {
            return await AfsluitenAsync(context, opdracht, Fasen.Goedgekeurd, "Reservatie bevestigd",
                $"{wat} is voor je vereniging gereserveerd.", reservatie.ReservatieId);
        }

        // The hold lapsed (the timer, or the agency refused a confirmation that came too late). The timer may fire a
        // moment before the agency's own expiry, so cancel there too: the stock must be free once the dossier says so.
        await context.CallActivityAsync<Reservatie>(nameof(AnnuleerReservatie), vraag, herhaling);
        return await AfsluitenAsync(context, opdracht, Fasen.Verlopen, "Reservatie vervallen",
            $"De reservatie werd niet bevestigd vóór {Tijdstip(reservatie.VervaltOp)}; het materiaal is weer vrij.", reservatie.ReservatieId);
    }

    static string Dag(DateOnly dag) => dag.ToString("d/M/yyyy", CultureInfo.InvariantCulture);

    static string Tijdstip(DateTimeOffset tijdstip) =>
        TimeZoneInfo.ConvertTime(tijdstip, Brussel).ToString("d/M/yyyy 'om' HH:mm", CultureInfo.InvariantCulture);

    static async Task<ReservatieUitkomst> AfsluitenAsync(TaskOrchestrationContext context, ReservatieOpdracht opdracht, string fase, string label,
        string? toelichting, string? reservatieId, string? verzoekId = null)
    {
        await DossierRegels.SluitAsync(context, opdracht.Spoor(), fase, label, toelichting, reservatieId, verzoekId);
        return new ReservatieUitkomst(fase, label, reservatieId);
    }
}
