namespace VLoket.Domain.Instanties;

/// <summary>
/// What the loket asks an agency to hold (see the reservaties part of docs/contracts/instantie-connector.openapi.json);
/// <c>Van</c> to <c>Tot</c> inclusive. <c>CallbackUrl</c>: where the agency reports its approval or refusal of a
/// reservation that needs one (contract 1.2).
/// </summary>
public sealed record ReservatieIndiening(string DossierId, string VCode, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot, string? CallbackUrl = null);

/// <summary>
/// A reservation as the agency reports it; <see cref="Status"/> is one of <see cref="ReservatieStatussen"/>, and
/// <see cref="Motivering"/> says why the lending service refused it (<see cref="ReservatieStatussen.Geweigerd"/>).
/// </summary>
public sealed record Reservatie(string ReservatieId, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot, string Status, DateTimeOffset VervaltOp,
    string? Motivering = null);

/// <summary>How many of one material an agency has free for a whole period.</summary>
public sealed record Beschikbaarheid(string Materiaal, DateOnly Van, DateOnly Tot, int Beschikbaar);

/// <summary>The statuses of a reservation at the agency.</summary>
public static class ReservatieStatussen
{
    public const string Vastgehouden = "Vastgehouden";
    public const string Bevestigd = "Bevestigd";
    public const string Geannuleerd = "Geannuleerd";
    public const string Vervallen = "Vervallen";

    /// <summary>Confirmed by the association, waiting for the lending service's approval: holds stock and does not lapse.</summary>
    public const string TerGoedkeuring = "TerGoedkeuring";

    /// <summary>Refused by the lending service (with its <see cref="Reservatie.Motivering"/>): holds nothing.</summary>
    public const string Geweigerd = "Geweigerd";

    /// <summary>True when a reservation in this status takes stock.</summary>
    public static bool BezetVoorraad(string status) => status is Vastgehouden or TerGoedkeuring or Bevestigd;
}

/// <summary>The reservation part of the agency connector contract, as the loket calls it.</summary>
public interface IReservatieConnector
{
    Task<Beschikbaarheid> BeschikbaarheidAsync(Instantie instantie, string materiaal, DateOnly van, DateOnly tot, CancellationToken ct = default);

    /// <summary>Places a hold; null when the agency has not enough free. The same <paramref name="idempotentieSleutel"/> never holds twice.</summary>
    Task<Reservatie?> HoudVastAsync(Instantie instantie, ReservatieIndiening indiening, string idempotentieSleutel, CancellationToken ct = default);

    /// <summary>
    /// Confirms a hold: <see cref="ReservatieStatussen.Bevestigd"/>, or <see cref="ReservatieStatussen.TerGoedkeuring"/> while
    /// the lending service has still to approve it; null when the hold already lapsed, was cancelled or was refused.
    /// </summary>
    Task<Reservatie?> BevestigAsync(Instantie instantie, string reservatieId, CancellationToken ct = default);

    /// <summary>The reservation as it stands now at the agency.</summary>
    Task<Reservatie> LeesAsync(Instantie instantie, string reservatieId, CancellationToken ct = default);

    /// <summary>Cancels, releasing the stock, whatever the reservation's status.</summary>
    Task<Reservatie> AnnuleerAsync(Instantie instantie, string reservatieId, CancellationToken ct = default);
}
