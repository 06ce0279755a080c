using Microsoft.DurableTask;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Aanvragen.V1;

/// <summary>Submits the application to the agency; the dossier id is the idempotency key, so a retry never makes a second case.</summary>
public sealed class DienAanvraagIn(InstantieRegister register, IInstantieConnector connector) : TaskActivity<Indiening, Zaak>
{
    public override async Task<Zaak> RunAsync(TaskActivityContext context, Indiening input)
    {
        // The span is current while the connector calls the agency, so the HTTP client span nests under it.
        using var span = VLoketSporen.StartStap(nameof(DienAanvraagIn),
            input.Spoor ?? new Spoor(input.Aanvraag.DossierId, input.Aanvraag.VCode, null));
        return await connector.DienInAsync(Instanties.Vereis(register, input.OvoCode), input.Aanvraag, input.Aanvraag.DossierId);
    }
}

/// <summary>Reads the case's status at an agency without callbacks.</summary>
public sealed class LeesZaakStatus(InstantieRegister register, IInstantieConnector connector) : TaskActivity<ZaakVraag, Zaak>
{
    public override async Task<Zaak> RunAsync(TaskActivityContext context, ZaakVraag input)
    {
        using var span = VLoketSporen.StartStap(nameof(LeesZaakStatus), input.Spoor);
        return await connector.LeesAsync(Instanties.Vereis(register, input.OvoCode), input.ZaakId);
    }
}

/// <summary>Passes the association's answer to the agency's question.</summary>
public sealed class StuurAntwoord(InstantieRegister register, IInstantieConnector connector) : TaskActivity<AntwoordAanInstantie, Zaak>
{
    public override async Task<Zaak> RunAsync(TaskActivityContext context, AntwoordAanInstantie input)
    {
        using var span = VLoketSporen.StartStap(nameof(StuurAntwoord), input.Spoor);
        return await connector.AntwoordAsync(Instanties.Vereis(register, input.OvoCode), input.ZaakId, input.Antwoord);
    }
}

/// <summary>Tells the agency the association cancelled.</summary>
public sealed class AnnuleerBijInstantie(InstantieRegister register, IInstantieConnector connector) : TaskActivity<ZaakVraag, Zaak?>
{
    public override async Task<Zaak?> RunAsync(TaskActivityContext context, ZaakVraag input)
    {
        using var span = VLoketSporen.StartStap(nameof(AnnuleerBijInstantie), input.Spoor);
        return await connector.AnnuleerAsync(Instanties.Vereis(register, input.OvoCode), input.ZaakId);
    }
}
