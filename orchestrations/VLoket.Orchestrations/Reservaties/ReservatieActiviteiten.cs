using Microsoft.DurableTask;
using VLoket.Domain.Instanties;

namespace VLoket.Orchestrations.Reservaties;

/// <summary>Asks the agency how many of the material are free for the whole period.</summary>
public sealed class ControleerBeschikbaarheid(InstantieRegister register, IReservatieConnector connector) : TaskActivity<BeschikbaarheidVraag, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, BeschikbaarheidVraag input) =>
        (await connector.BeschikbaarheidAsync(Vereis(register, input.OvoCode), input.Materiaal, input.Van, input.Tot)).Beschikbaar;

    internal static Instantie Vereis(InstantieRegister register, string ovoCode) =>
        register.Zoek(ovoCode) ?? throw new InvalidOperationException($"Agency {ovoCode} is not configured.");
}

/// <summary>Places a hold; the dossier id is the idempotency key, so a retry never holds twice. Null when not enough is free.</summary>
public sealed class HoudVast(InstantieRegister register, IReservatieConnector connector) : TaskActivity<Vasthouding, Reservatie?>
{
    public override Task<Reservatie?> RunAsync(TaskActivityContext context, Vasthouding input) =>
        connector.HoudVastAsync(ControleerBeschikbaarheid.Vereis(register, input.OvoCode), input.Indiening, input.Indiening.DossierId);
}

/// <summary>Confirms the hold at the agency; null when the agency let it lapse first.</summary>
public sealed class BevestigBijInstantie(InstantieRegister register, IReservatieConnector connector) : TaskActivity<ReservatieVraag, Reservatie?>
{
    public override Task<Reservatie?> RunAsync(TaskActivityContext context, ReservatieVraag input) =>
        connector.BevestigAsync(ControleerBeschikbaarheid.Vereis(register, input.OvoCode), input.ReservatieId);
}

/// <summary>Cancels the reservation at the agency, releasing its stock (also after a lapse, to be sure).</summary>
public sealed class AnnuleerReservatie(InstantieRegister register, IReservatieConnector connector) : TaskActivity<ReservatieVraag, Reservatie>
{
    public override Task<Reservatie> RunAsync(TaskActivityContext context, ReservatieVraag input) =>
        connector.AnnuleerAsync(ControleerBeschikbaarheid.Vereis(register, input.OvoCode), input.ReservatieId);
}
