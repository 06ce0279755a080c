using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VLoket.Tests.Infrastructure;

/// <summary>An HTTP client signed in as one person, with helpers for JSON and ETags.</summary>
public sealed class LoketClient : IDisposable
{
    readonly HttpClient http;

    LoketClient(HttpClient http, string insz)
    {
        this.http = http;
        Insz = insz;
    }

    public string Insz { get; }

    public static async Task<LoketClient> AanmeldenAsync(Uri basis, string insz, string voornaam, string achternaam, string[] rollen, string? eMail = null,
        bool eMailGeverifieerd = true)
    {
        var http = new HttpClient { BaseAddress = basis, Timeout = TimeSpan.FromSeconds(60) };
        var antwoord = await http.PostAsJsonAsync("api/dev/token", new { insz, voornaam, achternaam, rollen, eMail, eMailGeverifieerd });
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        string token = (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new LoketClient(http, insz);
    }

    public Task<Antwoord> GetAsync(string url) => SendAsync(HttpMethod.Get, url, null, null);

    public Task<Antwoord> PostAsync(string url, object? body, string? ifMatch = null, IDictionary<string, string>? headers = null) =>
        SendAsync(HttpMethod.Post, url, body, ifMatch, headers);

    public Task<Antwoord> PatchAsync(string url, object? body, string? ifMatch) => SendAsync(HttpMethod.Patch, url, body, ifMatch);

    public Task<Antwoord> DeleteAsync(string url, string? ifMatch) => SendAsync(HttpMethod.Delete, url, null, ifMatch);

    /// <summary>Sends <paramref name="body"/> as is when it is a string (raw JSON), serialised otherwise.</summary>
    public async Task<Antwoord> SendAsync(HttpMethod method, string url, object? body, string? ifMatch, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            string json = body as string ?? JsonSerializer.Serialize(body, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        foreach (var (naam, waarde) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(naam, waarde);
        }

        using var response = await http.SendAsync(request);
        string tekst = await response.Content.ReadAsStringAsync();
        return new Antwoord(response.StatusCode, tekst, response.Content.Headers.ContentType?.MediaType,
            response.Headers.ETag?.ToString() ?? (response.Headers.TryGetValues("ETag", out var e) ? e.First() : null),
            response.Headers.Location?.ToString());
    }

    /// <summary>Sends a request built by the caller (raw bytes, streamed bodies, odd content types) as this person.</summary>
    public Task<HttpResponseMessage> SendRauwAsync(HttpRequestMessage vraag) => http.SendAsync(vraag);

    public void Dispose() => http.Dispose();
}

/// <summary>What came back: status, body (parsed on demand), content type, ETag and Location.</summary>
public sealed record Antwoord(HttpStatusCode Status, string Tekst, string? ContentType, string? ETag, string? Location)
{
    public JsonNode Json => JsonNode.Parse(Tekst) ?? throw new InvalidOperationException("Empty body.");

    /// <summary>The field names of a problem+json validation answer.</summary>
    public IReadOnlyList<string> FoutVelden => Json["fouten"]?.AsArray().Select(f => f!["veld"]!.GetValue<string>()).ToList() ?? [];

    public override string ToString() => $"{(int)Status} {Tekst}";
}
