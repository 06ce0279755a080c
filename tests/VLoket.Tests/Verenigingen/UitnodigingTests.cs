using VLoket.Domain.Verenigingen.Uitnodigingen;
using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Gegevens;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>
/// Co-representatives by invitation and consent. Naming someone (at registration or afterwards) invites them; until they
/// accept, no source is asked about them (read from what the simulated sources received) and nothing about them is shown.
/// </summary>
public sealed class UitnodigingTests(GegevensFixture fixture) : IClassFixture<GegevensFixture>
{
    static object Attest(string id) =>
        new { attestId = id, titel = "Hoofdanimator", uitgereiktOp = "2022-04-30", uitgereiktDoor = new { ovoCode = "OVO002949", naam = "Departement Cultuur, Jeugd en Media" } };

    [Fact]
    public async Task Wie_bij_registratie_iemand_noemt_nodigt_die_uit_en_geen_bron_wordt_over_die_persoon_gevraagd_tot_die_aanvaardt()
    {
        string slachtoffer = NieuwInsz();
        await fixture.ZetAsync("bronnen/attesten/beheer/personen", new { insz = slachtoffer, attesten = new[] { Attest("ATT-GEHEIM-1") } });
        using var registrant = await fixture.AlsAsync(NieuwInsz(), "Rik", "Registrant");
        var body = Registratie($"Uitnodiging {Guid.NewGuid():N}");
        body["vertegenwoordigers"] = new JsonArray(new JsonObject { ["insz"] = slachtoffer, ["voornaam"] = "Sanne", ["achternaam"] = "Slachtoffer" });

        var r = await registrant.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.Created, r.Status);
        string vCode = r.Json["vCode"]!.GetValue<string>();
        Assert.Equal("Rik", Assert.Single(r.Json["vertegenwoordigers"]!.AsArray())!["voornaam"]!.GetValue<string>());
        var uitnodiging = Assert.Single(r.Json["uitnodigingen"]!.AsArray())!;
        Assert.EndsWith("xxx.xx", uitnodiging["uitgenodigd"]!.GetValue<string>());
        Assert.DoesNotContain("Sanne", r.Tekst);
        var gegevens = await registrant.GetAsync($"api/verenigingen/{vCode}/gegevens");
        Assert.Equal(HttpStatusCode.OK, gegevens.Status);
        Assert.DoesNotContain("ATT-GEHEIM-1", gegevens.Tekst);
        Assert.DoesNotContain(slachtoffer, fixture.Simulator.Bronnen.GevraagdePersonen("attesten"));

        using var sanne = await fixture.AlsAsync(slachtoffer, "Sanne", "Slachtoffer");
        var aanvaard = await GegevensFixture.AanvaardAsync(sanne, vCode);

        Assert.Equal(2, aanvaard.Json["vertegenwoordigers"]!.AsArray().Count);
        Assert.Empty(aanvaard.Json["uitnodigingen"]!.AsArray());
        Assert.Contains("ATT-GEHEIM-1", (await registrant.GetAsync($"api/verenigingen/{vCode}/gegevens")).Tekst);
        Assert.Contains(slachtoffer, fixture.Simulator.Bronnen.GevraagdePersonen("attesten"));
        var historiek = await Historiek(registrant, vCode);
        Assert.Contains("UitnodigingWerdAanvaard", historiek);
    }

    [Fact]
    public async Task Wie_bij_registratie_uitgenodigd_wordt_heeft_alleen_een_insz_nodig_want_namen_worden_niet_bewaard()
    {
        using var registrant = await fixture.AlsAsync(NieuwInsz(), "Rik", "Registrant");
        var body = Registratie($"Genodigde {Guid.NewGuid():N}");
        body["vertegenwoordigers"] = new JsonArray(
            new JsonObject { ["insz"] = NieuwInsz(), ["eMail"] = "penning@voorbeeld.be", ["rol"] = "penningmeester" },
            new JsonObject { ["rol"] = "secretaris" });

        var fout = await registrant.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal(["vertegenwoordigers[1].insz"], fout.FoutVelden);

        body["vertegenwoordigers"]!.AsArray().RemoveAt(1);
        var r = await registrant.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.Created, r.Status);
        var uitnodiging = Assert.Single(r.Json["uitnodigingen"]!.AsArray())!;
        Assert.EndsWith("xxx.xx", uitnodiging["uitgenodigd"]!.GetValue<string>());
        Assert.Equal("penningmeester", uitnodiging["rol"]!.GetValue<string>());
        Assert.Equal("Rik", Assert.Single(r.Json["vertegenwoordigers"]!.AsArray())!["voornaam"]!.GetValue<string>());
    }

    [Fact]
    public async Task Iemand_toevoegen_na_registratie_is_ook_een_uitnodiging_en_die_kan_ingetrokken_worden()
    {
        string ander = NieuwInsz();
        await fixture.ZetAsync("bronnen/attesten/beheer/personen", new { insz = ander, attesten = new[] { Attest("ATT-GEHEIM-2") } });
        using var ik = await fixture.AlsAsync(NieuwInsz(), "Ida", "Ik");
        var r = await ik.PostAsync("api/verenigingen", Registratie($"Toevoegen {Guid.NewGuid():N}"));
        string vCode = r.Json["vCode"]!.GetValue<string>();

        var toegevoegd = await ik.PostAsync($"api/verenigingen/{vCode}/vertegenwoordigers",
            new { insz = ander, voornaam = "Otto", achternaam = "Ander" }, r.ETag);

        Assert.Equal(HttpStatusCode.Created, toegevoegd.Status);
        Assert.Single(toegevoegd.Json["vertegenwoordigers"]!.AsArray());
        int id = Assert.Single(toegevoegd.Json["uitnodigingen"]!.AsArray())!["uitnodigingId"]!.GetValue<int>();
        await ik.GetAsync($"api/verenigingen/{vCode}/gegevens");
        Assert.DoesNotContain(ander, fixture.Simulator.Bronnen.GevraagdePersonen("attesten"));

        using var otto = await fixture.AlsAsync(ander, "Otto", "Ander");
        Assert.Single((await otto.GetAsync("api/mijn/uitnodigingen")).Json["uitnodigingen"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otto.GetAsync($"api/verenigingen/{vCode}")).Status);

        var ingetrokken = await ik.DeleteAsync($"api/verenigingen/{vCode}/uitnodigingen/{id}", toegevoegd.ETag);

        Assert.Equal(HttpStatusCode.OK, ingetrokken.Status);
        Assert.Empty((await otto.GetAsync("api/mijn/uitnodigingen")).Json["uitnodigingen"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await otto.PostAsync($"api/mijn/uitnodigingen/{vCode}/{id}/aanvaarden", null)).Status);
        var historiek = await Historiek(ik, vCode);
        Assert.Contains("UitnodigingWerdVerstuurd", historiek);
        Assert.Contains("UitnodigingWerdIngetrokken", historiek);
    }

    [Fact]
    public async Task Een_uitnodiging_per_e_mail_ziet_alleen_wie_met_dat_adres_aanmeldt_en_die_kan_weigeren()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz(), "Ida", "Ik");
        var r = await ik.PostAsync("api/verenigingen", Registratie($"Per mail {Guid.NewGuid():N}"));
        string vCode = r.Json["vCode"]!.GetValue<string>();
        string adres = $"penning-{Guid.NewGuid():N}@voorbeeld.be";

        var uitgenodigd = await ik.PostAsync($"api/verenigingen/{vCode}/uitnodigingen", new { eMail = adres.ToUpperInvariant(), rol = "Penningmeester" }, r.ETag);

        Assert.Equal(HttpStatusCode.Created, uitgenodigd.Status);
        using var juist = await fixture.AlsMetEMailAsync(NieuwInsz(), "Pia", "Penning", adres);
        using var ander = await fixture.AlsMetEMailAsync(NieuwInsz(), "Oscar", "Ander", "iemand-anders@voorbeeld.be");
        // The same address, but the sign-in does not say it was verified: anyone could have typed it (before, it counted).
        using var onbevestigd = await fixture.AlsMetEMailAsync(NieuwInsz(), "Olga", "Onbevestigd", adres, geverifieerd: false);
        var mijn = (await juist.GetAsync("api/mijn/uitnodigingen")).Json["uitnodigingen"]!.AsArray();
        var lijst = Assert.Single(mijn)!;
        Assert.Equal("Ida Ik", lijst["verstuurdDoor"]!.GetValue<string>());
        Assert.Empty((await ander.GetAsync("api/mijn/uitnodigingen")).Json["uitnodigingen"]!.AsArray());
        Assert.Empty((await onbevestigd.GetAsync("api/mijn/uitnodigingen")).Json["uitnodigingen"]!.AsArray());
        int id = lijst["uitnodigingId"]!.GetValue<int>();
        Assert.Equal(HttpStatusCode.NotFound, (await ander.PostAsync($"api/mijn/uitnodigingen/{vCode}/{id}/aanvaarden", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await onbevestigd.PostAsync($"api/mijn/uitnodigingen/{vCode}/{id}/aanvaarden", null)).Status);

        var geweigerd = await juist.PostAsync($"api/mijn/uitnodigingen/{vCode}/{id}/weigeren", null);

        Assert.Equal(HttpStatusCode.NoContent, geweigerd.Status);
        var na = await ik.GetAsync($"api/verenigingen/{vCode}");
        Assert.Empty(na.Json["uitnodigingen"]!.AsArray());
        Assert.Single(na.Json["vertegenwoordigers"]!.AsArray());
        Assert.Contains("UitnodigingWerdGeweigerd", await Historiek(ik, vCode));
    }

    [Fact]
    public async Task De_laatste_primaire_vertrekt_pas_na_een_opvolger_en_een_ander_kan_je_verwijderen_maar_niet_de_primaire()
    {
        using var a = await fixture.AlsAsync(NieuwInsz(), "Ada", "Primair");
        using var b = await fixture.AlsAsync(NieuwInsz(), "Bo", "Tweede");
        using var c = await fixture.AlsAsync(NieuwInsz(), "Cas", "Derde");
        var r = await a.PostAsync("api/verenigingen", Registratie($"Vertrek {Guid.NewGuid():N}"));
        string vCode = r.Json["vCode"]!.GetValue<string>();
        var etag = (await a.PostAsync($"api/verenigingen/{vCode}/uitnodigingen", new { insz = b.Insz }, r.ETag)).ETag;
        await a.PostAsync($"api/verenigingen/{vCode}/uitnodigingen", new { insz = c.Insz }, etag);
        await GegevensFixture.AanvaardAsync(b, vCode);
        var v = await GegevensFixture.AanvaardAsync(c, vCode);
        int idA = Id(v, "Ada"), idB = Id(v, "Bo"), idC = Id(v, "Cas");

        var zonderOpvolger = await a.PostAsync($"api/verenigingen/{vCode}/vertegenwoordigers/mij/vertrekken", new { }, v.ETag);
        var primaireWeg = await b.DeleteAsync($"api/verenigingen/{vCode}/vertegenwoordigers/{idA}", v.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, zonderOpvolger.Status);
        Assert.Contains("primaire", zonderOpvolger.Json["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, primaireWeg.Status);

        var casWeg = await b.DeleteAsync($"api/verenigingen/{vCode}/vertegenwoordigers/{idC}", v.ETag);
        Assert.Equal(HttpStatusCode.OK, casWeg.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"api/verenigingen/{vCode}")).Status);

        var vertrokken = await a.PostAsync($"api/verenigingen/{vCode}/vertegenwoordigers/mij/vertrekken",
            new { nieuwePrimaireVertegenwoordigerId = idB }, casWeg.ETag);
        Assert.Equal(HttpStatusCode.NoContent, vertrokken.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"api/verenigingen/{vCode}")).Status);
        var bo = await b.GetAsync($"api/verenigingen/{vCode}");
        Assert.True(Assert.Single(bo.Json["vertegenwoordigers"]!.AsArray())!["isPrimair"]!.GetValue<bool>());

        var laatste = await b.PostAsync($"api/verenigingen/{vCode}/vertegenwoordigers/mij/vertrekken", new { }, bo.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, laatste.Status);
        var historiek = await Historiek(b, vCode);
        Assert.Contains("VertegenwoordigerWerdVerwijderd", historiek);
        Assert.Contains("VertegenwoordigerVertrok", historiek);
    }

    // Every invitation by e-mail sends a mail with the loket's name on it and a name the inviter chose: without a bound, one
    // association could send any number of them. Open invitations are limited; withdrawing one makes room again.
    [Fact]
    public async Task Meer_dan_het_maximum_open_uitnodigingen_wordt_geweigerd_tot_er_een_wordt_ingetrokken()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Registratie($"Veel uitnodigingen {Guid.NewGuid():N}"));
        string vCode = r.Json["vCode"]!.GetValue<string>();
        string? etag = r.ETag;
        for (int i = 0; i < UitnodigingRegels.MaxOpen; i++)
        {
            var ok = await ik.PostAsync($"api/verenigingen/{vCode}/uitnodigingen", new { eMail = $"lid{i}-{Guid.NewGuid():N}@voorbeeld.invalid" }, etag);
            Assert.True(ok.Status == HttpStatusCode.Created, ok.ToString());
            etag = ok.ETag;
        }

        var teVeel = await ik.PostAsync($"api/verenigingen/{vCode}/uitnodigingen", new { eMail = $"te-veel-{Guid.NewGuid():N}@voorbeeld.invalid" }, etag);

        Assert.Equal(HttpStatusCode.BadRequest, teVeel.Status);
        Assert.Contains($"{UitnodigingRegels.MaxOpen} uitnodigingen", teVeel.Json["detail"]!.GetValue<string>());
        var nu = await ik.GetAsync($"api/verenigingen/{vCode}");
        Assert.Equal(etag, nu.ETag);
        Assert.Equal(UitnodigingRegels.MaxOpen, nu.Json["uitnodigingen"]!.AsArray().Count);

        int id = nu.Json["uitnodigingen"]![0]!["uitnodigingId"]!.GetValue<int>();
        var ingetrokken = await ik.DeleteAsync($"api/verenigingen/{vCode}/uitnodigingen/{id}", nu.ETag);
        Assert.True(ingetrokken.Status == HttpStatusCode.OK, ingetrokken.ToString());
        var nuWelPlaats = await ik.PostAsync($"api/verenigingen/{vCode}/uitnodigingen", new { eMail = $"plaats-{Guid.NewGuid():N}@voorbeeld.invalid" }, ingetrokken.ETag);
        Assert.Equal(HttpStatusCode.Created, nuWelPlaats.Status);
    }

    [Theory]
    [InlineData("{}", "insz")]
    [InlineData("""{"insz":"12345678901"}""", "insz")]
    [InlineData("""{"eMail":"geen-adres"}""", "eMail")]
    [InlineData("""{"insz":"78041212319","eMail":"a@b.be"}""", "insz")]
    public async Task Een_ongeldige_uitnodiging_geeft_400_en_verandert_niets(string body, string veld)
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Registratie($"Ongeldig {Guid.NewGuid():N}"));

        var fout = await ik.PostAsync($"api/verenigingen/{r.Json["vCode"]}/uitnodigingen", body, r.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Contains(veld, fout.FoutVelden);
        Assert.Equal(r.ETag, (await ik.GetAsync($"api/verenigingen/{r.Json["vCode"]}")).ETag);
    }

    [Theory]
    [InlineData("V0000000", "1")]
    [InlineData("x'y", "1")]
    [InlineData("V0001001", "abc")]
    public async Task Een_onbestaande_uitnodiging_aanvaarden_geeft_404(string vCode, string id)
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        Assert.Equal(HttpStatusCode.NotFound, (await ik.PostAsync($"api/mijn/uitnodigingen/{Uri.EscapeDataString(vCode)}/{id}/aanvaarden", null)).Status);
    }

    static int Id(Antwoord v, string voornaam) => v.Json["vertegenwoordigers"]!.AsArray()
        .Single(w => w!["voornaam"]!.GetValue<string>() == voornaam)!["vertegenwoordigerId"]!.GetValue<int>();

    static async Task<List<string>> Historiek(LoketClient client, string vCode) =>
        [.. (await client.GetAsync($"api/verenigingen/{vCode}/historiek")).Json["historiek"]!.AsArray().Select(h => h!["gebeurtenis"]!.GetValue<string>())];
}
