using System.Globalization;
using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Dossiers;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Reservaties;

/// <summary>
/// The steps every version of the reservation workflow takes in the same order (check, hold, tell the association, lapse,
/// cancel, close), so their histories keep their shape; the loket's Dutch texts for them.
/// </summary>
public static class ReservatieStappen
{
    /// <summary>The agency's holds are in Belgian time for the association, whatever the server's zone.</summary>
    static readonly TimeZoneInfo Brussel = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Brussels", out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Where a reservation stands, for the dossier when the agency cannot be reached.</summary>
    public sealed class Voortgang
    {
        public string Fase { get; set; } = Fasen.Ingediend;

        public string? ReservatieId { get; set; }
    }

    /// <summary>
    /// Runs a version's course. When the agency stays unreachable after every retry the dossier says so ("Vertraagd",
    /// nothing asked of the association) and the workflow fails for an operator, as an application does (docs/operations.md).
    /// </summary>
    public static async Task<ReservatieUitkomst> VerloopAsync(TaskOrchestrationContext context, Spoor spoor, Func<Voortgang, Task<ReservatieUitkomst>> verloop)
    {
        var voortgang = new Voortgang();
        try
        {
            return await verloop(voortgang);
        }
        catch (TaskFailedException fout) when (!DossierRegels.IsGeweigerd(fout))
        {
            await DossierRegels.VertraagdAsync(context, spoor, voortgang.Fase, "reservatie", voortgang.ReservatieId);
            throw;
        }
    }

    /// <summary>The loan in words, e.g. "2 × tent van 1/7/2026 tot 2/7/2026".</summary>
    public static string Wat(string materiaal, int aantal, DateOnly van, DateOnly tot) => $"{aantal} × {materiaal} van {Dag(van)} tot {Dag(tot)}";

    public static string Tijdstip(DateTimeOffset tijdstip) =>
        TimeZoneInfo.ConvertTime(tijdstip, Brussel).ToString("d/M/yyyy 'om' HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Checks what is free, holds it and asks the association to confirm before the hold lapses. Nothing held: the
    /// dossier is closed and the outcome given instead.
    /// </summary>
    public static async Task<(Reservatie? Reservatie, ReservatieUitkomst? Afgesloten)> HoudVastAsync(TaskOrchestrationContext context, Spoor spoor,
        string ovoCode, ReservatieIndiening indiening, Voortgang voortgang, TaskOptions herhaling)
    {
        string wat = Wat(indiening.Materiaal, indiening.Aantal, indiening.Van, indiening.Tot);
        int beschikbaar = await context.CallActivityAsync<int>(nameof(ControleerBeschikbaarheid),
            new BeschikbaarheidVraag(ovoCode, indiening.Materiaal, indiening.Van, indiening.Tot, spoor), herhaling);
        if (beschikbaar < indiening.Aantal)
        {
            return (null, await AfsluitenAsync(context, spoor, Fasen.Afgekeurd, "Niet beschikbaar",
                $"Je vroeg {wat}, maar er {(beschikbaar == 1 ? "is" : "zijn")} er maar {beschikbaar} vrij in die periode.", null));
        }

        var reservatie = await context.CallActivityAsync<Reservatie?>(nameof(HoudVast), new Vasthouding(ovoCode, indiening, spoor), herhaling);
        if (reservatie is null)
        {
            // Someone else took it between the check and the hold.
            return (null, await AfsluitenAsync(context, spoor, Fasen.Afgekeurd, "Niet meer beschikbaar",
                $"Intussen is {wat} niet meer vrij. Kies een andere periode of minder stuks.", null));
        }

        voortgang.Fase = Fasen.InBehandeling;
        voortgang.ReservatieId = reservatie.ReservatieId;
        await context.CallActivityAsync<bool>(nameof(WerkDossierBij), new DossierBijwerking(
            spoor.VCode, spoor.DossierId, context.CurrentUtcDateTime, Fasen.ActieNodig, "Reservatie vastgehouden",
            $"De instantie houdt {wat} voor je vast.", true, $"Bevestig je reservatie vóór {Tijdstip(reservatie.VervaltOp)}.", reservatie.ReservatieId,
            Traceparent: spoor.Traceparent, Uiterlijk: reservatie.VervaltOp.UtcDateTime));
        return (reservatie, null);
    }

    /// <summary>The association cancelled (<paramref name="verzoekId"/>: its stored request): cancelled at the agency, then the dossier closed.</summary>
    public static async Task<ReservatieUitkomst> GeannuleerdAsync(TaskOrchestrationContext context, Spoor spoor, ReservatieVraag vraag, TaskOptions herhaling,
        string? verzoekId, string? reden = null)
    {
        await context.CallActivityAsync<Reservatie>(nameof(AnnuleerReservatie), vraag, herhaling);
        return await AfsluitenAsync(context, spoor, Fasen.Geannuleerd, "Reservatie geannuleerd", reden, vraag.ReservatieId, verzoekId);
    }

    /// <summary>
    /// The hold lapsed (the timer, or the agency refused a confirmation that came too late). The timer may fire a moment
    /// before the agency's own expiry, so it is cancelled there too: the stock must be free once the dossier says so.
    /// </summary>
    public static async Task<ReservatieUitkomst> VervallenAsync(TaskOrchestrationContext context, Spoor spoor, ReservatieVraag vraag, Reservatie reservatie,
        TaskOptions herhaling)
    {
        await context.CallActivityAsync<Reservatie>(nameof(AnnuleerReservatie), vraag, herhaling);
        return await AfsluitenAsync(context, spoor, Fasen.Verlopen, "Reservatie vervallen",
            $"De reservatie werd niet bevestigd vóór {Tijdstip(reservatie.VervaltOp)}; het materiaal is weer vrij.", reservatie.ReservatieId);
    }

    public static async Task<ReservatieUitkomst> AfsluitenAsync(TaskOrchestrationContext context, Spoor spoor, string fase, string label,
        string? toelichting, string? reservatieId, string? verzoekId = null)
    {
        await DossierRegels.SluitAsync(context, spoor, fase, label, toelichting, reservatieId, verzoekId);
        return new ReservatieUitkomst(fase, label, reservatieId);
    }

    static string Dag(DateOnly dag) => dag.ToString("d/M/yyyy", CultureInfo.InvariantCulture);
}
