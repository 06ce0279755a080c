using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Dossiers.Model;
using VLoket.Orchestrations.Dossiers;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Aanvragen.V1;

/// <summary>
/// Everything the version 1 application workflow needs, fixed when it starts. It carries the answers and the form, so it
/// is kept only for instances started before version 2 (see <see cref="AanvraagOrchestrator"/>).
/// </summary>
/// <param name="Uiterlijk">The service's deadline: past it, a dossier without a decision is <c>Verlopen</c>.</param>
/// <param name="Traceparent">W3C traceparent of the request that started the workflow, so its steps join that trace; null for workflows started before tracing.</param>
/// <param name="EerstePollSeconden">First polling interval for agencies without callbacks; it doubles up to <paramref name="MaxPollSeconden"/>.</param>
/// <param name="Pogingen">
/// How often a call to the agency is tried while it is unreachable (5xx, timeouts) before the workflow stops as Failed
/// for an operator; fixed at the start so a replay uses the same policy.
/// </param>
public sealed record AanvraagOpdracht(
    string DossierId, string VCode, string Productnummer, string OvoCode, string Modus,
    Dictionary<string, string> Antwoorden, List<Vraag> Vragen, DateTime Uiterlijk, string? CallbackUrl, int? VertegenwoordigerId,
    int EerstePollSeconden = 5, int MaxPollSeconden = 3600, string? Traceparent = null, int Pogingen = DossierRegels.StandaardPogingen)
{
    /// <summary>Where this workflow's steps belong in a trace (a method, not a property, so it is not serialized with the input).</summary>
    public Spoor Spoor() => new(DossierId, VCode, Traceparent);
}

/// <summary>The association's answer to the agency's question, raised as event <see cref="DossierEvents.Antwoord"/>.</summary>
public sealed record VerenigingAntwoord(string Antwoord, DossierDocument? Document);

/// <summary>The activities' inputs.</summary>
public sealed record AntwoordenTeControleren(List<Vraag> Vragen, Dictionary<string, string> Antwoorden, Spoor? Spoor = null);

public sealed record GegevenVraag(string VCode, string Bron, int? VertegenwoordigerId, Spoor? Spoor = null);

/// <summary>A data item the government already knows, with where it came from.</summary>
public sealed record GekendGegeven(string Bron, string Waarde, string Herkomst);

public sealed record Indiening(string OvoCode, AanvraagIndiening Aanvraag, Spoor? Spoor = null);

public sealed record ZaakVraag(string OvoCode, string ZaakId, Spoor? Spoor = null);

public sealed record AntwoordAanInstantie(string OvoCode, string ZaakId, string Antwoord, Spoor? Spoor = null);

public sealed record BeslissingBewaren(string VCode, string DossierId, string ZaakId, BeslissingDocument Document, DateTime Tijdstip, string? Traceparent = null);
