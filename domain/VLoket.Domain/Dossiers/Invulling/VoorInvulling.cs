using VLoket.Domain.Bronnen;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Dossiers.Invulling;

/// <summary>A question of a form with the answer the loket already knows, and where it knows it from.</summary>
public sealed record IngevuldeVraag(Vraag Vraag, string? Waarde, string? Herkomst)
{
    /// <summary>True when a source knows the answer: the applicant is not asked it (once only).</summary>
    public bool IsIngevuld => Waarde is not null;
}

/// <summary>
/// Fills in a service's form from what government already knows about the association and the applying
/// representative, so the applicant only types what no source knows.
/// </summary>
public static class VoorInvulling
{
    public static IReadOnlyList<IngevuldeVraag> Vul(IEnumerable<Vraag> formulier, Vereniging vereniging, int? vertegenwoordigerId, Brongegevens? bronnen = null) =>
        formulier.Select(v => v.Bron is not null && GekendeGegevens.Zoek(vereniging, v.Bron, vertegenwoordigerId, bronnen) is { } gekend
                ? new IngevuldeVraag(v, gekend.Waarde, gekend.Herkomst)
                : new IngevuldeVraag(v, null, null))
            .ToList();
}
