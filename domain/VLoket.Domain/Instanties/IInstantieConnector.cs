namespace VLoket.Domain.Instanties;

/// <summary>
/// What the loket submits (see docs/contracts/instantie-connector.openapi.json). Answers are typed: a number, an ISO date
/// string, a boolean, a choice or a list of choices, a text, or the document id of a file in <c>Bijlagen</c>.
/// </summary>
public sealed record AanvraagIndiening(
    string DossierId, string VCode, string Productnummer, Dictionary<string, System.Text.Json.JsonElement> Antwoorden,
    Dictionary<string, string> Gegevens, string? CallbackUrl, List<IndieningBijlage>? Bijlagen = null);

/// <summary>
/// A file sent with an application (the answer to question <paramref name="Vraag"/>, whose value is <paramref name="DocumentId"/>):
/// the agency fetches it at <paramref name="Url"/>, a signed link that works until <paramref name="VerlooptOp"/>, and checks its SHA-256.
/// </summary>
public sealed record IndieningBijlage(string Vraag, string DocumentId, string Naam, string ContentType, long Grootte, string Sha256, Uri Url, DateTimeOffset VerlooptOp);

/// <summary>A case as the agency reports it.</summary>
public sealed record Zaak(
    string ZaakId, string DossierId, string OvoCode, string Productnummer, string Fase, string Label, string? Vraag,
    Beslissing? Beslissing, DateTimeOffset BijgewerktOp);

public sealed record Beslissing(string Uitkomst, string Motivering, BeslissingDocument? Document);

public sealed record BeslissingDocument(string Naam, string ContentType, string InhoudBase64);

/// <summary>A status change an agency calls back with.</summary>
public sealed record StatusWijziging(
    string EventId, string OvoCode, string ZaakId, string DossierId, string Fase, string Label, string? Vraag,
    Beslissing? Beslissing, DateTimeOffset Tijdstip);

/// <summary>The agency connector contract, as the loket calls it.</summary>
public interface IInstantieConnector
{
    /// <summary>Submits; the same <paramref name="idempotentieSleutel"/> never creates a second case.</summary>
    Task<Zaak> DienInAsync(Instantie instantie, AanvraagIndiening indiening, string idempotentieSleutel, CancellationToken ct = default);

    Task<Zaak> LeesAsync(Instantie instantie, string zaakId, CancellationToken ct = default);

    Task<Zaak> AntwoordAsync(Instantie instantie, string zaakId, string antwoord, CancellationToken ct = default);

    Task<Zaak> AnnuleerAsync(Instantie instantie, string zaakId, CancellationToken ct = default);
}

/// <summary>The agency did not answer or answered 5xx: worth retrying, the idempotency key keeps it safe.</summary>
public sealed class InstantieTijdelijkOnbereikbaarFout(string ovoCode, string reden, Exception? oorzaak = null)
    : Exception($"Instantie {ovoCode} is tijdelijk niet bereikbaar: {reden}", oorzaak);

/// <summary>
/// The agency refused the request (4xx): retrying will not help. Its message becomes a failed workflow step's message (in
/// the durable history) and the dossier's explanation, so it holds the loket's own words only: <see cref="VanStatus"/>
/// for an agency's answer, whose body may echo what the association sent.
/// </summary>
public sealed class InstantieWeigertFout(string ovoCode, int status, string reden)
    : Exception($"Instantie {ovoCode} weigerde de vraag ({status}): {reden}")
{
    /// <summary>The refusal of an agency's HTTP answer, told by its status alone; the agency's body is not read.</summary>
    public static InstantieWeigertFout VanStatus(string ovoCode, int status) => new(ovoCode, status, status switch
    {
        400 or 422 => "de instantie aanvaardde de gegevens niet",
        401 or 403 => "het loket kreeg geen toegang bij de instantie",
        404 => "de instantie vond het gevraagde niet",
        409 => "dit kon niet in de toestand waarin de zaak bij de instantie is",
        _ => "de instantie weigerde",
    });
}
