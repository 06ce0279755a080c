using System.Net.Http.Json;
using System.Text.Json;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Bronnen.Kbo;
using VLoket.Functions.Http;

namespace VLoket.Functions.Bronnen;

/// <summary>
/// The one HTTP connector for the external data sources (bank confirmations, youth-work attests, recognitions), per
/// docs/contracts/gegevensbron-connector.openapi.json: <c>POST {basis}gegevens</c> with the association, its KBO number,
/// its people (INSZ only in this body) and its accounts, answered with <c>{items:[…]}</c>. Anything but a 2xx with a
/// readable body counts as the source being down.
/// </summary>
public sealed class HttpGegevensBron(IHttpClientFactory http, string code, string naam) : IGegevensBron
{
    /// <summary>The name of the HttpClient of a source, configured in <c>AddVLoket</c>.</summary>
    public static string ClientNaam(string code) => "gegevensbron-" + code;

    public string Code => code;

    public string Naam => naam;

    public bool GeldtVoor(BronVraag vraag) => true;

    public async Task<IReadOnlyList<BronItem>> HaalOpAsync(BronVraag vraag, CancellationToken ct = default)
    {
        var body = new
        {
            vraag.VCode,
            vraag.KboNummer,
            Personen = vraag.Personen.Select(p => new { p.Referentie, p.Insz }),
            vraag.Bankrekeningnummers,
        };
        try
        {
            using var antwoord = await http.CreateClient(ClientNaam(code)).PostAsJsonAsync("gegevens", body, JsonAntwoord.Opties, ct);
            if (!antwoord.IsSuccessStatusCode)
            {
                throw new BronNietBeschikbaarFout(naam);
            }

            var inhoud = await antwoord.Content.ReadFromJsonAsync<Antwoord>(JsonAntwoord.Opties, ct);
            return [.. (inhoud?.Items ?? []).Where(i => i.Categorie is not null && i.Label is not null).Select(i => new BronItem(
                i.Categorie!, i.Label!, i.Waarde, i.GeldigTot, i.Status, i.Referentie, i.OvoCode))];
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new BronNietBeschikbaarFout(naam, e);
        }
    }

    sealed record Antwoord(List<Item>? Items);

    sealed record Item(string? Categorie, string? Label, JsonElement Waarde, string? GeldigTot, string? Status, string? Referentie, string? OvoCode);
}
