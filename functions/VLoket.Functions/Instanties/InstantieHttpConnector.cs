using System.Net.Http.Json;
using VLoket.Domain.Instanties;
using VLoket.Functions.Http;

namespace VLoket.Functions.Instanties;

/// <summary>
/// The agency connector contract over HTTP (docs/contracts/instantie-connector.openapi.json). Transient failures
/// (timeouts, 5xx) become <see cref="InstantieTijdelijkOnbereikbaarFout"/> so the workflow's retry policy retries them;
/// this client itself does not retry, to keep one retry policy in one place.
/// </summary>
public sealed class InstantieHttpConnector(HttpClient http) : IInstantieConnector
{
    public Task<Zaak> DienInAsync(Instantie instantie, AanvraagIndiening indiening, string idempotentieSleutel, CancellationToken ct = default)
    {
        var vraag = new HttpRequestMessage(HttpMethod.Post, new Uri(instantie.BasisUrl, "aanvragen")) { Content = JsonContent.Create(indiening, options: JsonAntwoord.Opties) };
        vraag.Headers.Add("Idempotency-Key", idempotentieSleutel);
        return StuurAsync(instantie, vraag, ct);
    }

    public Task<Zaak> LeesAsync(Instantie instantie, string zaakId, CancellationToken ct = default) =>
        StuurAsync(instantie, new HttpRequestMessage(HttpMethod.Get, new Uri(instantie.BasisUrl, $"aanvragen/{Uri.EscapeDataString(zaakId)}")), ct);

    public Task<Zaak> AntwoordAsync(Instantie instantie, string zaakId, string antwoord, CancellationToken ct = default) =>
        StuurAsync(instantie, new HttpRequestMessage(HttpMethod.Post, new Uri(instantie.BasisUrl, $"aanvragen/{Uri.EscapeDataString(zaakId)}/antwoord"))
        {
            Content = JsonContent.Create(new { antwoord }, options: JsonAntwoord.Opties),
        }, ct);

    public Task<Zaak> AnnuleerAsync(Instantie instantie, string zaakId, CancellationToken ct = default) =>
        StuurAsync(instantie, new HttpRequestMessage(HttpMethod.Post, new Uri(instantie.BasisUrl, $"aanvragen/{Uri.EscapeDataString(zaakId)}/annuleer")), ct);

    async Task<Zaak> StuurAsync(Instantie instantie, HttpRequestMessage vraag, CancellationToken ct)
    {
        using var antwoord = await InstantieVerkeer.StuurAsync(http, instantie, vraag, ct);
        if (!antwoord.IsSuccessStatusCode)
        {
            // Its body stays unread: it may echo what the association sent, and this message goes into the workflow's history.
            throw InstantieWeigertFout.VanStatus(instantie.OvoCode, (int)antwoord.StatusCode);
        }

        return await antwoord.Content.ReadFromJsonAsync<Zaak>(JsonAntwoord.Opties, ct)
            ?? throw new InstantieWeigertFout(instantie.OvoCode, (int)antwoord.StatusCode, "leeg antwoord");
    }
}
