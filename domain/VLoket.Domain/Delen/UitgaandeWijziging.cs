namespace VLoket.Domain.Delen;

/// <summary>
/// A change of shared fields still to be passed on ("outbox" row): written in the same table transaction as the
/// association, so a change is never stored without it. <see cref="WijzigingId"/> is the sharing workflow's instance id.
/// </summary>
public sealed record UitgaandeWijziging(string WijzigingId, string VCode, List<string> Velden, DateTimeOffset Tijdstip)
{
    public static UitgaandeWijziging Nieuw(string vCode, IEnumerable<string> velden, DateTimeOffset tijdstip) =>
        new("W" + Guid.NewGuid().ToString("N"), vCode, velden.ToList(), tijdstip);
}
