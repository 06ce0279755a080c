namespace VLoket.Domain.Dossiers.Model;

/// <summary>What the association asks of its dossier's workflow.</summary>
public enum VerzoekSoort
{
    /// <summary>An answer to the agency's question, perhaps with a document.</summary>
    Antwoord,

    /// <summary>A cancellation, with the association's reason.</summary>
    Annulering,
}

/// <summary>
/// A request of the association, kept in storage so the workflow's event carries only its id: the text is the
/// association's own words and may name people, so it stays out of the workflow's history.
/// </summary>
public sealed record Verzoek(string VerzoekId, string DossierId, VerzoekSoort Soort, string Tekst, DossierDocument? Document, DateTimeOffset Tijdstip)
{
    /// <summary>The id of the answer to question <paramref name="vraagnummer"/>: one per question, so a second answer is refused.</summary>
    public static string AntwoordId(int vraagnummer) => $"{AntwoordVoorvoegsel}{vraagnummer}";

    /// <summary>Whether <paramref name="verzoekId"/> names the question it answers (see <see cref="AntwoordId"/>).</summary>
    public static bool IsGenummerdAntwoord(string verzoekId) => verzoekId.StartsWith(AntwoordVoorvoegsel, StringComparison.Ordinal);

    const string AntwoordVoorvoegsel = "antwoord-";
}
