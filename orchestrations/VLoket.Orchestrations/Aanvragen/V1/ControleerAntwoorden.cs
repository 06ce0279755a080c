using Microsoft.DurableTask;
using VLoket.Domain;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Aanvragen.V1;

/// <summary>Checks the answers against the service's form (again, in the workflow, so a stale start cannot slip through).</summary>
public sealed class ControleerAntwoorden : TaskActivity<AntwoordenTeControleren, List<VeldFout>>
{
    public override Task<List<VeldFout>> RunAsync(TaskActivityContext context, AntwoordenTeControleren input)
    {
        using var span = VLoketSporen.StartStap(nameof(ControleerAntwoorden), input.Spoor);
        return Task.FromResult(AntwoordControle.Controleer(input.Vragen, input.Antwoorden,
            input.Vragen.Where(v => v.Bron is not null).Select(v => v.Bron!).ToHashSet()));
    }
}

/// <summary>Reads one data item the government already knows about the association (once only).</summary>
public sealed class HaalGegevenOp(VerenigingRepository verenigingen, GegevensDienst gegevens) : TaskActivity<GegevenVraag, GekendGegeven?>
{
    public override async Task<GekendGegeven?> RunAsync(TaskActivityContext context, GegevenVraag input)
    {
        // The source's name is a tag, not personal data; the value read stays out of the span.
        using var span = VLoketSporen.StartStap(nameof(HaalGegevenOp), input.Spoor);
        span?.SetTag(VLoketSporen.Gegevensbron, input.Bron);
        var v = await verenigingen.LeesAsync(input.VCode);
        if (v is null)
        {
            return null;
        }

        var bronnen = GekendeGegevens.UitBronnen(input.Bron) ? await gegevens.BrongegevensAsync(v.Waarde) : Brongegevens.Geen;
        return GekendeGegevens.Zoek(v.Waarde, input.Bron, input.VertegenwoordigerId, bronnen) is { } gevonden
            ? new GekendGegeven(input.Bron, gevonden.Waarde, gevonden.Herkomst)
            : null;
    }
}
