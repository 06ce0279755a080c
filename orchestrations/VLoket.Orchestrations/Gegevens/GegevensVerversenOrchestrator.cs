using Microsoft.DurableTask;
using VLoket.Domain.Bronnen;

namespace VLoket.Orchestrations.Gegevens;

/// <summary>
/// Refreshes what the data sources know about one association: one <see cref="HaalBrongegevensOp"/> per source, all
/// at the same time. A source that fails does not stop the others; the output records the outcome per source.
/// </summary>
/// <remarks>Deterministic: no I/O here, time from the context.</remarks>
public sealed class GegevensVerversenOrchestrator : TaskOrchestrator<VerversOpdracht, VerversUitkomst>
{
    public override async Task<VerversUitkomst> RunAsync(TaskOrchestrationContext context, VerversOpdracht opdracht)
    {
        var uitkomsten = await Task.WhenAll(opdracht.Bronnen.Select(b => HaalOpAsync(context, opdracht.VCode, b)));
        return new VerversUitkomst(opdracht.VCode, uitkomsten);
    }

    static async Task<BronUitkomst> HaalOpAsync(TaskOrchestrationContext context, string vCode, BronNaam bron)
    {
        try
        {
            return await context.CallActivityAsync<BronUitkomst>(nameof(HaalBrongegevensOp), new BronOpdracht(vCode, bron.Code));
        }
        catch (TaskFailedException)
        {
            // The activity reports a down source itself; this is for the unexpected (storage, a bug), still one source only.
            return new BronUitkomst(bron.Code, bron.Naam, false, 0,
                $"De gegevens van ‘{bron.Naam}’ konden niet vernieuwd worden. De vorige gegevens blijven bewaard.", context.CurrentUtcDateTime);
        }
    }
}
