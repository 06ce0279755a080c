using System.Net.Http.Json;
using VLoket.Domain.Instanties;
using VLoket.Functions.Http;

namespace VLoket.Functions.Instanties;

/// <summary>
/// <c>POST {basis}gegevenswijzigingen</c> of the agency connector contract. Like <see cref="InstantieHttpConnector"/> it
/// does not retry itself: timeouts and 5xx become <see cref="InstantieTijdelijkOnbereikbaarFout"/> for the delivery
/// workflow's retries, other refusals <see cref="InstantieWeigertFout"/> without the agency's body (it could echo personal data).
/// </summary>
public sealed class GegevensHttpConnector(HttpClient http) : IGegevensConnector
{
    public async Task BezorgAsync(Instantie instantie, GegevenswijzigingBericht bericht, string idempotentieSleutel, CancellationToken ct = default)
    {
        using var vraag = new HttpRequestMessage(HttpMethod.Post, new Uri(instantie.BasisUrl, "gegevenswijzigingen"))
        {
            Content = JsonContent.Create(bericht, options: JsonAntwoord.Opties),
        };
        vraag.Headers.Add("Idempotency-Key", idempotentieSleutel);
        using var antwoord = await InstantieVerkeer.StuurAsync(http, instantie, vraag, ct);
        if (!antwoord.IsSuccessStatusCode)
        {
            throw new InstantieWeigertFout(instantie.OvoCode, (int)antwoord.StatusCode, "de gegevenswijziging werd niet aanvaard");
        }
    }
}
