using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Dossiers;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Reservaties;

/// <summary>Everything the reservation workflow needs, fixed when it starts; the loan runs from <c>Van</c> to <c>Tot</c> inclusive.</summary>
/// <param name="Traceparent">W3C traceparent of the request that started the workflow (see <see cref="Telemetrie.Spoor"/>); null for workflows started before tracing.</param>
/// <param name="Pogingen">Attempts per agency call before the workflow fails for an operator; fixed at the start so replays agree.</param>
/// <param name="Versie">
/// 1 (instances started before it was set): a cancellation's event carries the reason itself. 2: it carries the id of the
/// stored request, and the closing step reads the reason, so the history holds no text of the association.
/// </param>
public sealed record ReservatieOpdracht(string DossierId, string VCode, string OvoCode, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot,
    string? Traceparent = null, int Pogingen = DossierRegels.StandaardPogingen, int Versie = 1)
{
    /// <summary>Where this workflow's steps belong in a trace (a method, so it is not serialized with the input).</summary>
    public Spoor Spoor() => new(DossierId, VCode, Traceparent);

    /// <summary>The version new reservations start with.</summary>
    public const int HuidigeVersie = 2;
}

/// <summary>How the reservation workflow ended; <see cref="ReservatieId"/> is null when nothing was held.</summary>
public sealed record ReservatieUitkomst(string Fase, string Label, string? ReservatieId);

/// <summary>The activities' inputs.</summary>
public sealed record BeschikbaarheidVraag(string OvoCode, string Materiaal, DateOnly Van, DateOnly Tot, Spoor? Spoor = null);

public sealed record Vasthouding(string OvoCode, ReservatieIndiening Indiening, Spoor? Spoor = null);

public sealed record ReservatieVraag(string OvoCode, string ReservatieId, Spoor? Spoor = null);
