using System.Net;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>Writes need the version last read (If-Match); a stale one changes nothing.</summary>
public sealed class VersieTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Een_verouderde_if_match_geeft_412_en_wijzigt_niets()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Minimaal("Versievereniging"));
        var eerste = await ik.PatchAsync(r.Location!, new { korteNaam = "V1" }, r.ETag);
        Assert.Equal(HttpStatusCode.OK, eerste.Status);

        var verouderd = await ik.PatchAsync(r.Location!, new { korteNaam = "V2" }, r.ETag);
        var verouderdOnderdeel = await ik.PostAsync(r.Location + "/contactgegevens", new { type = "E-mail", waarde = "x@club.be" }, r.ETag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, verouderd.Status);
        Assert.Equal("application/problem+json", verouderd.ContentType);
        Assert.Equal(HttpStatusCode.PreconditionFailed, verouderdOnderdeel.Status);
        var nu = await ik.GetAsync(r.Location!);
        Assert.Equal("V1", nu.Json["korteNaam"]!.GetValue<string>());
        Assert.Empty(nu.Json["contactgegevens"]!.AsArray());
        Assert.Equal(eerste.ETag, nu.ETag);
        Assert.Equal(2, (await ik.GetAsync(r.Location + "/historiek")).Json["historiek"]!.AsArray().Count);
    }

    [Fact]
    public async Task Zonder_if_match_geeft_een_schrijfactie_428()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Minimaal("Zonder versie"));

        var zonder = await ik.PatchAsync(r.Location!, new { korteNaam = "ZV" }, ifMatch: null);

        Assert.Equal((HttpStatusCode)428, zonder.Status);
        Assert.Null((await ik.GetAsync(r.Location!)).Json["korteNaam"]);
    }

    [Fact]
    public async Task Van_twee_gelijktijdige_schrijvers_met_dezelfde_versie_wint_er_precies_een()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Minimaal("Gelijktijdig"));

        var antwoorden = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => ik.PatchAsync(r.Location!, new { korteNaam = $"Schrijver {i}" }, r.ETag)));

        Assert.Equal(1, antwoorden.Count(a => a.Status == HttpStatusCode.OK));
        Assert.Equal(4, antwoorden.Count(a => a.Status == HttpStatusCode.PreconditionFailed));
        string winnaar = antwoorden.Single(a => a.Status == HttpStatusCode.OK).Json["korteNaam"]!.GetValue<string>();
        Assert.Equal(winnaar, (await ik.GetAsync(r.Location!)).Json["korteNaam"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_schrijfactie_die_niets_wijzigt_geeft_200_en_boekt_niets()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Registratie("Niets wijzigt", "3000", "Leuven"));

        var zelfde = await ik.PatchAsync(r.Location!, new { naam = "Niets wijzigt", korteNaam = "Kort" }, r.ETag);
        var zelfdeContact = await ik.PatchAsync(r.Location + "/contactgegevens/1", new { waarde = "info@voorbeeld.be" }, r.ETag);

        Assert.Equal(HttpStatusCode.OK, zelfde.Status);
        Assert.Equal(r.ETag, zelfde.ETag);
        Assert.Equal(HttpStatusCode.OK, zelfdeContact.Status);
        Assert.Single((await ik.GetAsync(r.Location + "/historiek")).Json["historiek"]!.AsArray());
    }
}
