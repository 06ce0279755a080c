using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Gegevens;

/// <summary>
/// <c>POST /api/verenigingen/{vCode}/gegevens/verversen</c>: 202 with a Location; the workflow asks every source at
/// once, tolerates one that is down and records the outcome per source.
/// </summary>
public sealed class VerversenTests(GegevensFixture fixture) : IClassFixture<GegevensFixture>
{
    static async Task<JsonNode> WachtTotKlaarAsync(LoketClient ik, string location)
    {
        // Follows the workflow until it is done; bounded, not timed: the assertion is on the outcome, not the duration.
        for (int i = 0; i < 240; i++)
        {
            var r = await ik.GetAsync(location);
            Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
            if (r.Json["status"]!.GetValue<string>() != "bezig")
            {
                return r.Json;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("De vernieuwing raakte niet klaar.");
    }

    [Fact]
    public async Task Verversen_vraagt_alle_bronnen_verdraagt_een_storing_en_bewaart_de_uitkomst_per_bron()
    {
        var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Vera", "Vernieuw");
        string vCode = await fixture.RegistreerAsync(ik, "Jeugdhuis Vernieuwtest");
        await fixture.ZetAsync($"bronnen/erkenningen/beheer/verenigingen/{vCode}", new[]
        {
            new
            {
                erkenningId = "ERK-1", ipdcProduct = new { nummer = "1502", naam = "Erkenning als jeugdwerkorganisatie" },
                geregistreerdDoor = new { ovoCode = "OVO002949", naam = "Departement Cultuur, Jeugd en Media" },
                startdatum = "2024-01-01", einddatum = "2099-12-31",
            },
        });
        int attestVragen = fixture.Simulator.Bronnen.Vragen("attesten");
        int erkenningVragen = fixture.Simulator.Bronnen.Vragen("erkenningen");
        await fixture.StoringAsync("bank", true);
        JsonNode klaar;
        try
        {
            var start = await ik.PostAsync($"api/verenigingen/{vCode}/gegevens/verversen", null);

            Assert.True(start.Status == HttpStatusCode.Accepted, start.ToString());
            Assert.NotNull(start.Location);
            Assert.StartsWith($"/api/verenigingen/{vCode}/gegevens/verversingen/", start.Location);
            Assert.Equal("bezig", start.Json["status"]!.GetValue<string>());
            klaar = await WachtTotKlaarAsync(ik, start.Location!);
        }
        finally
        {
            await fixture.StoringAsync("bank", false);
        }

        Assert.Equal("klaar", klaar["status"]!.GetValue<string>());
        var bronnen = klaar["bronnen"]!.AsArray().ToDictionary(b => b!["bron"]!.GetValue<string>(), b => b!);
        Assert.Equal(["attesten", "bank", "erkenningen"], bronnen.Keys.Order());
        Assert.False(bronnen["bank"]["gelukt"]!.GetValue<bool>());
        Assert.Contains("niet bereikbaar", bronnen["bank"]["melding"]!.GetValue<string>());
        Assert.True(bronnen["erkenningen"]["gelukt"]!.GetValue<bool>());
        Assert.Equal(1, bronnen["erkenningen"]["aantal"]!.GetValue<int>());
        Assert.True(bronnen["attesten"]["gelukt"]!.GetValue<bool>());
        // Every source was really asked, the one that was down included (it answered 503).
        Assert.True(fixture.Simulator.Bronnen.Vragen("attesten") > attestVragen);
        Assert.True(fixture.Simulator.Bronnen.Vragen("erkenningen") > erkenningVragen);
    }

    [Fact]
    public async Task Een_vernieuwing_is_alleen_zichtbaar_voor_haar_eigen_vereniging()
    {
        var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Vera", "Eigen");
        string eerste = await fixture.RegistreerAsync(ik, "Volksdansgroep Eerste");
        string tweede = await fixture.RegistreerAsync(ik, "Volksdansgroep Tweede");
        var start = await ik.PostAsync($"api/verenigingen/{eerste}/gegevens/verversen", null);
        Assert.Equal(HttpStatusCode.Accepted, start.Status);
        string id = start.Json["verversingId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await ik.GetAsync(start.Location!)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ik.GetAsync($"api/verenigingen/{tweede}/gegevens/verversingen/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ik.GetAsync($"api/verenigingen/{eerste}/gegevens/verversingen/gegevens-{eerste}-onbekend")).Status);
        using var ander = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Andere", "Persoon");
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync(start.Location!)).Status);
    }
}
