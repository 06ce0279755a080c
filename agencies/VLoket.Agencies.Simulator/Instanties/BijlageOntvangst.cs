using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>A file as the simulated agency fetched it: the hash the loket announced, the hash of what arrived, and its size.</summary>
public sealed record OntvangenBijlage(string? Vraag, string? DocumentId, string? Naam, string? ContentType, string? Sha256Aangekondigd, string Sha256Ontvangen,
    long Grootte, bool Klopt);

/// <summary>An application exactly as the agency received it: its answers as JSON (with their types) and its files.</summary>
public sealed record OntvangenIndiening(string ZaakId, string? DossierId, IReadOnlyDictionary<string, JsonElement> Antwoorden,
    IReadOnlyDictionary<string, string> Gegevens, IReadOnlyList<OntvangenBijlage> Bijlagen);

/// <summary>Fetches the files of an application through their links and checks each one's SHA-256.</summary>
public static class BijlageOntvangst
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// The fetched files, or the answer the agency gives instead: 400 for a file that is not what was announced (or a
    /// link that is refused), 503 when the loket could not be reached (the loket retries with the same key).
    /// </summary>
    public static async Task<(List<OntvangenBijlage> Bijlagen, IResult? Probleem)> HaalOpAsync(IReadOnlyList<IndieningBijlage>? bijlagen, CancellationToken ct)
    {
        var ontvangen = new List<OntvangenBijlage>();
        foreach (var b in bijlagen ?? [])
        {
            if (!Uri.TryCreate(b.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                return (ontvangen, Ongeldig($"Bijlage {b.DocumentId}: url moet een absolute http- of https-URL zijn."));
            }

            HttpResponseMessage antwoord;
            try
            {
                antwoord = await Http.GetAsync(url, ct);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                return (ontvangen, Onbereikbaar($"Bijlage {b.DocumentId} kon niet opgehaald worden: {e.Message}"));
            }

            using (antwoord)
            {
                if ((int)antwoord.StatusCode >= 500)
                {
                    return (ontvangen, Onbereikbaar($"Bijlage {b.DocumentId}: het loket antwoordde {(int)antwoord.StatusCode}."));
                }

                if (!antwoord.IsSuccessStatusCode)
                {
                    return (ontvangen, Ongeldig($"Bijlage {b.DocumentId} kon niet opgehaald worden ({(int)antwoord.StatusCode})."));
                }

                byte[] inhoud = await antwoord.Content.ReadAsByteArrayAsync(ct);
                string sha = Convert.ToHexStringLower(SHA256.HashData(inhoud));
                bool klopt = string.Equals(sha, b.Sha256, StringComparison.OrdinalIgnoreCase) && inhoud.Length == b.Grootte;
                if (!klopt)
                {
                    return (ontvangen, Ongeldig($"Bijlage {b.DocumentId}: de inhoud komt niet overeen met de aangekondigde SHA-256 en grootte."));
                }

                ontvangen.Add(new OntvangenBijlage(b.Vraag, b.DocumentId, b.Naam, antwoord.Content.Headers.ContentType?.MediaType, b.Sha256, sha, inhoud.Length, klopt));
            }
        }

        return (ontvangen, null);
    }

    static IResult Ongeldig(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Ongeldige bijlage", detail: detail);

    static IResult Onbereikbaar(string detail) =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Bijlage niet bereikbaar", detail: detail);
}

/// <summary>What each simulated agency received per case, for tests and the demo: <c>GET /instanties/{ovoCode}/zaken/{zaakId}/indiening</c>.</summary>
public sealed class OntvangenIndieningen
{
    readonly ConcurrentDictionary<(string, string), OntvangenIndiening> indieningen = new();

    public void Bewaar(string ovoCode, string zaakId, AanvraagIndiening indiening, IReadOnlyList<OntvangenBijlage> bijlagen) =>
        indieningen.TryAdd((ovoCode, zaakId), new OntvangenIndiening(zaakId, indiening.DossierId, indiening.Antwoorden ?? new Dictionary<string, JsonElement>(),
            indiening.Gegevens ?? new Dictionary<string, string>(), bijlagen));

    public OntvangenIndiening? Zoek(string ovoCode, string zaakId) => indieningen.GetValueOrDefault((ovoCode, zaakId));
}
