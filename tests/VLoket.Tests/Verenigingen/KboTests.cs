using System.Net;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>Associations with legal personality come from the (simulated) KBO; what KBO says is read-only.</summary>
public sealed class KboTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Registreren_uit_kbo_neemt_naam_type_en_zetel_over_en_wie_er_geen_functie_heeft_krijgt_niets()
    {
        using var karim = await fixture.AlsAsync(InszKarim, "Karim", "El Amrani");
        using var ander = await fixture.AlsAsync(NieuwInsz());

        var r = await karim.PostAsync("api/verenigingen/kbo", new { kboNummer = "0412.345.614" });

        Assert.Equal(HttpStatusCode.Created, r.Status);
        Assert.Equal("Koninklijke Sportvereniging Heverlee", r.Json["naam"]!.GetValue<string>());
        Assert.Equal("VZW", r.Json["verenigingstype"]!["code"]!.GetValue<string>());
        Assert.Equal("0412345614", r.Json["kboNummer"]!.GetValue<string>());
        var zetel = r.Json["locaties"]![0]!;
        Assert.Equal("Maatschappelijke zetel volgens KBO", zetel["locatietype"]!.GetValue<string>());
        Assert.Equal("KBO", zetel["bron"]!.GetValue<string>());
        Assert.True(r.Json["vertegenwoordigers"]![0]!["isPrimair"]!.GetValue<bool>());

        // Someone without a function at KBO learns nothing, not even the vCode.
        var opnieuw = await ander.PostAsync("api/verenigingen/kbo", new { kboNummer = "0412345614" });
        Assert.True(opnieuw.Status == HttpStatusCode.Forbidden, opnieuw.ToString());
        Assert.Null(opnieuw.Json["vCode"]);
        Assert.Null(opnieuw.Json["naam"]);
    }

    [Fact]
    public async Task Kbo_velden_zijn_alleen_lezen_de_rest_niet()
    {
        string insz = NieuwInsz();
        fixture.Mandaat("0876543270", insz);
        using var ik = await fixture.AlsAsync(insz);
        var r = await ik.PostAsync("api/verenigingen/kbo", new { kboNummer = "0876543270" });
        Assert.Equal(HttpStatusCode.Created, r.Status);
        int kboContact = r.Json["contactgegevens"]![0]!["contactgegevenId"]!.GetValue<int>();
        int zetel = r.Json["locaties"]![0]!["locatieId"]!.GetValue<int>();

        var naam = await ik.PatchAsync(r.Location!, new { naam = "Andere naam" }, r.ETag);
        var startdatum = await ik.PatchAsync(r.Location!, new { startdatum = "2004-01-01" }, r.ETag);
        var contact = await ik.PatchAsync($"{r.Location}/contactgegevens/{kboContact}", new { waarde = "nieuw@lac.be" }, r.ETag);
        var zetelWeg = await ik.DeleteAsync($"{r.Location}/locaties/{zetel}", r.ETag);
        var beschrijving = await ik.PatchAsync(r.Location!, new { korteBeschrijving = "Atletiek voor jong en oud" }, r.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, naam.Status);
        Assert.Contains("naam", naam.FoutVelden);
        Assert.Equal(HttpStatusCode.BadRequest, startdatum.Status);
        Assert.Equal(HttpStatusCode.BadRequest, contact.Status);
        Assert.Equal(HttpStatusCode.BadRequest, zetelWeg.Status);
        Assert.Contains("KBO", zetelWeg.Json["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, beschrijving.Status);
        Assert.Equal("Leuvense Atletiekclub", beschrijving.Json["naam"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("0000000096", "kboNummer")]
    [InlineData("11111111", "kboNummer")]
    [InlineData("1111111145", "kboNummer")] // valid number, unknown to KBO
    [InlineData("0000000097", "kboNummer")]
    public async Task Een_ongeldig_of_onbekend_nummer_geeft_400(string nummer, string veld)
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());

        var r = await ik.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer });

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Contains(veld, r.FoutVelden);
        Assert.Empty((await ik.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());
    }
}
