using System.Net;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Gegevens;

/// <summary>A snapshot younger than the maximum age is shown as it is; refreshing asks the sources anyway.</summary>
public sealed class VersheidTests(VersGegevensFixture fixture) : IClassFixture<VersGegevensFixture>
{
    [Fact]
    public async Task Een_verse_momentopname_wordt_getoond_zonder_de_bron_te_vragen_en_verversen_vraagt_toch()
    {
        var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Vera", "Vers");
        string vCode = await fixture.RegistreerAsync(ik, "Koor Versheidstest");
        int voor = fixture.Simulator.Bronnen.Vragen("attesten");

        Assert.Equal(HttpStatusCode.OK, (await ik.GetAsync($"api/verenigingen/{vCode}/gegevens")).Status);
        int naEerste = fixture.Simulator.Bronnen.Vragen("attesten");
        Assert.Equal(voor + 1, naEerste); // never fetched: asked live

        await fixture.StoringAsync("attesten", true);
        try
        {
            var tweede = await ik.GetAsync($"api/verenigingen/{vCode}/gegevens");

            Assert.Equal(HttpStatusCode.OK, tweede.Status);
            Assert.Equal(naEerste, fixture.Simulator.Bronnen.Vragen("attesten")); // fresh snapshot: not asked again
            Assert.Empty(tweede.Json["waarschuwingen"]!.AsArray());
        }
        finally
        {
            await fixture.StoringAsync("attesten", false);
        }

        var start = await ik.PostAsync($"api/verenigingen/{vCode}/gegevens/verversen", null);
        Assert.Equal(HttpStatusCode.Accepted, start.Status);
        for (int i = 0; i < 240 && (await ik.GetAsync(start.Location!)).Json["status"]!.GetValue<string>() == "bezig"; i++)
        {
            await Task.Delay(250);
        }

        Assert.True(fixture.Simulator.Bronnen.Vragen("attesten") > naEerste);
    }
}
