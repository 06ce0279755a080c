using VLoket.Orchestrations.Dossiers;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Reservaties.V1;

/// <summary>
/// What version 1 of the reservation workflow starts from (see <see cref="ReservatieOrchestrator"/>); the loan runs from
/// <c>Van</c> to <c>Tot</c> inclusive. Kept only for instances started before <see cref="ReservatieOrchestratorV2"/>.
/// </summary>
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
}
