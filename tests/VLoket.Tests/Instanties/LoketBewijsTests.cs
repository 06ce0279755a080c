using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VLoket.Functions.Sleutels;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Instanties.InstantieFixture;

namespace VLoket.Tests.Instanties;

/// <summary>
/// The simulated agencies and sources, as a real receiver would, refuse (401 problem+json) a connector call without
/// the loket's credential, with one for another receiver, an expired one, a reused one, one signed with another key, or
/// a hand-off-typed token; and they accept a fresh one. The keys come from a JWKS over HTTP (<see cref="LoketBewijzen"/>).
/// </summary>
public sealed class LoketBewijsTests(InstantieFixture fixture) : IClassFixture<InstantieFixture>
{
    Uri Basis(string ovoCode) => fixture.Simulator.InstantieUrl(ovoCode);

    async Task<(HttpStatusCode Status, string Tekst, HttpResponseMessage Antwoord)> IndienenAsync(string ovoCode, string? bearer, string dossierId)
    {
        using var http = new HttpClient();
        using var vraag = new HttpRequestMessage(HttpMethod.Post, new Uri(Basis(ovoCode), "aanvragen"))
        {
            Content = JsonContent.Create(Aanvraag("stil") with { DossierId = dossierId }, options: new(JsonSerializerDefaults.Web)),
        };
        vraag.Headers.Add("Idempotency-Key", dossierId);
        if (bearer is not null)
        {
            vraag.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        var antwoord = await http.SendAsync(vraag);
        return (antwoord.StatusCode, await antwoord.Content.ReadAsStringAsync(), antwoord);
    }

    async Task WeigertZonderZaakAsync(string? bearer, string verwachteChallenge)
    {
        string dossierId = "D-" + Guid.NewGuid().ToString("N")[..8];

        var (status, tekst, antwoord) = await IndienenAsync(Cultuur, bearer, dossierId);

        Assert.True(status == HttpStatusCode.Unauthorized, $"{status}: {tekst}");
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal(verwachteChallenge, antwoord.Headers.WwwAuthenticate.ToString());
        Assert.Contains("loket", JsonNode.Parse(tekst)!["detail"]!.GetValue<string>());
        var zaken = await fixture.ZakenAsync(Cultuur); // a test hook: open without a credential
        Assert.DoesNotContain(dossierId, zaken.Tekst);
    }

    [Fact]
    public async Task Met_een_vers_bewijs_aanvaardt_de_instantie_de_aanvraag()
    {
        var (status, tekst, _) = await IndienenAsync(Cultuur, LoketBewijzen.Bewijs().Maak(Basis(Cultuur)), "D-" + Guid.NewGuid().ToString("N")[..8]);

        Assert.True(status == HttpStatusCode.Created, $"{status}: {tekst}");
    }

    [Fact]
    public Task Zonder_bewijs_401_en_geen_zaak() => WeigertZonderZaakAsync(null, "Bearer");

    [Fact]
    public Task Met_een_bewijs_voor_een_andere_instantie_401() =>
        WeigertZonderZaakAsync(LoketBewijzen.Bewijs().Maak(Basis(Gent)), "Bearer error=\"invalid_token\"");

    [Fact]
    public Task Met_een_verlopen_bewijs_401() =>
        WeigertZonderZaakAsync(LoketBewijzen.Bewijs(new Verschoven(TimeSpan.FromMinutes(-5))).Maak(Basis(Cultuur)), "Bearer error=\"invalid_token\"");

    [Fact]
    public async Task Een_tweede_keer_hetzelfde_bewijs_401()
    {
        string bewijs = LoketBewijzen.Bewijs().Maak(Basis(Cultuur));
        Assert.Equal(HttpStatusCode.Created, (await IndienenAsync(Cultuur, bewijs, "D-" + Guid.NewGuid().ToString("N")[..8])).Status);

        await WeigertZonderZaakAsync(bewijs, "Bearer error=\"invalid_token\"");
    }

    [Fact]
    public Task Met_een_bewijs_getekend_met_een_andere_sleutel_401()
    {
        // Another party's key, even under the loket's kid: no secret it holds makes a credential.
        var ander = new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)) { KeyId = LoketBewijzen.Sleutel.Ondertekening.Key.KeyId };
        return WeigertZonderZaakAsync(Token(new SigningCredentials(ander, SecurityAlgorithms.EcdsaSha256), LoketBewijs.Type), "Bearer error=\"invalid_token\"");
    }

    [Fact]
    public Task Een_token_van_een_ander_type_geldt_niet_als_bewijs() =>
        WeigertZonderZaakAsync(Token(LoketBewijzen.Sleutel.Ondertekening, "JWT"), "Bearer error=\"invalid_token\"");

    [Theory]
    [InlineData("GET", "instanties/OVO004021/beschikbaarheid?materiaal=x&van=2030-01-01&tot=2030-01-02")]
    [InlineData("GET", "instanties/OVO002949/aanvragen/Z-onbekend")]
    [InlineData("POST", "instanties/OVO002949/aanvragen/Z-onbekend/annuleer")]
    [InlineData("POST", "instanties/OVO004021/reservaties/R-onbekend/bevestig")]
    [InlineData("POST", "instanties/OVO002949/gegevenswijzigingen")]
    [InlineData("POST", "bronnen/attesten/gegevens")]
    [InlineData("POST", "bronnen/bank/gegevens")]
    [InlineData("POST", "bronnen/erkenningen/gegevens")]
    [InlineData("GET", "kbo/ondernemingen/0412345614")]
    public async Task Elke_connectoroproep_zonder_bewijs_401(string methode, string pad)
    {
        using var http = new HttpClient();
        using var vraag = new HttpRequestMessage(new HttpMethod(methode), new Uri(fixture.Simulator.BaseAddress, pad));
        if (methode == "POST")
        {
            vraag.Content = new StringContent("""{"vCode":"V0001001"}""", Encoding.UTF8, "application/json");
        }

        using var antwoord = await http.SendAsync(vraag);

        Assert.Equal(HttpStatusCode.Unauthorized, antwoord.StatusCode);
    }

    [Fact]
    public async Task Kbo_en_bronnen_aanvaarden_het_bewijs_van_het_loket()
    {
        using var http = new HttpClient(LoketBewijzen.Handler());

        using var kbo = await http.GetAsync(new Uri(fixture.Simulator.KboUrl, "ondernemingen/0412345614"));
        using var bron = await http.PostAsync(new Uri(fixture.Simulator.BronUrl("attesten"), "gegevens"),
            new StringContent("""{"vCode":"V0001001","personen":[]}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, kbo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bron.StatusCode);
    }

    string Token(SigningCredentials ondertekening, string type)
    {
        var nu = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            TokenType = type,
            Issuer = LoketSleutel.Identiteit,
            Audience = Basis(Cultuur).AbsoluteUri,
            IssuedAt = nu,
            NotBefore = nu,
            Expires = nu.AddMinutes(1),
            Claims = new Dictionary<string, object> { ["sub"] = LoketSleutel.Identiteit, ["jti"] = Guid.NewGuid().ToString("N") },
            SigningCredentials = ondertekening,
        });
    }

    sealed class Verschoven(TimeSpan verschil) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + verschil;
    }
}
