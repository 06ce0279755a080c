namespace VLoket.Domain.Delen;

/// <summary>
/// Agencies with a standing relation to an association (an active recognition, a bank account they confirmed…), which
/// receive its changes even without an open dossier. The data sources supply the real answer.
/// </summary>
public interface IVasteRelaties
{
    /// <summary>OVO codes of the agencies with a standing relation to <paramref name="vCode"/>.</summary>
    Task<IReadOnlyCollection<string>> OvoCodesAsync(string vCode, CancellationToken ct = default);
}

/// <summary>Until a data source knows better: no standing relations, so only agencies with an open dossier receive changes.</summary>
public sealed class GeenVasteRelaties : IVasteRelaties
{
    public Task<IReadOnlyCollection<string>> OvoCodesAsync(string vCode, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyCollection<string>>([]);
}
