using System.Net;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

public sealed class VCodeTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Honderd_gelijktijdige_registraties_krijgen_honderd_verschillende_vcodes()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => ik.PostAsync("api/verenigingen", Minimaal($"Gelijktijdige vereniging {i}"))));

        Assert.All(antwoorden, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        var vCodes = antwoorden.Select(a => a.Json["vCode"]!.GetValue<string>()).ToList();
        Assert.Equal(100, vCodes.Distinct().Count());
        Assert.All(vCodes, v => Assert.Matches("^V[0-9]{7}$", v));
        Assert.All(vCodes, v => Assert.True(int.Parse(v[1..]) >= 1001));
        Assert.Equal(100, (await ik.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray().Count);
    }

    [Fact]
    public async Task Tweehonderd_gelijktijdige_registraties_over_twee_hostprocessen_krijgen_tweehonderd_verschillende_vcodes()
    {
        // Two processes of the app on one Azurite and the same tables, each reserving small blocks so they race for the counter often.
        var blok = new Dictionary<string, string> { [VLoket.Functions.VLoketServiceCollectionExtensions.VCodeBlokSetting] = "7" };
        var (a, b) = await HostProces.TweeAsync(fixture.ConnectionString, blok);
        await using var _ = a;
        await using var __ = b;
        string insz = NieuwInsz();
        using var viaA = await LoketClient.AanmeldenAsync(a.BaseAddress, insz, "Twee", "Hosts", []);
        using var viaB = await LoketClient.AanmeldenAsync(b.BaseAddress, insz, "Twee", "Hosts", []);

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 200)
            .Select(i => (i % 2 == 0 ? viaA : viaB).PostAsync("api/verenigingen", Minimaal($"Gelijktijdige vereniging {i}"))));

        Assert.All(antwoorden, x => Assert.Equal(HttpStatusCode.Created, x.Status));
        var vCodes = antwoorden.Select(x => x.Json["vCode"]!.GetValue<string>()).ToList();
        Assert.Equal(200, vCodes.Distinct().Count());
        // Both stored every association: either process lists all 200 for the person.
        Assert.Equal(200, (await viaB.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray().Count);
        Assert.Equal(200, (await viaA.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray().Count);
    }

    [Fact]
    public async Task De_eerste_vcode_is_V0001001_en_een_ongeldige_registratie_verbruikt_er_geen()
    {
        // A host of its own, so this test sees a fresh counter.
        var eigen = new LoketFixture();
        await eigen.InitializeAsync();
        try
        {
            using var ik = await eigen.AlsAsync(NieuwInsz());
            var ongeldig = await ik.PostAsync("api/verenigingen", Minimaal(""));
            var eerste = await ik.PostAsync("api/verenigingen", Minimaal("Eerste"));
            var tweede = await ik.PostAsync("api/verenigingen", Minimaal("Tweede"));

            Assert.Equal(HttpStatusCode.BadRequest, ongeldig.Status);
            Assert.Equal("V0001001", eerste.Json["vCode"]!.GetValue<string>());
            Assert.Equal("V0001002", tweede.Json["vCode"]!.GetValue<string>());
        }
        finally
        {
            await eigen.DisposeAsync();
        }
    }
}
