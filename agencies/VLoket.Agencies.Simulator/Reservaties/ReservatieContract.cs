using System.Text.Json.Serialization;

namespace VLoket.Agencies.Simulator.Reservaties;

// The wire shapes of the reservation part of the agency connector contract (docs/contracts/instantie-connector.openapi.json).

/// <summary>
/// Where a reservation stands. Vastgehouden holds stock until <c>vervaltOp</c>; TerGoedkeuring (confirmed, waiting for the
/// lending service's approval) and Bevestigd hold it for good; Geannuleerd, Vervallen and Geweigerd hold nothing.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReservatieStatus>))]
public enum ReservatieStatus
{
    Vastgehouden,
    Bevestigd,
    Geannuleerd,
    Vervallen,
    TerGoedkeuring,
    Geweigerd,
}

/// <summary>
/// A reservation as the loket asks for it (<c>POST {basis}/reservaties</c>); dates are inclusive. <c>CallbackUrl</c>: where
/// the agency reports the lending service's approval or refusal.
/// </summary>
public sealed record ReservatieIndiening(string? DossierId, string? VCode, string? Materiaal, int? Aantal, DateOnly? Van, DateOnly? Tot, string? CallbackUrl = null);

/// <summary>A reservation as the agency reports it; <c>Motivering</c> says why the lending service refused it.</summary>
public sealed record Reservatie(
    string ReservatieId, string DossierId, string VCode, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot,
    ReservatieStatus Status, DateTimeOffset VervaltOp, DateTimeOffset BijgewerktOp, string? Motivering = null);

/// <summary>The simulated lending service's decision (test hook <c>POST {basis}/reservaties/{id}/goedkeuring</c>): goedkeuren or weigeren.</summary>
public sealed record GoedkeuringBeslissing(string? Beslissing, string? Motivering);

/// <summary>How many of one material are free for a whole period (<c>GET {basis}/beschikbaarheid</c>).</summary>
public sealed record Beschikbaarheid(string Materiaal, DateOnly Van, DateOnly Tot, int Beschikbaar);
