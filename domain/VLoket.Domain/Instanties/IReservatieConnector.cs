namespace VLoket.Domain.Instanties;

/// <summary>What the loket asks an agency to hold (see the reservaties part of docs/contracts/instantie-connector.openapi.json); <c>Van</c> to <c>Tot</c> inclusive.</summary>
public sealed record ReservatieIndiening(string DossierId, string VCode, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot);

/// <summary>A reservation as the agency reports it; <see cref="Status"/> is one of <see cref="ReservatieStatussen"/>.</summary>
public sealed record Reservatie(string ReservatieId, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot, string Status, DateTimeOffset VervaltOp);

/// <summary>How many of one material an agency has free for a whole period.</summary>
public sealed record Beschikbaarheid(string Materiaal, DateOnly Van, DateOnly Tot, int Beschikbaar);

/// <summary>The statuses of a reservation at the agency.</summary>
public static class ReservatieStatussen
{
    public const string Vastgehouden = "Vastgehouden";
    public const string Bevestigd = "Bevestigd";
    public const string Geannuleerd = "Geannuleerd";
    public const string Vervallen = "Vervallen";
}

/// <summary>The reservation part of the agency connector contract, as the loket calls it.</summary>
public interface IReservatieConnector
{
    Task<Beschikbaarheid> BeschikbaarheidAsync(Instantie instantie, string materiaal, DateOnly van, DateOnly tot, CancellationToken ct = default);

    /// <summary>Places a hold; null when the agency has not enough free. The same <paramref name="idempotentieSleutel"/> never holds twice.</summary>
    Task<Reservatie?> HoudVastAsync(Instantie instantie, ReservatieIndiening indiening, string idempotentieSleutel, CancellationToken ct = default);

    /// <summary>Confirms a hold; null when the hold already lapsed or was cancelled at the agency.</summary>
    Task<Reservatie?> BevestigAsync(Instantie instantie, string reservatieId, CancellationToken ct = default);

    /// <summary>Cancels, releasing the stock, whatever the reservation's status.</summary>
    Task<Reservatie> AnnuleerAsync(Instantie instantie, string reservatieId, CancellationToken ct = default);
}
