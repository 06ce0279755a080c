using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Aanmelden;

/// <summary>
/// A stand-in OpenID provider on loopback: discovery and a JWKS whose keys a test can rotate. It signs tokens as an
/// identity provider would (RS256 with the current key).
/// </summary>
public sealed class AutoriteitFixture : HostFixture
{
    public const string Publiek = "vloket-test";

    WebApplication? autoriteit;

    public Uri Basis { get; private set; } = null!;

    public RsaSecurityKey Sleutel { get; set; } = NieuweSleutel();

    public static RsaSecurityKey NieuweSleutel() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    protected override async Task BeforeHostStartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        autoriteit = builder.Build();
        autoriteit.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Basis.ToString().TrimEnd('/'),
            ["jwks_uri"] = new Uri(Basis, "jwks").ToString(),
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        autoriteit.MapGet("/jwks", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(Sleutel.Rsa.ExportParameters(false)) { KeyId = Sleutel.KeyId });
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, kid = jwk.Kid, n = jwk.N, e = jwk.E, use = "sig", alg = "RS256" } } });
        });
        await autoriteit.StartAsync();
        string adres = autoriteit.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Basis = new Uri(adres.TrimEnd('/') + "/");
    }

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings["VLoket:Aanmelden:Authority"] = Basis.ToString().TrimEnd('/');
        settings["VLoket:Aanmelden:Publiek"] = Publiek;
        return settings;
    }

    /// <summary>A token as the provider would issue it; every part can be spoiled by a test.</summary>
    public string Token(string insz, SecurityKey? sleutel = null, string? algoritme = null, string? publiek = Publiek, string? uitgever = null,
        DateTime? verloopt = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = uitgever ?? Basis.ToString().TrimEnd('/'),
            Audience = publiek,
            NotBefore = (verloopt ?? DateTime.UtcNow.AddMinutes(5)).AddMinutes(-10),
            IssuedAt = (verloopt ?? DateTime.UtcNow.AddMinutes(5)).AddMinutes(-10),
            Expires = verloopt ?? DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["insz"] = insz, ["given_name"] = "Ria", ["family_name"] = "Rotatie" },
            SigningCredentials = new SigningCredentials(sleutel ?? Sleutel, algoritme ?? SecurityAlgorithms.RsaSha256),
        });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (autoriteit is not null)
        {
            await autoriteit.DisposeAsync();
        }
    }
}

/// <summary>The API validates the provider's tokens as it will validate ACM's: issuer, audience, algorithms, keys from JWKS.</summary>
public sealed class AanmeldAutoriteitTests(AutoriteitFixture fixture) : IClassFixture<AutoriteitFixture>
{
    async Task<HttpStatusCode> MetTokenAsync(string token)
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var r = await http.GetAsync("api/mijn/verenigingen");
        return r.StatusCode;
    }

    [Fact]
    public async Task Een_sleutelrotatie_bij_de_aanbieder_wordt_meteen_opgepikt_en_een_nooit_gepubliceerde_sleutel_niet()
    {
        string insz = Voorbeelden.NieuwInsz();
        Assert.Equal(HttpStatusCode.OK, await MetTokenAsync(fixture.Token(insz)));

        fixture.Sleutel = AutoriteitFixture.NieuweSleutel();

        Assert.Equal(HttpStatusCode.OK, await MetTokenAsync(fixture.Token(insz)));
        Assert.Equal(HttpStatusCode.Unauthorized, await MetTokenAsync(fixture.Token(insz, AutoriteitFixture.NieuweSleutel())));
    }

    [Fact]
    public async Task Een_token_voor_een_ander_publiek_van_een_andere_uitgever_of_met_een_ander_algoritme_wordt_geweigerd()
    {
        string insz = Voorbeelden.NieuwInsz();
        var symmetrisch = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = fixture.Sleutel.KeyId };
        string zonderHandtekening = new JsonWebTokenHandler().CreateToken(
            $$"""{"iss":"{{fixture.Basis.ToString().TrimEnd('/')}}","aud":"{{AutoriteitFixture.Publiek}}","insz":"{{insz}}","exp":{{DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds()}}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, await MetTokenAsync(fixture.Token(insz, publiek: "een-andere-toepassing")));
        Assert.Equal(HttpStatusCode.Unauthorized, await MetTokenAsync(fixture.Token(insz, uitgever: "https://idp.example.invalid")));
        Assert.Equal(HttpStatusCode.Unauthorized, await MetTokenAsync(fixture.Token(insz, symmetrisch, SecurityAlgorithms.HmacSha256)));
        Assert.Equal(HttpStatusCode.Unauthorized, await MetTokenAsync(fixture.Token(insz, algoritme: SecurityAlgorithms.RsaSha384)));
        Assert.Equal(HttpStatusCode.Unauthorized, await MetTokenAsync(zonderHandtekening));
    }

    [Fact]
    public async Task Een_verlopen_token_wordt_geweigerd_ook_binnen_de_klokmarge_niet_daarna()
    {
        string insz = Voorbeelden.NieuwInsz();

        // The loket allows two minutes of clock skew between it and the provider, and not a second more.
        Assert.Equal(HttpStatusCode.OK, await MetTokenAsync(fixture.Token(insz, verloopt: DateTime.UtcNow.AddSeconds(-60))));
        Assert.Equal(HttpStatusCode.Unauthorized, await MetTokenAsync(fixture.Token(insz, verloopt: DateTime.UtcNow.AddMinutes(-3))));
    }
}
