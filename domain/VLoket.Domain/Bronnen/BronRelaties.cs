using VLoket.Domain.Delen;

namespace VLoket.Domain.Bronnen;

/// <summary>
/// Standing relations as the data sources know them: an agency that registered an active recognition of the
/// association or confirmed one of its bank accounts receives its changes, also without an open dossier.
/// </summary>
public sealed class BronRelaties(BronSnapshots snapshots) : IVasteRelaties
{
    public async Task<IReadOnlyCollection<string>> OvoCodesAsync(string vCode, CancellationToken ct = default) =>
        await snapshots.RelatiesAsync(vCode, ct);
}
