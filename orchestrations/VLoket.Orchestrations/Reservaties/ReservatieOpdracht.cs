using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Dossiers;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Reservaties;

/// <summary>
/// What the reservation workflow (version 2) starts from, fixed when it starts so replays agree; the loan runs from
/// <c>Van</c> to <c>Tot</c> inclusive. Ids, the material and the policies only: no text of the association.
/// </summary>
/// <param name="Modus">How the agency reports a lending service's approval: <see cref="Modi.Callback"/> (events, read now and then as a safety net) or by being read.</param>
/// <param name="CallbackUrl">Where the agency reports approvals and refusals (the loket's callback route for this agency).</param>
/// <param name="EerstePollSeconden">First interval for reading a reservation that waits for approval; it doubles up to <paramref name="MaxPollSeconden"/>.</param>
/// <param name="Traceparent">W3C traceparent of the request that started the workflow (see <see cref="Telemetrie.Spoor"/>).</param>
/// <param name="Pogingen">Attempts per agency call before the workflow fails for an operator.</param>
public sealed record ReservatieWorkflow(string DossierId, string VCode, string OvoCode, string Materiaal, int Aantal, DateOnly Van, DateOnly Tot,
    string Modus, string? CallbackUrl, int EerstePollSeconden = 5, int MaxPollSeconden = 3600, string? Traceparent = null,
    int Pogingen = DossierRegels.StandaardPogingen)
{
    /// <summary>Where this workflow's steps belong in a trace (a method, so it is not serialized with the input).</summary>
    public Spoor Spoor() => new(DossierId, VCode, Traceparent);

    /// <summary>What the workflow asks the agency to hold.</summary>
    public ReservatieIndiening Indiening() => new(DossierId, VCode, Materiaal, Aantal, Van, Tot, CallbackUrl);
}

/// <summary>How the reservation workflow ended (every version); <see cref="ReservatieId"/> is null when nothing was held.</summary>
public sealed record ReservatieUitkomst(string Fase, string Label, string? ReservatieId);

/// <summary>The activities' inputs.</summary>
public sealed record BeschikbaarheidVraag(string OvoCode, string Materiaal, DateOnly Van, DateOnly Tot, Spoor? Spoor = null);

public sealed record Vasthouding(string OvoCode, ReservatieIndiening Indiening, Spoor? Spoor = null);

/// <summary>
/// A step on one reservation. <c>MetGoedkeuring</c> is set by version 2, which waits for a lending service's approval.
/// Version 1 does not know that status, so for it a confirmation the agency answers with
/// <see cref="ReservatieStatussen.TerGoedkeuring"/> counts as not possible, as before.
/// </summary>
public sealed record ReservatieVraag(string OvoCode, string ReservatieId, Spoor? Spoor = null, bool MetGoedkeuring = false);

/// <summary>
/// Input of <see cref="VerwerkGoedkeuring"/>: the lending service's decision as a kept report (<c>EventId</c>), or, without
/// one, as the reservation reads at the agency. <c>Wat</c> is the loket's own description of the loan.
/// </summary>
public sealed record GoedkeuringStap(string DossierId, string VCode, string OvoCode, string ReservatieId, string? EventId, bool Bevestigd, string Wat,
    Spoor? Spoor = null);
