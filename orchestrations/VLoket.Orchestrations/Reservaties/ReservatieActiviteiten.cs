using Microsoft.DurableTask;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Reservaties;

/// <summary>Asks the agency how many of the material are free for the whole period.</summary>
public sealed class ControleerBeschikbaarheid(InstantieRegister register, IReservatieConnector connector) : TaskActivity<BeschikbaarheidVraag, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, BeschikbaarheidVraag input)
    {
        // The span is current while the connector calls the agency, so the HTTP client span nests under it.
        using var span = VLoketSporen.StartStap(nameof(ControleerBeschikbaarheid), input.Spoor);
        return (await connector.BeschikbaarheidAsync(Vereis(register, input.OvoCode), input.Materiaal, input.Van, input.Tot)).Beschikbaar;
    }

    internal static Instantie Vereis(InstantieRegister register, string ovoCode) =>
        register.Zoek(ovoCode) ?? throw new InvalidOperationException($"Agency {ovoCode} is not configured.");
}

/// <summary>Places a hold; the dossier id is the idempotency key, so a retry never holds twice. Null when not enough is free.</summary>
public sealed class HoudVast(InstantieRegister register, IReservatieConnector connector) : TaskActivity<Vasthouding, Reservatie?>
{
    public override async Task<Reservatie?> RunAsync(TaskActivityContext context, Vasthouding input)
    {
        using var span = VLoketSporen.StartStap(nameof(HoudVast), input.Spoor ?? new Spoor(input.Indiening.DossierId, input.Indiening.VCode, null));
        return await connector.HoudVastAsync(ControleerBeschikbaarheid.Vereis(register, input.OvoCode), input.Indiening, input.Indiening.DossierId);
    }
}

/// <summary>
/// Confirms the hold at the agency; null when the agency let it lapse first or refused it. Waiting for the lending
/// service's approval (<see cref="ReservatieStatussen.TerGoedkeuring"/>) is an answer only for a workflow that knows it.
/// </summary>
public sealed class BevestigBijInstantie(InstantieRegister register, IReservatieConnector connector) : TaskActivity<ReservatieVraag, Reservatie?>
{
    public override async Task<Reservatie?> RunAsync(TaskActivityContext context, ReservatieVraag input)
    {
        using var span = VLoketSporen.StartStap(nameof(BevestigBijInstantie), input.Spoor);
        var reservatie = await connector.BevestigAsync(ControleerBeschikbaarheid.Vereis(register, input.OvoCode), input.ReservatieId);
        return reservatie?.Status == ReservatieStatussen.TerGoedkeuring && !input.MetGoedkeuring ? null : reservatie;
    }
}

/// <summary>Cancels the reservation at the agency, releasing its stock (also after a lapse, to be sure).</summary>
public sealed class AnnuleerReservatie(InstantieRegister register, IReservatieConnector connector) : TaskActivity<ReservatieVraag, Reservatie>
{
    public override async Task<Reservatie> RunAsync(TaskActivityContext context, ReservatieVraag input)
    {
        using var span = VLoketSporen.StartStap(nameof(AnnuleerReservatie), input.Spoor);
        return await connector.AnnuleerAsync(ControleerBeschikbaarheid.Vereis(register, input.OvoCode), input.ReservatieId);
    }
}

/// <summary>
/// Applies the lending service's approval or refusal to the dossier (the workflow passes whether the association already
/// confirmed) and gives the outcome — <c>Goedgekeurd</c>, <c>Afgekeurd</c> — or null while it is undecided. The decision
/// comes from a kept report, or, without one, from reading the reservation at the agency; its motivation stays out of
/// the workflow's history.
/// </summary>
public sealed class VerwerkGoedkeuring(DossierDienst dossiers, InstantieRegister register, IReservatieConnector connector) : TaskActivity<GoedkeuringStap, string?>
{
    public override async Task<string?> RunAsync(TaskActivityContext context, GoedkeuringStap input)
    {
        using var span = VLoketSporen.StartStap(nameof(VerwerkGoedkeuring), input.Spoor);
        var beslissing = input.EventId is { } eventId
            ? await dossiers.ReservatieBeslissingAsync(input.OvoCode, eventId, input.ReservatieId)
            : await LeesAsync(input);
        return beslissing is null
            ? null
            : await dossiers.PasGoedkeuringToeAsync(input.VCode, input.DossierId, input.ReservatieId, beslissing, input.Bevestigd, input.Wat);
    }

    async Task<ReservatieBeslissing?> LeesAsync(GoedkeuringStap input)
    {
        try
        {
            return ReservatieGoedkeuring.Uit(await connector.LeesAsync(ControleerBeschikbaarheid.Vereis(register, input.OvoCode), input.ReservatieId));
        }
        catch (InstantieWeigertFout)
        {
            // An agency that will not show the reservation has decided nothing the loket can tell.
            return null;
        }
    }
}
