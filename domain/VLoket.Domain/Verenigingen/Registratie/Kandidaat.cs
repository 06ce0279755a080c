using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Verenigingen.Registratie;

/// <summary>An existing association that may be the one being registered.</summary>
public sealed record Kandidaat(string VCode, string Naam, List<Locatie> Locaties, List<Hoofdactiviteit> Hoofdactiviteiten, double Score);

/// <summary>Registration stopped because of possible duplicates; the client may confirm with <see cref="BevestigingsToken"/>.</summary>
public sealed class MogelijkeDuplicatenFout(IReadOnlyList<Kandidaat> kandidaten, string bevestigingsToken)
    : Exception("Er bestaan al verenigingen die erg op deze lijken. Controleer of je vereniging er niet bij staat.")
{
    public IReadOnlyList<Kandidaat> Kandidaten { get; } = kandidaten;

    public string BevestigingsToken { get; } = bevestigingsToken;
}
