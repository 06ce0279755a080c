using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>Every rule of domain.md section 1 through HTTP: a 400 problem+json naming the field, and nothing stored.</summary>
public sealed class ValidatieTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    static JsonObject C(string type, string waarde, bool primair = false) => new() { ["type"] = type, ["waarde"] = waarde, ["isPrimair"] = primair };

    static JsonObject L(string type, string postcode, string gemeente, string straat = "Kerkstraat") => new()
    {
        ["locatietype"] = type,
        ["adres"] = new JsonObject { ["straatnaam"] = straat, ["huisnummer"] = "1", ["postcode"] = postcode, ["gemeente"] = gemeente, ["land"] = "België" },
    };

    static JsonObject V(string insz, string voornaam = "Jan", string achternaam = "Jansens") =>
        new() { ["insz"] = insz, ["voornaam"] = voornaam, ["achternaam"] = achternaam };

    static JsonObject B(string iban, params string[] titularissen) => new() { ["iban"] = iban, ["titularissen"] = new JsonArray(titularissen.Select(t => (JsonNode)t!).ToArray()) };

    public static TheoryData<string, Action<JsonObject>, string> OngeldigeInvoer => new()
    {
        { "lege naam", b => b["naam"] = " ", "naam" },
        { "markup in naam", b => b["naam"] = "<b>Club</b>", "naam" },
        { "markup in beschrijving", b => b["korteBeschrijving"] = "Hallo <script>alert(1)</script>", "korteBeschrijving" },
        { "markup in korte naam", b => b["korteNaam"] = "<img src=x>", "korteNaam" },
        { "startdatum in de toekomst", b => b["startdatum"] = "2999-01-01", "startdatum" },
        { "startdatum verkeerd formaat", b => b["startdatum"] = "01-09-2001", "startdatum" },
        { "doelgroep min > max", b => b["doelgroep"] = new JsonObject { ["minimumleeftijd"] = 20, ["maximumleeftijd"] = 10 }, "doelgroep" },
        { "doelgroep min negatief", b => b["doelgroep"] = new JsonObject { ["minimumleeftijd"] = -1 }, "doelgroep.minimumleeftijd" },
        { "doelgroep max te hoog", b => b["doelgroep"] = new JsonObject { ["maximumleeftijd"] = 151 }, "doelgroep.maximumleeftijd" },
        { "onbekende hoofdactiviteit", b => b["hoofdactiviteiten"] = new JsonArray("XXXX"), "hoofdactiviteiten[0]" },
        { "dubbele hoofdactiviteit", b => b["hoofdactiviteiten"] = new JsonArray("JGDW", "JGDW"), "hoofdactiviteiten[1]" },
        { "NVT met andere", b => b["werkingsgebieden"] = new JsonArray("NVT", "BE21"), "werkingsgebieden" },
        { "onbekend werkingsgebied", b => b["werkingsgebieden"] = new JsonArray("BE99"), "werkingsgebieden[0]" },
        { "e-mail zonder tld", b => b["contactgegevens"] = new JsonArray(C("E-mail", "jos@club")), "contactgegevens[0].waarde" },
        { "e-mail met punt vooraan", b => b["contactgegevens"] = new JsonArray(C("E-mail", ".jos@club.be")), "contactgegevens[0].waarde" },
        { "e-mail met spaties", b => b["contactgegevens"] = new JsonArray(C("E-mail", "fons de spons@club.be")), "contactgegevens[0].waarde" },
        { "e-mail met tld van 1 letter", b => b["contactgegevens"] = new JsonArray(C("E-mail", "conan@barbarian-sonya.c")), "contactgegevens[0].waarde" },
        { "website zonder schema", b => b["contactgegevens"] = new JsonArray(C("Website", "www.hello.me")), "contactgegevens[0].waarde" },
        { "website met een slash", b => b["contactgegevens"] = new JsonArray(C("Website", "http:/oeps.com")), "contactgegevens[0].waarde" },
        { "socialmedia zonder punt", b => b["contactgegevens"] = new JsonArray(C("SocialMedia", "https://gibberish")), "contactgegevens[0].waarde" },
        { "telefoon met letters", b => b["contactgegevens"] = new JsonArray(C("Telefoon", "nul vier")), "contactgegevens[0].waarde" },
        { "onbekend type", b => b["contactgegevens"] = new JsonArray(C("Fax", "093334455")), "contactgegevens[0].type" },
        { "gelijkwaardige telefoons", b => b["contactgegevens"] = new JsonArray(C("Telefoon", "+32 412 34 56 78"), C("Telefoon", "0412345678")), "contactgegevens[1].waarde" },
        { "twee primaire e-mails", b => b["contactgegevens"] = new JsonArray(C("E-mail", "a@club.be", true), C("E-mail", "b@club.be", true)), "contactgegevens[1].isPrimair" },
        { "onbekende postcode", b => b["locaties"] = new JsonArray(L("Activiteiten", "9999", "Gent")), "locaties[0].adres.postcode" },
        { "gemeente past niet bij postcode", b => b["locaties"] = new JsonArray(L("Activiteiten", "9000", "Aalst")), "locaties[0].adres.gemeente" },
        { "zetel volgens KBO", b => b["locaties"] = new JsonArray(L("Maatschappelijke zetel volgens KBO", "9000", "Gent")), "locaties[0].locatietype" },
        { "twee correspondentieadressen", b => b["locaties"] = new JsonArray(L("Correspondentie", "9000", "Gent"), L("Correspondentie", "9300", "Aalst")), "locaties[1].locatietype" },
        { "dubbele locatie", b => b["locaties"] = new JsonArray(L("Activiteiten", "9000", "gent"), L("Activiteiten", "9000", "Gent", "kerkstraat")), "locaties[1]" },
        { "INSZ checksum", b => b["vertegenwoordigers"] = new JsonArray(V("01234567890")), "vertegenwoordigers[0].insz" },
        { "INSZ nullen", b => b["vertegenwoordigers"] = new JsonArray(V("00000000000")), "vertegenwoordigers[0].insz" },
        { "INSZ te kort", b => b["vertegenwoordigers"] = new JsonArray(V("012345678")), "vertegenwoordigers[0].insz" },
        { "INSZ letters", b => b["vertegenwoordigers"] = new JsonArray(V("AABBCCDDDEE")), "vertegenwoordigers[0].insz" },
        { "e-mail van een genodigde", b => b["vertegenwoordigers"] = new JsonArray(new JsonObject { ["insz"] = InszKarim, ["eMail"] = "jos@club" }), "vertegenwoordigers[0].e-mail" },
        { "dubbel INSZ", b => b["vertegenwoordigers"] = new JsonArray(V(InszKarim), V("85.09.23-284.01")), "vertegenwoordigers[1].insz" },
        { "IBAN niet Belgisch", b => b["bankrekeningnummers"] = new JsonArray(B("NL68539007547034", "Club")), "bankrekeningnummers[0].iban" },
        { "IBAN checksum", b => b["bankrekeningnummers"] = new JsonArray(B("BE68539007547035", "Club")), "bankrekeningnummers[0].iban" },
        { "IBAN met streepjes", b => b["bankrekeningnummers"] = new JsonArray(B("BE68-5390-0754-7034", "Club")), "bankrekeningnummers[0].iban" },
        { "geen titularis", b => b["bankrekeningnummers"] = new JsonArray(B("BE68539007547034")), "bankrekeningnummers[0].titularissen" },
        { "dubbele titularis", b => b["bankrekeningnummers"] = new JsonArray(B("BE68539007547034", "Club", "CLUB")), "bankrekeningnummers[0].titularissen[1]" },
        { "dubbel IBAN", b => b["bankrekeningnummers"] = new JsonArray(B("BE68539007547034", "A"), B("BE68 5390 0754 7034", "B")), "bankrekeningnummers[1].iban" },
    };

    [Theory]
    [MemberData(nameof(OngeldigeInvoer))]
    public async Task Ongeldige_invoer_geeft_400_met_het_veld_en_bewaart_niets(string geval, Action<JsonObject> maakOngeldig, string veld)
    {
        string insz = NieuwInsz();
        using var ik = await fixture.AlsAsync(insz);
        var body = Registratie("Validatie " + geval);
        maakOngeldig(body);

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        Assert.Contains(veld, r.FoutVelden);
        Assert.All(r.Json["fouten"]!.AsArray(), f => Assert.False(string.IsNullOrWhiteSpace(f!["melding"]!.GetValue<string>())));
        Assert.Empty((await ik.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());
    }

    [Fact]
    public async Task De_registrant_die_zichzelf_opgeeft_wordt_op_naam_gecontroleerd()
    {
        string insz = NieuwInsz();
        using var ik = await fixture.AlsAsync(insz);
        var body = Registratie("Validatie eigen naam");
        body["vertegenwoordigers"] = new JsonArray(V(insz, "n0el"));

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal(["vertegenwoordigers[0].voornaam"], r.FoutVelden);

        // Their own INSZ in the block for others, which asks no names: the names of their sign-in are used.
        body["vertegenwoordigers"] = new JsonArray(new JsonObject { ["insz"] = insz, ["rol"] = "voorzitter" });
        var zonderNamen = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.Created, zonderNamen.Status);
        var zelf = Assert.Single(zonderNamen.Json["vertegenwoordigers"]!.AsArray())!;
        Assert.Equal("Test", zelf["voornaam"]!.GetValue<string>());
        Assert.Equal("voorzitter", zelf["rol"]!.GetValue<string>());
        Assert.Empty(zonderNamen.Json["uitnodigingen"]!.AsArray());
    }

    [Fact]
    public async Task Alle_fouten_komen_samen_in_een_antwoord()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var body = Registratie("");
        body["startdatum"] = "2999-01-01";
        body["bankrekeningnummers"] = new JsonArray(B("NL68539007547034", "Club"));

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Contains("naam", r.FoutVelden);
        Assert.Contains("startdatum", r.FoutVelden);
        Assert.Contains("bankrekeningnummers[0].iban", r.FoutVelden);
    }

    [Fact]
    public async Task Ongeldige_json_geeft_400_en_geen_500()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());

        var r = await ik.PostAsync("api/verenigingen", "{\"naam\": ");
        var verkeerdType = await ik.PostAsync("api/verenigingen", "{\"naam\": \"x\", \"doelgroep\": {\"minimumleeftijd\": \"tien\"}}");

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        Assert.Equal(HttpStatusCode.BadRequest, verkeerdType.Status);
        Assert.Contains("doelgroep.minimumleeftijd", verkeerdType.FoutVelden);
    }

    [Fact]
    public async Task De_geldige_voorbeelden_van_het_domein_worden_aanvaard()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var body = Registratie("Geldige voorbeelden");
        body["contactgegevens"] = new JsonArray(C("E-mail", "conan+sonya@barbarian.com", true), C("E-mail", "aa@digitaal.vlaanderen"),
            C("Website", "https://www.chiro.be"), C("Telefoon", "+32 412 34 56 78"));
        body["vertegenwoordigers"] = new JsonArray(V("01.13.15-001.49", "X Æ A-Xii", "Musk"));
        body["bankrekeningnummers"] = new JsonArray(B("BE68.5390.0754.7034", "Club"));
        body["werkingsgebieden"] = new JsonArray("NVT");

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.Created, r.Status);
        Assert.Equal("BE68 5390 0754 7034", r.Json["bankrekeningnummers"]![0]!["iban"]!.GetValue<string>());
        // Someone else named at registration is invited (their INSZ masked), not yet a representative.
        Assert.Contains(r.Json["uitnodigingen"]!.AsArray(), u => u!["uitgenodigd"]!.GetValue<string>() == "01.13.15-xxx.xx");
    }
}
