namespace VLoket.Domain.Instanties;

/// <summary>
/// A change of an association's data as the loket delivers it to an agency (see the gegevenswijzigingen part of
/// docs/contracts/instantie-connector.openapi.json): only the fields the agency's legal basis covers, with their current values.
/// </summary>
public sealed record GegevenswijzigingBericht(
    string LeveringId, string WijzigingId, string VCode, List<string> Velden, string Rechtsgrond, DateTimeOffset Tijdstip,
    Dictionary<string, object> Gegevens);

/// <summary>The "once only" part of the agency connector contract: passing on changes.</summary>
public interface IGegevensConnector
{
    /// <summary>
    /// Delivers <paramref name="bericht"/>; the same <paramref name="idempotentieSleutel"/> is applied once however often it is sent.
    /// Throws <see cref="InstantieTijdelijkOnbereikbaarFout"/> (retry) or <see cref="InstantieWeigertFout"/> (do not).
    /// </summary>
    Task BezorgAsync(Instantie instantie, GegevenswijzigingBericht bericht, string idempotentieSleutel, CancellationToken ct = default);
}
