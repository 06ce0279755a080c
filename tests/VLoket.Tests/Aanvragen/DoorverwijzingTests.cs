using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>
/// "No wrong door": a service applied for at the agency gets a short-lived hand-off, signed with the loket's own key.
/// The simulated agency verifies it with the loket's JWKS only, and refuses another key, another audience and a replay.
/// </summary>
public sealed class DoorverwijzingTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    async Task<JsonNode> DoorverwijzingAsync(string productnummer)
    {
        var r = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/doorverwijzingen", new { productnummer });
        Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
        return r.Json;
    }

    async Task<(HttpStatusCode Status, JsonNode? Json)> BijInstantieAsync(string ovoCode, string token)
    {
        using var http = new HttpClient();
        using var antwoord = await http.PostAsync(new Uri(fixture.Simulator.BaseAddress, $"instanties/{ovoCode}/overdracht"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["vl_overdracht"] = token }));
        string tekst = await antwoord.Content.ReadAsStringAsync();
        return (antwoord.StatusCode, tekst.Length > 0 ? JsonNode.Parse(tekst) : null);
    }

    [Fact]
    public async Task De_instantie_aanvaardt_de_overdracht_met_de_jwks_van_het_loket_zonder_insz_en_maar_een_keer()
    {
        var r = await DoorverwijzingAsync(Doorverwijzing);
        string token = r["token"]!.GetValue<string>();

        var eerste = await BijInstantieAsync("OVO002949", token);
        var opnieuw = await BijInstantieAsync("OVO002949", token);

        Assert.Equal("https://kiosk.example.invalid/aanvragen/projectsubsidie", r["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, eerste.Status);
        Assert.Equal(fixture.VCode, eerste.Json!["vCode"]!.GetValue<string>());
        Assert.Null(eerste.Json["insz"]); // no legal basis in the catalogue: the person is an id for this agency only
        Assert.Matches("^[0-9a-f]{64}$", eerste.Json["persoon"]!.GetValue<string>());
        Assert.DoesNotContain(fixture.Vertegenwoordiger.Insz, Base64UrlEncoder.Decode(token.Split('.')[1]));
        Assert.Equal(HttpStatusCode.Unauthorized, opnieuw.Status); // one-time jti
        var jwt = new JsonWebToken(token);
        Assert.Equal("ES256", jwt.Alg);
        Assert.True(jwt.ValidTo - jwt.ValidFrom <= TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Unauthorized, (await BijInstantieAsync("OVO004021", (await DoorverwijzingAsync(Doorverwijzing))["token"]!.GetValue<string>())).Status);
    }

    [Fact]
    public async Task Met_een_rechtsgrond_in_de_catalogus_draagt_de_overdracht_het_insz_en_elke_instantie_ziet_een_andere_persoon()
    {
        var zonder = await BijInstantieAsync("OVO002949", (await DoorverwijzingAsync(Doorverwijzing))["token"]!.GetValue<string>());
        var met = await BijInstantieAsync("OVO003103", (await DoorverwijzingAsync(DoorverwijzingMetInsz))["token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, met.Status);
        Assert.Equal(fixture.Vertegenwoordiger.Insz, met.Json!["insz"]!.GetValue<string>());
        Assert.NotEqual(zonder.Json!["persoon"]!.GetValue<string>(), met.Json["persoon"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_token_met_een_andere_sleutel_of_voor_een_andere_instantie_weigert_de_instantie()
    {
        var echt = new JsonWebToken((await DoorverwijzingAsync(Doorverwijzing))["token"]!.GetValue<string>());
        using var vreemd = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        string Maak(SecurityKey sleutel, string algoritme, string publiek) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "vloket",
            Audience = publiek,
            Expires = DateTime.UtcNow.AddMinutes(1),
            Claims = new Dictionary<string, object> { ["jti"] = Guid.NewGuid().ToString("N"), ["sub"] = "x", ["vCode"] = fixture.VCode, ["productnummer"] = Doorverwijzing },
            SigningCredentials = new SigningCredentials(sleutel, algoritme),
        });

        // Another agency (or anyone) minting a token with its own key, even with the loket's kid.
        var andereSleutel = await BijInstantieAsync("OVO002949",
            Maak(new ECDsaSecurityKey(vreemd) { KeyId = echt.Kid }, SecurityAlgorithms.EcdsaSha256, "OVO002949"));
        // The old shared-secret scheme is not accepted any more.
        var gedeeldGeheim = await BijInstantieAsync("OVO002949",
            Maak(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), SecurityAlgorithms.HmacSha256, "OVO002949"));
        // A genuine token for one agency, presented to another.
        var andereInstantie = await BijInstantieAsync("OVO003103", (await DoorverwijzingAsync(Doorverwijzing))["token"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Unauthorized, andereSleutel.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, gedeeldGeheim.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, andereInstantie.Status);
    }

    [Fact]
    public async Task Een_aanvraagurl_zonder_https_weigert_de_import()
    {
        using var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");
        var dienst = Dienst("9199", "OVO002949", "Onveilige doorverwijzing");
        dienst["aanvraagwijze"] = "doorverwijzing";
        dienst["aanvraagUrl"] = "http://kiosk.example.invalid/aanvragen";
        dienst.Remove("formulier");

        var r = await beheerder.PostAsync("api/beheer/diensten/import", new JsonArray(dienst));

        Assert.Equal(HttpStatusCode.OK, r.Status); // the import answers per service
        Assert.True(r.Tekst.Contains("Geweigerd", StringComparison.OrdinalIgnoreCase), r.Tekst);
        Assert.Contains("moet met https:// beginnen", r.Tekst);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync("api/diensten/9199")).Status);
    }

    [Fact]
    public async Task De_jwks_bevat_alleen_de_publieke_sleutel()
    {
        var r = await fixture.Vertegenwoordiger.GetAsync("api/.well-known/jwks.json");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var sleutel = Assert.Single(r.Json["keys"]!.AsArray())!;
        Assert.Equal("EC", sleutel["kty"]!.GetValue<string>());
        Assert.Equal("ES256", sleutel["alg"]!.GetValue<string>());
        Assert.Null(sleutel["d"]);
    }

    [Fact]
    public async Task Een_dienst_van_het_loket_zelf_of_van_een_andere_vereniging_geeft_geen_doorverwijzing()
    {
        var loketdienst = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/doorverwijzingen", new { productnummer = Callback });
        var aanvraag = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/aanvragen",
            new { productnummer = Doorverwijzing, antwoorden = new Dictionary<string, string>() });
        using var ander = await fixture.AlsAsync(Voorbeelden.NieuwInsz());
        var vreemd = await ander.PostAsync($"api/verenigingen/{fixture.VCode}/doorverwijzingen", new { productnummer = Doorverwijzing });

        Assert.Equal(HttpStatusCode.BadRequest, loketdienst.Status);
        Assert.Equal(HttpStatusCode.BadRequest, aanvraag.Status);
        Assert.Contains("doorverwijzing", aanvraag.Json["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, vreemd.Status);
    }
}
