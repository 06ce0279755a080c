using Microsoft.DurableTask;
using VLoket.Domain.Bronnen;

namespace VLoket.Orchestrations.Gegevens;

/// <summary>
/// Fetches one source's data for an association and stores the snapshot, or records that the source was down.
/// A down source is an outcome, not a failure: the refresh goes on with the others.
/// </summary>
public sealed class HaalBrongegevensOp(GegevensDienst gegevens) : TaskActivity<BronOpdracht, BronUitkomst>
{
    public override Task<BronUitkomst> RunAsync(TaskActivityContext context, BronOpdracht input) =>
        gegevens.VerversAsync(input.VCode, input.Bron);
}
