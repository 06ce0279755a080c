using VLoket.Orchestrations.Dossiers;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Aanvragen;

/// <summary>
/// What the application workflow (version 2) starts from: ids, the agency's mode and the policies, fixed at the start so a
/// replay sees the same. No answers, known data or texts: the steps read those from storage by dossier id.
/// </summary>
/// <param name="Uiterlijk">The service's deadline: past it, a dossier without a decision is <c>Verlopen</c>.</param>
/// <param name="EerstePollSeconden">First polling interval for agencies without callbacks; it doubles up to <paramref name="MaxPollSeconden"/>.</param>
/// <param name="Pogingen">Attempts per agency call while it is unreachable, before the workflow stops as Failed for an operator.</param>
/// <param name="Traceparent">W3C traceparent of the request that started the workflow, so its steps join that trace.</param>
/// <param name="Versie">
/// 2 (instances started before it was set): while the dossier waits for the association, only the answer, a callback or
/// the deadline wakes the workflow. <see cref="HuidigeVersie"/>: the case is also read now and then while it waits, so a
/// decision whose report was lost still reaches the dossier. A field of the input, not a new orchestrator: the timers
/// differ, so an instance keeps the version it started with and replays as it ran.
/// </param>
public sealed record AanvraagWorkflow(
    string DossierId, string VCode, string OvoCode, string Modus, DateTime Uiterlijk, string? CallbackUrl,
    int EerstePollSeconden = 5, int MaxPollSeconden = 3600, string? Traceparent = null, int Pogingen = DossierRegels.StandaardPogingen,
    int Versie = 2)
{
    /// <summary>The version new applications start with (see <see cref="Versie"/>).</summary>
    public const int HuidigeVersie = 3;

    /// <summary>Whether the case is read while the dossier waits for the association's answer.</summary>
    public bool LeestTijdensVraag() => Versie >= 3;

    /// <summary>Where this workflow's steps belong in a trace (a method, not a property, so it is not serialized with the input).</summary>
    public Spoor Spoor() => new(DossierId, VCode, Traceparent);
}

/// <summary>How the application workflow ended (every version).</summary>
public sealed record AanvraagUitkomst(string Fase, string Label);

/// <summary>Input of <see cref="DienDossierIn"/>.</summary>
public sealed record Indienen(string DossierId, string VCode, string OvoCode, string? CallbackUrl, Spoor? Spoor = null);

/// <summary>Input of the steps that concern the agency's case (<see cref="LeesZaak"/>, <see cref="AnnuleerZaak"/>).</summary>
public sealed record ZaakStap(string DossierId, string VCode, string OvoCode, string ZaakId, Spoor? Spoor = null);

/// <summary>Input of <see cref="BezorgAntwoord"/>: the stored answer by id.</summary>
public sealed record AntwoordStap(string DossierId, string VCode, string OvoCode, string ZaakId, string VerzoekId, Spoor? Spoor = null);

/// <summary>Input of <see cref="VerwerkMelding"/>: the kept callback by its event id.</summary>
public sealed record MeldingStap(string DossierId, string VCode, string OvoCode, string EventId, Spoor? Spoor = null);
