using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Vijandig;

/// <summary>What the suite's person can see of what is stored: compared before and after every refused request.</summary>
public sealed record Momentopname(string? ETag, int Verenigingen, int Dossiers, int Historiek);

/// <summary>The signed-in person the suite acts as, with one association of their own to aim the requests at.</summary>
public sealed class Staat
{
    Staat(HttpClient http, string token, string beheerderToken)
    {
        Http = http;
        Token = token;
        BeheerderToken = beheerderToken;
    }

    public HttpClient Http { get; }
    public string Token { get; }

    /// <summary>An operator's token, so the operator routes read their bodies instead of answering 404 to everyone.</summary>
    public string BeheerderToken { get; }
    public string VCode { get; private set; } = string.Empty;
    public string ETag { get; private set; } = string.Empty;

    public static async Task<Staat> MaakAsync(LoketFixture fixture)
    {
        var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        async Task<string> TokenAsync(string[] rollen)
        {
            var antwoord = await http.PostAsJsonAsync("api/dev/token", new { insz = NieuwInsz(), voornaam = "Vijandig", achternaam = "Tester", rollen });
            return (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        }

        var staat = new Staat(http, await TokenAsync([]), await TokenAsync([VLoket.Functions.Aanmelden.Aanvrager.BeheerderRol]));
        await staat.RegistreerAsync();
        return staat;
    }

    async Task RegistreerAsync()
    {
        var vraag = new HttpRequestMessage(HttpMethod.Post, "api/verenigingen") { Content = JsonContent.Create(Registratie("Vijandig " + Guid.NewGuid().ToString("N")[..8])) };
        vraag.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var antwoord = await Http.SendAsync(vraag);
        Assert.Equal(HttpStatusCode.Created, antwoord.StatusCode);
        VCode = (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["vCode"]!.GetValue<string>();
        await VernieuwAsync();
    }

    async Task<JsonNode?> GetAsync(string url)
    {
        var vraag = new HttpRequestMessage(HttpMethod.Get, url);
        vraag.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var antwoord = await Http.SendAsync(vraag);
        return antwoord.IsSuccessStatusCode ? JsonNode.Parse(await antwoord.Content.ReadAsStringAsync()) : null;
    }

    public async Task<Momentopname> LeesAsync()
    {
        var vraag = new HttpRequestMessage(HttpMethod.Get, $"api/verenigingen/{VCode}");
        vraag.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var antwoord = await Http.SendAsync(vraag);
        var mijn = await GetAsync("api/mijn/verenigingen");
        var dossiers = await GetAsync($"api/verenigingen/{VCode}/dossiers");
        var historiek = await GetAsync($"api/verenigingen/{VCode}/historiek");
        return new Momentopname(antwoord.Headers.ETag?.ToString(), mijn?["verenigingen"]?.AsArray().Count ?? -1,
            dossiers?["dossiers"]?.AsArray().Count ?? -1, historiek?["historiek"]?.AsArray().Count ?? -1);
    }

    /// <summary>After an accepted request: the new ETag; a new association when the request ended this one.</summary>
    public async Task VernieuwAsync()
    {
        var vraag = new HttpRequestMessage(HttpMethod.Get, $"api/verenigingen/{VCode}");
        vraag.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var antwoord = await Http.SendAsync(vraag);
        var vereniging = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync());
        ETag = antwoord.Headers.ETag?.ToString() ?? string.Empty;
        if (vereniging?["status"]?.GetValue<string>() is { } status && status != "Actief")
        {
            await RegistreerAsync();
        }
    }
}
