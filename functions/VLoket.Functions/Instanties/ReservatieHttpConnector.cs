using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using VLoket.Domain.Instanties;
using VLoket.Functions.Http;

namespace VLoket.Functions.Instanties;

/// <summary>
/// The reservation part of the agency connector contract over HTTP. As in <see cref="InstantieHttpConnector"/>, transient
/// failures become <see cref="InstantieTijdelijkOnbereikbaarFout"/> for the workflow's retry policy; a 409 is an answer
/// (not enough free, hold lapsed) and becomes null.
/// </summary>
public sealed class ReservatieHttpConnector(HttpClient http) : IReservatieConnector
{
    public async Task<Beschikbaarheid> BeschikbaarheidAsync(Instantie instantie, string materiaal, DateOnly van, DateOnly tot, CancellationToken ct = default)
    {
        string query = $"beschikbaarheid?materiaal={Uri.EscapeDataString(materiaal)}&van={Datum(van)}&tot={Datum(tot)}";
        return await StuurAsync<Beschikbaarheid>(instantie, new HttpRequestMessage(HttpMethod.Get, new Uri(instantie.BasisUrl, query)), ct)
            ?? throw new InstantieWeigertFout(instantie.OvoCode, 409, "beschikbaarheid onbekend");
    }

    public Task<Reservatie?> HoudVastAsync(Instantie instantie, ReservatieIndiening indiening, string idempotentieSleutel, CancellationToken ct = default)
    {
        var vraag = new HttpRequestMessage(HttpMethod.Post, new Uri(instantie.BasisUrl, "reservaties")) { Content = JsonContent.Create(indiening, options: JsonAntwoord.Opties) };
        vraag.Headers.Add("Idempotency-Key", idempotentieSleutel);
        return StuurAsync<Reservatie>(instantie, vraag, ct);
    }

    public Task<Reservatie?> BevestigAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        StuurAsync<Reservatie>(instantie, new HttpRequestMessage(HttpMethod.Post, new Uri(instantie.BasisUrl, $"reservaties/{Uri.EscapeDataString(reservatieId)}/bevestig")), ct);

    public async Task<Reservatie> LeesAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        await StuurAsync<Reservatie>(instantie, new HttpRequestMessage(HttpMethod.Get, new Uri(instantie.BasisUrl, $"reservaties/{Uri.EscapeDataString(reservatieId)}")), ct)
        ?? throw new InstantieWeigertFout(instantie.OvoCode, 409, "reservatie onleesbaar");

    public async Task<Reservatie> AnnuleerAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        await StuurAsync<Reservatie>(instantie, new HttpRequestMessage(HttpMethod.Post, new Uri(instantie.BasisUrl, $"reservaties/{Uri.EscapeDataString(reservatieId)}/annuleer")), ct)
        ?? throw new InstantieWeigertFout(instantie.OvoCode, 409, "annuleren geweigerd");

    static string Datum(DateOnly datum) => datum.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    async Task<T?> StuurAsync<T>(Instantie instantie, HttpRequestMessage vraag, CancellationToken ct)
        where T : class
    {
        using var antwoord = await InstantieVerkeer.StuurAsync(http, instantie, vraag, ct);
        if (antwoord.StatusCode == HttpStatusCode.Conflict)
        {
            return null;
        }

        if (!antwoord.IsSuccessStatusCode)
        {
            // Its body stays unread: it may echo what the association sent, and this message goes into the workflow's history.
            throw InstantieWeigertFout.VanStatus(instantie.OvoCode, (int)antwoord.StatusCode);
        }

        return await antwoord.Content.ReadFromJsonAsync<T>(JsonAntwoord.Opties, ct)
            ?? throw new InstantieWeigertFout(instantie.OvoCode, (int)antwoord.StatusCode, "leeg antwoord");
    }
}
