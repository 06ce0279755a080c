using System.Text.Json;
using System.Text.Json.Serialization;

namespace VLoket.Agencies.Simulator.Instanties;

// The wire shapes of the agency connector contract (docs/contracts/instantie-connector.openapi.json).
// Enums carry their own converter so every serialiser (HTTP answers and callback bodies) writes them as text.

/// <summary>How the simulator reads request bodies and writes callback bodies: camelCase, like its HTTP answers.</summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web);
}

/// <summary>The phase of a case at an agency. Goedgekeurd, Afgekeurd and Geannuleerd are final.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Fase>))]
public enum Fase
{
    Ingediend,
    InBehandeling,
    ActieNodig,
    Goedgekeurd,
    Afgekeurd,
    Geannuleerd,
}

/// <summary>The outcome of an agency's decision.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Uitkomst>))]
public enum Uitkomst
{
    Goedgekeurd,
    Afgekeurd,
}

/// <summary>How an agency lets the loket know that a case changed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InstantieModus>))]
public enum InstantieModus
{
    /// <summary>Decides asynchronously and calls the loket back on every phase change.</summary>
    [JsonStringEnumMemberName("callback")] Callback,

    /// <summary>Never calls back; the loket reads the status.</summary>
    [JsonStringEnumMemberName("polling")] Polling,

    /// <summary>Decides at once: the answer to the submission already holds the final case.</summary>
    [JsonStringEnumMemberName("onmiddellijk")] Onmiddellijk,
}

/// <summary>An application as the loket submits it (<c>POST {basis}/aanvragen</c>).</summary>
public sealed record AanvraagIndiening(
    string? DossierId,
    string? VCode,
    string? Productnummer,
    IReadOnlyDictionary<string, JsonElement>? Antwoorden,
    IReadOnlyDictionary<string, string>? Gegevens,
    string? CallbackUrl,
    IReadOnlyList<IndieningBijlage>? Bijlagen = null);

/// <summary>A file sent with an application: the agency fetches it at <c>url</c> (signed, until <c>verlooptOp</c>) and checks its SHA-256.</summary>
public sealed record IndieningBijlage(
    string? Vraag, string? DocumentId, string? Naam, string? ContentType, long? Grootte, string? Sha256, string? Url, DateTimeOffset? VerlooptOp);

/// <summary>The applicant's answer to the agency's question (<c>POST {basis}/aanvragen/{zaakId}/antwoord</c>).</summary>
public sealed record AntwoordIndiening(string? Antwoord);

/// <summary>A case at an agency, as the agency reports it.</summary>
public sealed record Zaak(
    string ZaakId,
    string DossierId,
    string OvoCode,
    string Productnummer,
    Fase Fase,
    string Label,
    string? Vraag,
    Beslissing? Beslissing,
    DateTimeOffset BijgewerktOp);

/// <summary>The agency's decision on a case; a lending service's decision on a reservation has no document.</summary>
public sealed record Beslissing(Uitkomst Uitkomst, string Motivering, BeslissingDocument? Document);

/// <summary>The decision letter, inline.</summary>
public sealed record BeslissingDocument(string Naam, string ContentType, string InhoudBase64);

/// <summary>The body of a callback from an agency to the loket: one phase change of one case.</summary>
public sealed record StatusWijziging(
    string EventId,
    string OvoCode,
    string ZaakId,
    string DossierId,
    Fase Fase,
    string Label,
    string? Vraag,
    Beslissing? Beslissing,
    DateTimeOffset Tijdstip);

/// <summary>A simulated agency as <c>GET /instanties</c> lists it.</summary>
public sealed record InstantieBeschrijving(string OvoCode, string Naam, InstantieModus Modus);
