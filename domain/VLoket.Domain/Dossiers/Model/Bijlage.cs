using System.Text.RegularExpressions;

namespace VLoket.Domain.Dossiers.Model;

/// <summary>
/// A file a representative uploaded for the association, to attach to an application (a <c>bestand</c> answer is its id).
/// Kept privately under the association until an application sends it (then it becomes one of the dossier's documents)
/// or, unused, removed after a day. <see cref="Concept"/> names the draft that holds it, which keeps it as long as the draft.
/// </summary>
public sealed partial record Bijlage(string BijlageId, string VCode, string Naam, string ContentType, long Grootte, string Sha256,
    DateTimeOffset Opgeladen, string? Concept = null)
{
    /// <summary>Whether <paramref name="id"/> has the shape of a file's id (B and 32 hex digits), so it can name a blob.</summary>
    public static bool IsId(string? id) => id is not null && IdVorm().IsMatch(id);

    public static string NieuwId() => "B" + Guid.NewGuid().ToString("N");

    [GeneratedRegex("^B[0-9a-f]{32}$")]
    private static partial Regex IdVorm();
}
