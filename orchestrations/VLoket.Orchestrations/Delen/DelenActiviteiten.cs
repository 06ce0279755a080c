using Microsoft.DurableTask;
using VLoket.Domain.Delen;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Orchestrations.Delen;

/// <summary>
/// The agencies that receive a change: known in the registry, with an open dossier of the association or a standing
/// relation, and a legal basis that covers at least one changed field. Each gets only the fields its basis covers.
/// </summary>
public sealed class BepaalOntvangers(
    InstantieRegister register, Rechtsgronden rechtsgronden, DossierRepository dossiers, IVasteRelaties relaties, DelenInstellingen herhaling)
    : TaskActivity<DeelOpdracht, Ontvangers>
{
    public override async Task<Ontvangers> RunAsync(TaskActivityContext context, DeelOpdracht input)
    {
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        codes.UnionWith((await dossiers.VanVerenigingAsync(input.VCode)).Where(d => !Fasen.IsAfgesloten(d.Status.Fase)).Select(d => d.Entiteit));
        codes.UnionWith(await relaties.OvoCodesAsync(input.VCode));

        var lijst = new List<Ontvanger>();
        foreach (string code in codes.Order(StringComparer.Ordinal))
        {
            if (register.Zoek(code) is { } instantie && rechtsgronden.Zoek(code) is { } grond && grond.Dekt(input.Velden) is { Count: > 0 } velden)
            {
                lijst.Add(new Ontvanger(instantie.OvoCode, instantie.Naam, velden.ToList(), grond.Tekst));
            }
        }

        return new Ontvangers(lijst, herhaling);
    }
}

/// <summary>
/// Delivers the current values of the covered fields to the agency, with the delivery id as idempotency key. The values
/// are read here, not carried in the workflow, so no INSZ sits in the engine's history; they travel in the HTTPS body only.
/// </summary>
public sealed class BezorgGegevenswijziging(InstantieRegister register, VerenigingRepository verenigingen, IGegevensConnector connector)
    : TaskActivity<Bezorging, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, Bezorging input)
    {
        var instantie = register.Zoek(input.OvoCode) ?? throw new InvalidOperationException($"Agency {input.OvoCode} is not configured.");
        var vereniging = await verenigingen.LeesAsync(input.VCode) ?? throw new InvalidOperationException($"Association {input.VCode} does not exist.");
        var bericht = new GegevenswijzigingBericht(input.LeveringId, input.WijzigingId, input.VCode, input.Velden, input.Rechtsgrond, input.Tijdstip,
            GedeeldeVelden.Waarden(vereniging.Waarde, input.Velden));
        await connector.BezorgAsync(instantie, bericht, input.LeveringId);
        return true;
    }
}

/// <summary>Writes the delivery's log row and keeps the operators' list of stuck deliveries in step.</summary>
public sealed class BewaarLevering(GegevensdelingRepository leveringen) : TaskActivity<Gegevensdeling, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, Gegevensdeling input)
    {
        await leveringen.BewaarAsync(input);
        return true;
    }
}
