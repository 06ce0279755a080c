using Microsoft.DurableTask;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Aanvragen;

/// <summary>
/// Submits the dossier to the agency: reads the stored answers and, now, what government already knows (once only), and
/// applies the agency's answer to the dossier. The dossier id is the idempotency key, so a retry never makes a second case.
/// </summary>
public sealed class DienDossierIn(DossierDienst dossiers, VerenigingRepository verenigingen, InstantieRegister register, IInstantieConnector connector)
    : TaskActivity<Indienen, ZaakStand>
{
    public override async Task<ZaakStand> RunAsync(TaskActivityContext context, Indienen input)
    {
        // The span is current while the connector calls the agency, so the HTTP client span nests under it.
        using var span = VLoketSporen.StartStap(nameof(DienDossierIn), input.Spoor);
        var (indiening, herkomst) = await dossiers.IndieningAsync(verenigingen, input.VCode, input.DossierId, input.CallbackUrl);
        var zaak = await connector.DienInAsync(Instanties.Vereis(register, input.OvoCode), indiening, input.DossierId);
        return await dossiers.PasZaakToeAsync(input.VCode, input.DossierId, zaak, herkomst: herkomst);
    }
}

/// <summary>Reads the case at the agency (polling, or the safety read beside callbacks) and brings the dossier in line.</summary>
public sealed class LeesZaak(DossierDienst dossiers, InstantieRegister register, IInstantieConnector connector) : TaskActivity<ZaakStap, ZaakStand>
{
    public override async Task<ZaakStand> RunAsync(TaskActivityContext context, ZaakStap input)
    {
        using var span = VLoketSporen.StartStap(nameof(LeesZaak), input.Spoor);
        var zaak = await connector.LeesAsync(Instanties.Vereis(register, input.OvoCode), input.ZaakId);
        return await dossiers.PasZaakToeAsync(input.VCode, input.DossierId, zaak);
    }
}

/// <summary>Applies a kept callback to the dossier.</summary>
public sealed class VerwerkMelding(DossierDienst dossiers) : TaskActivity<MeldingStap, ZaakStand>
{
    public override async Task<ZaakStand> RunAsync(TaskActivityContext context, MeldingStap input)
    {
        using var span = VLoketSporen.StartStap(nameof(VerwerkMelding), input.Spoor);
        return await dossiers.PasMeldingToeAsync(input.OvoCode, input.EventId);
    }
}

/// <summary>
/// Passes the association's stored answer (and its document, on the dossier) to the agency; the timeline keeps the answer.
/// An answer to a question the agency no longer asks is not passed on.
/// </summary>
public sealed class BezorgAntwoord(DossierDienst dossiers, InstantieRegister register, IInstantieConnector connector) : TaskActivity<AntwoordStap, ZaakStand>
{
    public override async Task<ZaakStand> RunAsync(TaskActivityContext context, AntwoordStap input)
    {
        using var span = VLoketSporen.StartStap(nameof(BezorgAntwoord), input.Spoor);
        var instantie = Instanties.Vereis(register, input.OvoCode);
        // Where the agency stands first: it may have asked a new question whose report is late or lost, or moved on.
        var stand = await dossiers.PasZaakToeAsync(input.VCode, input.DossierId, await connector.LeesAsync(instantie, input.ZaakId));
        if (await dossiers.TeBezorgenAntwoordAsync(input.VCode, input.DossierId, input.VerzoekId) is not { } antwoord)
        {
            // Overtaken (or this step ran before and the dossier already shows the agency's reply): the question it answers
            // is no longer open, so it is not sent as the answer to a question the association has not seen.
            return stand;
        }

        var zaak = await connector.AntwoordAsync(instantie, input.ZaakId, antwoord.Tekst);
        return await dossiers.PasZaakToeAsync(input.VCode, input.DossierId, zaak, $"Jullie antwoord: {antwoord.Tekst}", antwoord.Document);
    }
}

/// <summary>Tells the agency the association cancelled.</summary>
public sealed class AnnuleerZaak(InstantieRegister register, IInstantieConnector connector) : TaskActivity<ZaakStap, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, ZaakStap input)
    {
        using var span = VLoketSporen.StartStap(nameof(AnnuleerZaak), input.Spoor);
        await connector.AnnuleerAsync(Instanties.Vereis(register, input.OvoCode), input.ZaakId);
        return true;
    }
}

static class Instanties
{
    public static Instantie Vereis(InstantieRegister register, string ovoCode) =>
        register.Zoek(ovoCode) ?? throw new InvalidOperationException($"Agency {ovoCode} is not configured.");
}
