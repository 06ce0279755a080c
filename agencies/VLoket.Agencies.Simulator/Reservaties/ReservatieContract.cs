using System.Text.Json.Serialization;

namespace VLoket.Agencies.Simulator.Reservaties;

// The wire shapes of the reservation part of the agency connector contract (docs/contracts/instantie-connector.openapi.json).

/// <summary>
/// Where a reservation stands. Vastgehouden holds stock until <c>vervaltOp</c>; Bevestigd holds it for good;
/// Geannuleerd and Vervallen hold nothing.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReservatieStatus>))]
public enum ReservatieStatus
{
    Vastgehouden,
    Bevestigd,
    Geannuleerd,
    Vervallen,
}

/// <summary>A reservation as the loket asks for it (<c>POST {basis}/reservaties</c>); dates are inclusive.</summary>
public sealed record ReservatieIndiening(string? DossierId, string? VCode, string? Materiaal, int? Aantal, DateOnly? Van, DateOnly? Tot);

/// <summary>A reservation as the agency reports it.</summary>
public sealed record Reservatie(
    string ReservatieId, string DossierId, string VCode, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot,
    ReservatieStatus Status, DateTimeOffset VervaltOp, DateTimeOffset BijgewerktOp);

/// <summary>How many of one material are free for a whole period (<c>GET {basis}/beschikbaarheid</c>).</summary>
public sealed record Beschikbaarheid(string Materiaal, DateOnly Van, DateOnly Tot, int Beschikbaar);
