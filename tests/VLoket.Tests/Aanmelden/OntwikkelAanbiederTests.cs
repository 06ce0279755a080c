using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VLoket.Functions.Ontwikkeling;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Aanmelden;

/// <summary>
/// The local OpenID provider of Development, through HTTP as the front end uses it: discovery, authorization code with
/// PKCE at the persona picker, the token endpoint, refresh, end-session and a key rotation; and the API accepting its
/// tokens through the same validation it applies to ACM's.
/// </summary>
public sealed class OntwikkelAanbiederTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    readonly HttpClient http = new(new HttpClientHandler { AllowAutoRedirect = false });

    sealed record Aanbieder(JsonObject Discovery, string ClientId, string Scope, Uri Loket);

    async Task<Aanbieder> OntdekAsync()
    {
        var instellingen = (await http.GetFromJsonAsync<JsonObject>(new Uri(fixture.Host.BaseAddress, "api/aanmelding")))!;
        string authority = instellingen["authority"]!.GetValue<string>();
        var discovery = (await http.GetFromJsonAsync<JsonObject>(authority.TrimEnd('/') + "/.well-known/openid-configuration"))!;
        return new Aanbieder(discovery, instellingen["clientId"]!.GetValue<string>(), instellingen["scope"]!.GetValue<string>(), fixture.Host.BaseAddress);
    }

    /// <summary>The front end's sign-in as a person would do it: the picker, a persona, the code, the tokens.</summary>
    async Task<JsonObject> MeldAanAsync(Aanbieder a, DemoPersona persona, bool metVerifier = true)
    {
        string verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        string challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = a.ClientId, ["redirect_uri"] = a.Loket.ToString(), ["response_type"] = "code", ["scope"] = a.Scope,
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256", ["state"] = "s1", ["nonce"] = "n1",
        };
        string autorisatie = a.Discovery["authorization_endpoint"]!.GetValue<string>();

        string pagina = await http.GetStringAsync(QueryHelpers.AddQueryString(autorisatie, parameters));
        Assert.Contains($"Aanmelden als {persona.Voornaam} {persona.Achternaam}", pagina);

        parameters["persona"] = persona.Insz;
        using var gekozen = await http.PostAsync(autorisatie, new FormUrlEncodedContent(parameters));
        Assert.Equal(HttpStatusCode.Redirect, gekozen.StatusCode);
        var terug = gekozen.Headers.Location!;
        Assert.StartsWith(a.Loket.ToString(), terug.ToString());
        var query = QueryHelpers.ParseQuery(terug.Query);
        Assert.Equal("s1", query["state"].ToString());

        using var tokens = await http.PostAsync(a.Discovery["token_endpoint"]!.GetValue<string>(), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = query["code"].ToString(), ["redirect_uri"] = a.Loket.ToString(),
            ["client_id"] = a.ClientId, ["code_verifier"] = metVerifier ? verifier : Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)),
        }));
        var antwoord = (await tokens.Content.ReadFromJsonAsync<JsonObject>())!;
        antwoord["status"] = (int)tokens.StatusCode;
        return antwoord;
    }

    async Task<HttpStatusCode> ApiAsync(string pad, string token)
    {
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, new Uri(fixture.Host.BaseAddress, pad));
        verzoek.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var r = await http.SendAsync(verzoek);
        return r.StatusCode;
    }

    async Task<JsonObject> VernieuwAsync(Aanbieder a, string refreshToken)
    {
        using var r = await http.PostAsync(a.Discovery["token_endpoint"]!.GetValue<string>(), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = a.ClientId,
        }));
        var antwoord = (await r.Content.ReadFromJsonAsync<JsonObject>())!;
        antwoord["status"] = (int)r.StatusCode;
        return antwoord;
    }

    [Fact]
    public async Task De_aanbieder_publiceert_discovery_en_jwks_met_pkce_en_enkel_asymmetrische_sleutels()
    {
        var a = await OntdekAsync();

        Assert.Contains("S256", a.Discovery["code_challenge_methods_supported"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.NotNull(a.Discovery["end_session_endpoint"]);
        var jwks = (await http.GetFromJsonAsync<JsonObject>(a.Discovery["jwks_uri"]!.GetValue<string>()))!;
        Assert.All(jwks["keys"]!.AsArray(), k => Assert.Equal("RSA", k!["kty"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Aanmelden_met_code_en_pkce_geeft_een_token_dat_de_api_aanvaardt_met_naam_insz_en_rollen()
    {
        var a = await OntdekAsync();

        var an = await MeldAanAsync(a, DemoPersonas.Voorzitter);
        var olaf = await MeldAanAsync(a, DemoPersonas.Beheerder);

        Assert.Equal(200, an["status"]!.GetValue<int>());
        var toegang = new JsonWebToken(an["access_token"]!.GetValue<string>());
        Assert.Equal(DemoPersonas.Voorzitter.Insz, toegang.GetClaim("insz").Value);
        Assert.NotEqual(DemoPersonas.Voorzitter.Insz, toegang.Subject);
        Assert.Equal(HttpStatusCode.OK, await ApiAsync("api/mijn/verenigingen", an["access_token"]!.GetValue<string>()));
        // The role claim arrives: only the operator persona reaches the operator API.
        Assert.Equal(HttpStatusCode.NotFound, await ApiAsync("api/beheer/workflows", an["access_token"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.OK, await ApiAsync("api/beheer/workflows", olaf["access_token"]!.GetValue<string>()));
        // The ID token is for the front end: names, no INSZ.
        var id = new JsonWebToken(an["id_token"]!.GetValue<string>());
        Assert.Equal("An", id.GetClaim("given_name").Value);
        Assert.False(id.TryGetClaim("insz", out _));
    }

    [Fact]
    public async Task Zonder_de_juiste_pkce_verifier_geeft_de_aanbieder_geen_token()
    {
        var a = await OntdekAsync();

        var antwoord = await MeldAanAsync(a, DemoPersonas.Nieuwkomer, metVerifier: false);

        Assert.Equal(400, antwoord["status"]!.GetValue<int>());
        Assert.Equal("invalid_grant", antwoord["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Het_token_wordt_vernieuwd_en_na_afmelden_bij_de_aanbieder_niet_meer()
    {
        var a = await OntdekAsync();
        var tokens = await MeldAanAsync(a, DemoPersonas.Penningmeester);

        var vernieuwd = await VernieuwAsync(a, tokens["refresh_token"]!.GetValue<string>());
        Assert.Equal(200, vernieuwd["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, await ApiAsync("api/mijn/verenigingen", vernieuwd["access_token"]!.GetValue<string>()));

        string terug = new Uri(a.Loket, "?afgemeld=1").ToString();
        using var afmelden = await http.GetAsync(QueryHelpers.AddQueryString(a.Discovery["end_session_endpoint"]!.GetValue<string>(), new Dictionary<string, string?>
        {
            ["id_token_hint"] = vernieuwd["id_token"]!.GetValue<string>(), ["post_logout_redirect_uri"] = terug, ["state"] = "uit",
        }));
        Assert.Equal(HttpStatusCode.Redirect, afmelden.StatusCode);
        Assert.StartsWith(terug, afmelden.Headers.Location!.ToString());

        var naAfmelden = await VernieuwAsync(a, vernieuwd["refresh_token"]!.GetValue<string>());
        Assert.Equal(400, naAfmelden["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task Na_een_sleutelrotatie_bij_de_aanbieder_aanvaardt_de_api_tokens_met_de_nieuwe_sleutel_en_nog_die_met_de_oude()
    {
        var a = await OntdekAsync();
        string oud = (await MeldAanAsync(a, DemoPersonas.Voorzitter))["access_token"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, await ApiAsync("api/mijn/verenigingen", oud));

        string nieuweSleutel = fixture.Host.Aanbieder!.RoteerSleutel();
        string nieuw = (await MeldAanAsync(a, DemoPersonas.Voorzitter))["access_token"]!.GetValue<string>();

        Assert.Equal(nieuweSleutel, new JsonWebToken(nieuw).Kid);
        Assert.NotEqual(new JsonWebToken(oud).Kid, nieuweSleutel);
        Assert.Equal(HttpStatusCode.OK, await ApiAsync("api/mijn/verenigingen", nieuw));
        Assert.Equal(HttpStatusCode.OK, await ApiAsync("api/mijn/verenigingen", oud));
    }

    [Fact]
    public async Task Annuleren_op_de_aanmeldpagina_stuurt_access_denied_terug_naar_het_loket()
    {
        var a = await OntdekAsync();
        var parameters = new Dictionary<string, string?>
        {
            ["client_id"] = a.ClientId, ["redirect_uri"] = a.Loket.ToString(), ["response_type"] = "code", ["scope"] = a.Scope,
            ["code_challenge"] = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32)), ["code_challenge_method"] = "S256",
            ["state"] = "s2", ["annuleren"] = "1",
        };

        using var r = await http.PostAsync(a.Discovery["authorization_endpoint"]!.GetValue<string>(), new FormUrlEncodedContent(parameters));

        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var query = QueryHelpers.ParseQuery(r.Headers.Location!.Query);
        Assert.Equal("access_denied", query["error"].ToString());
        Assert.Equal("s2", query["state"].ToString());
    }
}
