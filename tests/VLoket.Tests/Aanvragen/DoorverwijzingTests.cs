using System.Net;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VLoket.Functions.Configuratie;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>"No wrong door": a service applied for at the agency gets a signed, short-lived hand-off.</summary>
public sealed class DoorverwijzingTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    [Fact]
    public async Task Een_doorverwijzing_geeft_de_url_en_een_kort_geldig_ondertekend_token_met_wie_welke_vereniging_en_dienst()
    {
        var r = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/doorverwijzingen", new { productnummer = Doorverwijzing });

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("https://kiosk.example.invalid/aanvragen/projectsubsidie", r.Json["url"]!.GetValue<string>());
        Assert.Equal("POST", r.Json["methode"]!.GetValue<string>());
        Assert.DoesNotContain(fixture.Vertegenwoordiger.Insz, r.Json["url"]!.GetValue<string>());
        var geldig = await new JsonWebTokenHandler().ValidateTokenAsync(r.Json["token"]!.GetValue<string>(), new TokenValidationParameters
        {
            ValidIssuer = "vloket",
            ValidAudience = "OVO002949",
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(OntwikkelStandaarden.OverdrachtSleutel)),
        });
        Assert.True(geldig.IsValid, geldig.Exception?.Message);
        Assert.Equal(fixture.Vertegenwoordiger.Insz, geldig.Claims["insz"]);
        Assert.Equal(fixture.VCode, geldig.Claims["vCode"]);
        Assert.Equal(Doorverwijzing, geldig.Claims["productnummer"]);
        var token = (JsonWebToken)geldig.SecurityToken;
        Assert.True(token.ValidTo - token.ValidFrom <= TimeSpan.FromMinutes(5));
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
