using System.Net;
using System.Net.Http.Json;
using VLoket.Domain.Bronnen.Kbo;
using VLoket.Functions.Http;

namespace VLoket.Functions.Bronnen;

/// <summary>The KBO connector over HTTP: <c>GET {basis}ondernemingen/{kboNummer}</c> (the simulator in the demo and tests).</summary>
public sealed class KboHttpBron(HttpClient http) : IKboBron
{
    public const string Naam = "KBO";

    public async Task<KboOnderneming?> ZoekAsync(string kboNummer, CancellationToken ct = default)
    {
        HttpResponseMessage antwoord;
        try
        {
            antwoord = await http.GetAsync($"ondernemingen/{Uri.EscapeDataString(kboNummer)}", ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new BronNietBeschikbaarFout(Naam, e);
        }

        using (antwoord)
        {
            if (antwoord.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!antwoord.IsSuccessStatusCode)
            {
                throw new BronNietBeschikbaarFout(Naam);
            }

            return await antwoord.Content.ReadFromJsonAsync<KboOnderneming>(JsonAntwoord.Opties, ct);
        }
    }
}
