namespace VLoket.Domain.Delen;

/// <summary>
/// Agencies with a standing relation to an association (an active recognition, a bank account they confirmed…), which
/// receive its changes even without an open dossier. <see cref="Bronnen.BronRelaties"/> answers it from the data sources' last snapshots.
/// </summary>
public interface IVasteRelaties
{
    /// <summary>OVO codes of the agencies with a standing relation to <paramref name="vCode"/>.</summary>
    Task<IReadOnlyCollection<string>> OvoCodesAsync(string vCode, CancellationToken ct = default);
}
