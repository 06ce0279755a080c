using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Aanmelden;

public sealed class OntwikkelAanmeldingTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task In_development_toont_het_loket_de_demo_personas()
    {
        var r = await fixture.Client.GetFromJsonAsync<JsonObject>("api/dev/personas");

        var personas = r!["personas"]!.AsArray();
        Assert.Equal(5, personas.Count);
        Assert.Contains(personas, p => p!["rollen"]!.AsArray().Any(rol => rol!.GetValue<string>() == "beheerder"));
        Assert.Contains(personas, p => p!["rollen"]!.AsArray().Any(rol => rol!.GetValue<string>() == "behandelaar:OVO004021"));
    }

    [Fact]
    public async Task Een_dev_token_met_ongeldig_insz_of_naam_geeft_400()
    {
        var r = await fixture.Client.PostAsJsonAsync("api/dev/token", new { insz = "01234567890", voornaam = "n0el", achternaam = "B" });

        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var fouten = (await r.Content.ReadFromJsonAsync<JsonObject>())!["fouten"]!.AsArray().Select(f => f!["veld"]!.GetValue<string>());
        Assert.Equal(new[] { "insz", "voornaam" }, fouten.Order());
    }

    [Fact]
    public async Task Met_een_geldig_dev_token_is_de_persoon_aangemeld()
    {
        using var ik = await fixture.AlsAsync("01131500149", "Conan", "Barbaar");

        var r = await ik.GetAsync("api/mijn/verenigingen");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Empty(r.Json["verenigingen"]!.AsArray());
    }
}
