using VLoket.Domain.Instanties;

namespace VLoket.Orchestrations.Reservaties;

/// <summary>Everything the reservation workflow needs, fixed when it starts; the loan runs from <c>Van</c> to <c>Tot</c> inclusive.</summary>
public sealed record ReservatieOpdracht(string DossierId, string VCode, string OvoCode, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot);

/// <summary>How the reservation workflow ended; <see cref="ReservatieId"/> is null when nothing was held.</summary>
public sealed record ReservatieUitkomst(string Fase, string Label, string? ReservatieId);

/// <summary>
/// Names of the events the reservation workflow waits for. Cancelling uses <see cref="Aanvragen.AanvraagEvents.Annuleer"/>,
/// so the dossier's one cancel route serves applications and reservations alike.
/// </summary>
public static class ReservatieEvents
{
    /// <summary>The association confirmed its reservation (no payload).</summary>
    public const string Bevestig = "BevestigReservatie";
}

/// <summary>The activities' inputs.</summary>
public sealed record BeschikbaarheidVraag(string OvoCode, string Materiaal, DateOnly Van, DateOnly Tot);

public sealed record Vasthouding(string OvoCode, ReservatieIndiening Indiening);

public sealed record ReservatieVraag(string OvoCode, string ReservatieId);
