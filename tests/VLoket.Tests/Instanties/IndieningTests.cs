using System.Net;
using System.Text.Json.Nodes;
using static VLoket.Tests.Instanties.InstantieFixture;

namespace VLoket.Tests.Instanties;

/// <summary>Submitting applications: the agency list, validation, idempotency and scripted outages.</summary>
public sealed class IndieningTests(InstantieFixture fixture) : IClassFixture<InstantieFixture>
{
    [Fact]
    public async Task Instanties_lijst_noemt_de_drie_instanties_met_hun_modus()
    {
        var r = await fixture.SendAsync(HttpMethod.Get, "instanties");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var lijst = r.Json.AsArray().ToDictionary(i => i!["ovoCode"]!.GetValue<string>(), i => i!);
        Assert.Equal(new[] { Provincie, Cultuur, Gent }.Order(), lijst.Keys.Order());
        Assert.Equal("callback", lijst[Cultuur]["modus"]!.GetValue<string>());
        Assert.Equal("polling", lijst[Gent]["modus"]!.GetValue<string>());
        Assert.Equal("onmiddellijk", lijst[Provincie]["modus"]!.GetValue<string>());
        Assert.Equal("Departement Cultuur, Jeugd en Media", lijst[Cultuur]["naam"]!.GetValue<string>());
        Assert.Equal("Stad Gent — Uitleendienst", lijst[Gent]["naam"]!.GetValue<string>());
        Assert.Equal("Provincie Oost-Vlaanderen — Vrijwilligersverzekering", lijst[Provincie]["naam"]!.GetValue<string>());
    }

    [Fact]
    public async Task InstantieUrl_is_de_basis_van_de_instantie()
    {
        Assert.Equal(new Uri(fixture.Simulator.BaseAddress, $"instanties/{Gent}/"), fixture.Simulator.InstantieUrl(Gent));
        Assert.Throws<ArgumentException>(() => fixture.Simulator.InstantieUrl("OVO999999"));

        // A client with the agency's base URL reaches the contract's relative paths.
        using var http = new HttpClient { BaseAddress = fixture.Simulator.InstantieUrl(Gent) };
        var zaken = await http.GetAsync("zaken");
        Assert.Equal(HttpStatusCode.OK, zaken.StatusCode);
    }

    [Theory]
    [InlineData(Cultuur)]
    [InlineData(Gent)]
    [InlineData(Provincie)]
    public async Task Zonder_idempotency_key_400_en_geen_zaak(string ovoCode)
    {
        var aanvraag = Aanvraag();
        string dossierId = aanvraag.DossierId;

        var r = await fixture.IndienenAsync(ovoCode, null, aanvraag);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Contains("Idempotency-Key", r.Json["detail"]!.GetValue<string>());
        Assert.Empty(await ZakenVanDossierAsync(ovoCode, dossierId));
    }

    [Fact]
    public async Task Een_bijlage_die_niet_is_wat_aangekondigd_werd_weigert_de_indiening_en_een_onbereikbare_laat_opnieuw_proberen()
    {
        // Any URL that answers will do for the fetch; the simulator's own listing answers JSON whose hash is not all zeros.
        string bestaand = new Uri(fixture.Simulator.BaseAddress, "instanties").ToString();
        string dossierId = "D" + Guid.NewGuid().ToString("N");
        object Met(string url) => new
        {
            dossierId, vCode = "V0001001", productnummer = "P", antwoorden = new { deelnemers = 12 },
            bijlagen = new[] { new { vraag = "lijst", documentId = "B1", naam = "lijst.pdf", contentType = "application/pdf", grootte = 10, sha256 = new string('0', 64), url, verlooptOp = DateTimeOffset.UtcNow.AddDays(1) } },
        };

        var verkeerd = await fixture.IndienenAsync(Gent, Guid.NewGuid().ToString(), Met(bestaand));
        var onbereikbaar = await fixture.IndienenAsync(Gent, Guid.NewGuid().ToString(), Met("http://127.0.0.1:9/bijlage"));

        Assert.Equal(HttpStatusCode.BadRequest, verkeerd.Status);
        Assert.Contains("SHA-256", verkeerd.Json["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, onbereikbaar.Status);
        Assert.Empty(await ZakenVanDossierAsync(Gent, dossierId));
    }

    [Theory]
    [InlineData("""{"vCode":"V0001001","productnummer":"P"}""", "dossierId")]
    [InlineData("""{"dossierId":"D","vCode":"V0001001","productnummer":"P","antwoorden":{"scenario":"misschien"}}""", "misschien")]
    [InlineData("""{"dossierId":"D","vCode":"V0001001","productnummer":"P","callbackUrl":"/terug"}""", "callbackUrl")]
    [InlineData("""{"dossierId":"D","vCode":"V0001001","productnummer":"P","antwoorden":{"aantal":{"genest":3}}}""", "antwoorden.aantal")]
    [InlineData("""{"dossierId":"D","vCode":"V0001001","productnummer":"P","antwoorden":{"keuzes":[1,2]}}""", "antwoorden.keuzes")]
    [InlineData("""{"dossierId":""", "AanvraagIndiening")]
    public async Task Ongeldige_indiening_400(string body, string melding)
    {
        var r = await fixture.IndienenAsync(Gent, Guid.NewGuid().ToString(), body);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        Assert.Contains(melding, r.Json["detail"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Cultuur, "Ingediend")]
    [InlineData(Gent, "Ingediend")]
    [InlineData(Provincie, "Goedgekeurd")]
    public async Task Zelfde_sleutel_twee_keer_geeft_dezelfde_zaak_en_maar_een_zaak(string ovoCode, string eersteFase)
    {
        string sleutel = Guid.NewGuid().ToString();
        var aanvraag = Aanvraag();

        var eerste = await fixture.IndienenAsync(ovoCode, sleutel, aanvraag);
        var tweede = await fixture.IndienenAsync(ovoCode, sleutel, aanvraag);

        Assert.Equal(HttpStatusCode.Created, eerste.Status);
        Assert.Equal(HttpStatusCode.OK, tweede.Status);
        ZaakAssert.Vorm(eerste.Json, ovoCode);
        Assert.Equal(eersteFase, eerste.Json["fase"]!.GetValue<string>());
        string zaakId = eerste.Json["zaakId"]!.GetValue<string>();
        Assert.Equal(zaakId, tweede.Json["zaakId"]!.GetValue<string>());
        Assert.EndsWith($"/instanties/{ovoCode}/aanvragen/{zaakId}", eerste.Location);
        var zaken = await ZakenVanDossierAsync(ovoCode, eerste.Json["dossierId"]!.GetValue<string>());
        Assert.Equal(zaakId, Assert.Single(zaken)["zaakId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Andere_sleutel_geeft_een_tweede_zaak()
    {
        var aanvraag = Aanvraag();

        var eerste = await fixture.IndienenAsync(Gent, Guid.NewGuid().ToString(), aanvraag);
        var tweede = await fixture.IndienenAsync(Gent, Guid.NewGuid().ToString(), aanvraag);

        Assert.Equal(HttpStatusCode.Created, eerste.Status);
        Assert.Equal(HttpStatusCode.Created, tweede.Status);
        Assert.NotEqual(eerste.Json["zaakId"]!.GetValue<string>(), tweede.Json["zaakId"]!.GetValue<string>());
        Assert.Equal(2, (await ZakenVanDossierAsync(Gent, eerste.Json["dossierId"]!.GetValue<string>())).Count);
    }

    [Theory]
    [InlineData(Cultuur, "Goedgekeurd")]
    [InlineData(Gent, "Goedgekeurd")]
    [InlineData(Provincie, "Goedgekeurd")]
    public async Task Storing_2_antwoordt_twee_keer_503_dan_201_en_maakt_een_zaak(string ovoCode, string eindfase)
    {
        string sleutel = Guid.NewGuid().ToString();
        var aanvraag = Aanvraag("storing-2");
        string dossierId = aanvraag.DossierId;

        var eerste = await fixture.IndienenAsync(ovoCode, sleutel, aanvraag);
        var tweede = await fixture.IndienenAsync(ovoCode, sleutel, aanvraag);
        Assert.Empty(await ZakenVanDossierAsync(ovoCode, dossierId));
        var derde = await fixture.IndienenAsync(ovoCode, sleutel, aanvraag);
        var vierde = await fixture.IndienenAsync(ovoCode, sleutel, aanvraag);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, eerste.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tweede.Status);
        Assert.Equal(HttpStatusCode.Created, derde.Status);
        Assert.Equal(HttpStatusCode.OK, vierde.Status);
        string zaakId = derde.Json["zaakId"]!.GetValue<string>();
        Assert.Equal(zaakId, vierde.Json["zaakId"]!.GetValue<string>());
        Assert.Single(await ZakenVanDossierAsync(ovoCode, dossierId));
        var beslist = await fixture.WachtOpFaseAsync(ovoCode, zaakId, eindfase);
        ZaakAssert.Beslissing(beslist, "Goedgekeurd");
    }

    [Fact]
    public async Task Storingen_tellen_per_sleutel()
    {
        var aanvraag = Aanvraag("storing-1");

        var a1 = await fixture.IndienenAsync(Gent, "a-" + Guid.NewGuid(), aanvraag);
        var b1 = await fixture.IndienenAsync(Gent, "b-" + Guid.NewGuid(), aanvraag);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, a1.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, b1.Status);
    }

    [Fact]
    public async Task Onbekende_instantie_of_zaak_404()
    {
        var instantie = await fixture.IndienenAsync("OVO999999", Guid.NewGuid().ToString(), Aanvraag());
        var zaak = await fixture.ZaakAsync(Gent, "GENT-BESTAATNIET");
        var antwoord = await fixture.AntwoordAsync(Gent, "GENT-BESTAATNIET", new { antwoord = "x" });
        var annuleer = await fixture.AnnuleerAsync(Gent, "GENT-BESTAATNIET");
        var zaken = await fixture.ZakenAsync("OVO999999");
        var callbacks = await fixture.CallbacksAsync(Gent, "GENT-BESTAATNIET");
        var herhaal = await fixture.HerhaalAsync(Gent, "GENT-BESTAATNIET");

        Assert.All(new[] { instantie, zaak, antwoord, annuleer, zaken, callbacks, herhaal }, r => Assert.Equal(HttpStatusCode.NotFound, r.Status));
    }

    [Fact]
    public async Task Een_zaak_bestaat_alleen_bij_de_instantie_die_ze_kreeg()
    {
        var zaak = await fixture.NieuweZaakAsync(Gent, "stil");

        var elders = await fixture.ZaakAsync(Cultuur, zaak["zaakId"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.NotFound, elders.Status);
    }

    [Fact]
    public async Task Kbo_blijft_werken()
    {
        var r = await fixture.SendAsync(HttpMethod.Get, "kbo/ondernemingen/0412345614");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("Koninklijke Sportvereniging Heverlee", r.Json["naam"]!.GetValue<string>());
    }

    async Task<List<JsonNode>> ZakenVanDossierAsync(string ovoCode, string dossierId)
    {
        var r = await fixture.ZakenAsync(ovoCode);
        Assert.Equal(HttpStatusCode.OK, r.Status);
        return [.. r.Json.AsArray().Where(z => z!["dossierId"]!.GetValue<string>() == dossierId).Select(z => z!)];
    }
}
