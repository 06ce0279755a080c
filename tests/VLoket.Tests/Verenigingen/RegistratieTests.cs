using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

public sealed class RegistratieTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Registreren_geeft_201_met_location_etag_en_de_vereniging()
    {
        using var an = await fixture.AlsAsync(InszAn, "An", "Peeters");

        var r = await an.PostAsync("api/verenigingen", Registratie("Chiro Registratietest"));

        Assert.Equal(HttpStatusCode.Created, r.Status);
        string vCode = r.Json["vCode"]!.GetValue<string>();
        Assert.Matches("^V[0-9]{7}$", vCode);
        Assert.Equal($"/api/verenigingen/{vCode}", r.Location);
        Assert.False(string.IsNullOrEmpty(r.ETag));
        Assert.Equal("VZER", r.Json["verenigingstype"]!["code"]!.GetValue<string>());
        Assert.Equal("FV", r.Json["verenigingssubtype"]!["code"]!.GetValue<string>());
        Assert.Equal("Actief", r.Json["status"]!.GetValue<string>());
        Assert.Equal("BE68 5390 0754 7034", r.Json["bankrekeningnummers"]![0]!["iban"]!.GetValue<string>());
        Assert.Equal("Gent", r.Json["werkingsgebieden"]![0]!["naam"]!.GetValue<string>());

        var gelezen = await an.GetAsync(r.Location!);
        Assert.Equal(HttpStatusCode.OK, gelezen.Status);
        Assert.Equal(r.ETag, gelezen.ETag);
        Assert.Equal("Chiro Registratietest", gelezen.Json["naam"]!.GetValue<string>());
    }

    [Fact]
    public async Task De_aangemelde_persoon_wordt_primaire_vertegenwoordiger_ook_als_de_lijst_een_ander_primair_noemde()
    {
        string insz = NieuwInsz();
        using var ik = await fixture.AlsAsync(insz, "Jo", "Claes");
        var body = Minimaal("Vereniging met vertegenwoordigers");
        body["vertegenwoordigers"] = new JsonArray(new JsonObject
        {
            ["insz"] = InszKarim, ["voornaam"] = "Karim", ["achternaam"] = "El Amrani", ["isPrimair"] = true,
        });

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.Created, r.Status);
        Assert.True(Assert.Single(r.Json["vertegenwoordigers"]!.AsArray())!["isPrimair"]!.GetValue<bool>());
        Assert.Single(r.Json["uitnodigingen"]!.AsArray()); // Karim is invited; he becomes a representative by accepting
        using var karimZelf = await fixture.AlsAsync(InszKarim, "Karim", "El Amrani");
        await LoketFixture.AanvaardAsync(karimZelf, r.Json["vCode"]!.GetValue<string>());
        var vertegenwoordigers = (await ik.GetAsync(r.Location!)).Json["vertegenwoordigers"]!.AsArray();
        Assert.Equal(2, vertegenwoordigers.Count);
        var mij = vertegenwoordigers.Single(v => v!["insz"]!.GetValue<string>() == insz)!;
        Assert.True(mij["isPrimair"]!.GetValue<bool>());
        var karim = vertegenwoordigers.Single(v => v!["voornaam"]!.GetValue<string>() == "Karim")!;
        Assert.False(karim["isPrimair"]!.GetValue<bool>());
        Assert.Equal("85.09.23-xxx.xx", karim["insz"]!.GetValue<string>()); // someone else's INSZ is masked
    }

    [Fact]
    public async Task Mijn_verenigingen_toont_elke_vereniging_die_ik_vertegenwoordig_en_of_ik_primair_ben()
    {
        string insz = NieuwInsz();
        using var ik = await fixture.AlsAsync(insz, "Mie", "Maes");
        var eerste = await ik.PostAsync("api/verenigingen", Minimaal("Eerste van Mie"));
        var tweede = Minimaal("Vereniging waar Mie lid van het bestuur is");
        using var ander = await fixture.AlsAsync(NieuwInsz(), "Pol", "Pieters");
        tweede["vertegenwoordigers"] = new JsonArray(new JsonObject { ["insz"] = insz, ["voornaam"] = "Mie", ["achternaam"] = "Maes" });
        var tweedeR = await ander.PostAsync("api/verenigingen", tweede);
        await LoketFixture.AanvaardAsync(ik, tweedeR.Json["vCode"]!.GetValue<string>());

        var r = await ik.GetAsync("api/mijn/verenigingen");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var lijst = r.Json["verenigingen"]!.AsArray().ToDictionary(v => v!["vCode"]!.GetValue<string>());
        Assert.Equal(2, lijst.Count);
        Assert.True(lijst[eerste.Json["vCode"]!.GetValue<string>()]!["isPrimair"]!.GetValue<bool>());
        Assert.False(lijst[tweedeR.Json["vCode"]!.GetValue<string>()]!["isPrimair"]!.GetValue<bool>());
        Assert.Equal("VZER", lijst[eerste.Json["vCode"]!.GetValue<string>()]!["verenigingstype"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Historiek_toont_wie_wat_wanneer_met_gemaskeerd_insz()
    {
        using var an = await fixture.AlsAsync(InszAn, "An", "Peeters");
        var r = await an.PostAsync("api/verenigingen", Minimaal("Historiekvereniging"));
        await an.PatchAsync(r.Location!, new { korteNaam = "HV" }, r.ETag);

        var h = await an.GetAsync(r.Location + "/historiek");

        Assert.Equal(HttpStatusCode.OK, h.Status);
        var items = h.Json["historiek"]!.AsArray();
        Assert.Equal(2, items.Count);
        Assert.Equal("BasisgegevensWerdenGewijzigd", items[0]!["gebeurtenis"]!.GetValue<string>());
        Assert.Equal("VerenigingWerdGeregistreerd", items[1]!["gebeurtenis"]!.GetValue<string>());
        Assert.Equal("78.04.12-xxx.xx", items[0]!["door"]!["insz"]!.GetValue<string>());
        Assert.Equal("An Peeters", items[0]!["door"]!["naam"]!.GetValue<string>());
        Assert.DoesNotContain(InszAn, h.Tekst);
    }

    [Fact]
    public async Task Zonder_aanmelding_antwoordt_elke_route_401_als_problem()
    {
        var r = await fixture.Client.PostAsync("api/verenigingen", new StringContent("{\"naam\":\"x\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client.GetAsync("api/mijn/verenigingen")).StatusCode);
    }

    [Fact]
    public async Task Een_vervalst_token_geldt_als_niet_aangemeld()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer",
            "eyJhbGciOiJIUzI1NiJ9.eyJpbnN6IjoiNzgwNDEyMTIzMTkifQ.c2lnbmF0dXVyLWlzLXZhbHM");

        var r = await http.GetAsync("api/mijn/verenigingen");

        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
    }
}
