using System.Net;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>Adding, changing and removing contactgegevens, locaties, vertegenwoordigers and bankrekeningnummers.</summary>
public sealed class OnderdeelTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Contactgegeven_toevoegen_wijzigen_en_verwijderen()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Minimaal("Contactvereniging"));

        var toegevoegd = await ik.PostAsync(r.Location + "/contactgegevens", new { type = "E-mail", waarde = "bestuur@club.be", isPrimair = true }, r.ETag);
        Assert.Equal(HttpStatusCode.Created, toegevoegd.Status);
        var contact = toegevoegd.Json["contactgegevens"]!.AsArray().Single()!;
        int id = contact["contactgegevenId"]!.GetValue<int>();
        Assert.Equal("Vereniging", contact["bron"]!.GetValue<string>());

        var dubbel = await ik.PostAsync(r.Location + "/contactgegevens", new { type = "E-mail", waarde = "BESTUUR@club.be" }, toegevoegd.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, dubbel.Status);
        Assert.Contains("waarde", dubbel.FoutVelden);

        var gewijzigd = await ik.PatchAsync($"{r.Location}/contactgegevens/{id}", new { waarde = "secretariaat@club.be" }, toegevoegd.ETag);
        Assert.Equal(HttpStatusCode.OK, gewijzigd.Status);
        Assert.Equal("secretariaat@club.be", gewijzigd.Json["contactgegevens"]![0]!["waarde"]!.GetValue<string>());
        Assert.True(gewijzigd.Json["contactgegevens"]![0]!["isPrimair"]!.GetValue<bool>());

        var ongeldig = await ik.PatchAsync($"{r.Location}/contactgegevens/{id}", new { waarde = "jos@club" }, gewijzigd.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, ongeldig.Status);
        Assert.Contains("waarde", ongeldig.FoutVelden);

        var verwijderd = await ik.DeleteAsync($"{r.Location}/contactgegevens/{id}", gewijzigd.ETag);
        Assert.Equal(HttpStatusCode.OK, verwijderd.Status);
        Assert.Empty(verwijderd.Json["contactgegevens"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await ik.DeleteAsync($"{r.Location}/contactgegevens/{id}", verwijderd.ETag)).Status);

        var historiek = (await ik.GetAsync(r.Location + "/historiek")).Json["historiek"]!.AsArray().Select(h => h!["gebeurtenis"]!.GetValue<string>());
        Assert.Equal(new[] { "ContactgegevenWerdVerwijderd", "ContactgegevenWerdGewijzigd", "ContactgegevenWerdToegevoegd", "VerenigingWerdGeregistreerd" }, historiek);
    }

    [Fact]
    public async Task Locaties_met_hoogstens_een_correspondentieadres_en_een_primaire()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Minimaal("Locatievereniging"));
        object Locatie(string type, bool primair) => new
        {
            locatietype = type, isPrimair = primair,
            adres = new { straatnaam = "Stationsstraat", huisnummer = "2", postcode = "9300", gemeente = "aalst", land = "Belgie" },
        };

        var eerste = await ik.PostAsync(r.Location + "/locaties", Locatie("Correspondentie", true), r.ETag);
        Assert.Equal(HttpStatusCode.Created, eerste.Status);
        Assert.Equal("Aalst", eerste.Json["locaties"]![0]!["adres"]!["gemeente"]!.GetValue<string>());

        var tweede = await ik.PostAsync(r.Location + "/locaties", Locatie("Correspondentie", false), eerste.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, tweede.Status);
        Assert.Contains("locatietype", tweede.FoutVelden);

        var primair = await ik.PostAsync(r.Location + "/locaties",
            new { locatietype = "Activiteiten", isPrimair = true, adres = new { straatnaam = "Markt", huisnummer = "1", postcode = "9300", gemeente = "Aalst", land = "België" } },
            eerste.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, primair.Status);
        Assert.Contains("isPrimair", primair.FoutVelden);
    }

    [Fact]
    public async Task Een_toegevoegde_vertegenwoordiger_krijgt_toegang_na_aanvaarden_en_de_laatste_kan_niet_weg()
    {
        string mijnInsz = NieuwInsz();
        string andereInsz = NieuwInsz();
        using var ik = await fixture.AlsAsync(mijnInsz, "Eva", "Eerst");
        using var ander = await fixture.AlsAsync(andereInsz, "Tom", "Tweede");
        var r = await ik.PostAsync("api/verenigingen", Minimaal("Bestuursvereniging"));
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync(r.Location!)).Status);

        var toegevoegd = await ik.PostAsync(r.Location + "/vertegenwoordigers",
            new { insz = andereInsz, voornaam = "Tom", achternaam = "Tweede", rol = "Secretaris", eMail = "tom@club.be" }, r.ETag);
        Assert.Equal(HttpStatusCode.Created, toegevoegd.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync(r.Location!)).Status); // invited, not yet a representative
        var aanvaard = await LoketFixture.AanvaardAsync(ander, r.Json["vCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await ander.GetAsync(r.Location!)).Status);
        Assert.Single((await ander.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());

        var ikZelf = aanvaard.Json["vertegenwoordigers"]!.AsArray().Single(v => v!["voornaam"]!.GetValue<string>() == "Eva")!;
        var tom = aanvaard.Json["vertegenwoordigers"]!.AsArray().Single(v => v!["voornaam"]!.GetValue<string>() == "Tom")!;
        Assert.EndsWith("xxx.xx", ikZelf["insz"]!.GetValue<string>());
        Assert.Equal("Secretaris", tom["rol"]!.GetValue<string>());

        var inszWijzigen = await ik.PatchAsync($"{r.Location}/vertegenwoordigers/{tom["vertegenwoordigerId"]}", new { insz = mijnInsz }, aanvaard.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, inszWijzigen.Status);

        var primaireWeg = await ander.DeleteAsync($"{r.Location}/vertegenwoordigers/{ikZelf["vertegenwoordigerId"]}", aanvaard.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, primaireWeg.Status); // a co-representative cannot oust the primary one
        var weg = await ik.DeleteAsync($"{r.Location}/vertegenwoordigers/{tom["vertegenwoordigerId"]}", aanvaard.ETag);
        Assert.Equal(HttpStatusCode.OK, weg.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync(r.Location!)).Status);
        Assert.Empty((await ander.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());

        var laatste = await ik.DeleteAsync($"{r.Location}/vertegenwoordigers/{ikZelf["vertegenwoordigerId"]}", weg.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, laatste.Status);
        Assert.Contains("laatste vertegenwoordiger", laatste.Json["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bankrekeningnummer_is_uniek_en_wordt_in_groepen_van_vier_getoond()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Minimaal("Bankvereniging"));

        var eerste = await ik.PostAsync(r.Location + "/bankrekeningnummers", new { iban = "be71096123456769", titularissen = new[] { "Club" } }, r.ETag);
        var dubbel = await ik.PostAsync(r.Location + "/bankrekeningnummers", new { iban = "BE71 0961 2345 6769", titularissen = new[] { "Club" } }, eerste.ETag);

        Assert.Equal(HttpStatusCode.Created, eerste.Status);
        Assert.Equal("BE71 0961 2345 6769", eerste.Json["bankrekeningnummers"]![0]!["iban"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, dubbel.Status);
        Assert.Contains("iban", dubbel.FoutVelden);
    }

    [Fact]
    public async Task Stoppen_zet_status_en_einddatum_en_weigert_een_einddatum_voor_de_start()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var r = await ik.PostAsync("api/verenigingen", Registratie("Stopvereniging", "3000", "Leuven"));

        var tevroeg = await ik.PostAsync(r.Location + "/stop", new { einddatum = "1999-12-31" }, r.ETag);
        var toekomst = await ik.PostAsync(r.Location + "/stop", new { einddatum = "2999-12-31" }, r.ETag);
        var gestopt = await ik.PostAsync(r.Location + "/stop", new { einddatum = "2024-06-30" }, r.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, tevroeg.Status);
        Assert.Contains("einddatum", tevroeg.FoutVelden);
        Assert.Equal(HttpStatusCode.BadRequest, toekomst.Status);
        Assert.Equal(HttpStatusCode.OK, gestopt.Status);
        Assert.Equal("Gestopt", gestopt.Json["status"]!.GetValue<string>());
        Assert.Equal("2024-06-30", gestopt.Json["einddatum"]!.GetValue<string>());
    }
}
