using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using VLoket.Domain.Diensten.Demo;
using VLoket.Domain.Diensten.Import;
using VLoket.Host.Demo;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Diensten;

/// <summary>The public catalogue on the demo data: search filters, paging, detail; no sign-in needed.</summary>
public sealed class CatalogusZoekTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    async Task<JsonNode> Zoek(string query)
    {
        using var antwoord = await fixture.Client.GetAsync("api/diensten" + query);
        string tekst = await antwoord.Content.ReadAsStringAsync();
        Assert.True(antwoord.StatusCode == HttpStatusCode.OK, $"{(int)antwoord.StatusCode} {tekst}");
        return JsonNode.Parse(tekst)!;
    }

    static List<string> Nummers(JsonNode r) => r["items"]!.AsArray().Select(i => i!["productnummer"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Zonder_filters_geeft_de_zoekopdracht_de_hele_catalogus_per_20()
    {
        var eerste = await Zoek(string.Empty);
        int totaal = eerste["totaal"]!.GetValue<int>();
        Assert.True(totaal >= 40, $"{totaal} diensten");
        Assert.Equal(1, eerste["pagina"]!.GetValue<int>());
        Assert.Equal(20, eerste["paginagrootte"]!.GetValue<int>());
        Assert.Equal((totaal + 19) / 20, eerste["paginas"]!.GetValue<int>());
        Assert.Equal(20, Nummers(eerste).Count);

        var alle = new List<string>();
        for (int pagina = 1; pagina <= eerste["paginas"]!.GetValue<int>(); pagina++)
        {
            alle.AddRange(Nummers(await Zoek($"?pagina={pagina}")));
        }

        Assert.Equal(totaal, alle.Count);
        Assert.Equal(totaal, alle.Distinct().Count());
        var voorbij = await Zoek($"?pagina={eerste["paginas"]!.GetValue<int>() + 1}");
        Assert.Empty(Nummers(voorbij));
        Assert.Equal(totaal, voorbij["totaal"]!.GetValue<int>());
    }

    [Fact]
    public async Task Filter_op_type_thema_en_bestuursniveau()
    {
        var materiaal = await Zoek("?type=InfrastructuurMateriaal");
        Assert.All(materiaal["items"]!.AsArray(), i => Assert.Equal("InfrastructuurMateriaal", i!["type"]!.GetValue<string>()));
        Assert.Contains("4005", Nummers(materiaal));
        Assert.Contains("5005", Nummers(materiaal));

        var milieu = await Zoek("?thema=milieuenergie");
        Assert.All(milieu["items"]!.AsArray(), i => Assert.Contains("MilieuEnergie", i!["themas"]!.AsArray().Select(t => t!.GetValue<string>())));
        Assert.Contains("2107", Nummers(milieu));

        var provinciaal = await Zoek("?bestuursniveau=Provinciaal");
        Assert.Equal(8, provinciaal["totaal"]!.GetValue<int>());
        Assert.All(provinciaal["items"]!.AsArray(), i => Assert.Contains("Provinciaal", i!["bevoegdBestuursniveaus"]!.AsArray().Select(t => t!.GetValue<string>())));
    }

    [Fact]
    public async Task Filter_op_gebied_vindt_wat_daar_geldt()
    {
        var aalst = Nummers(await Zoek("?gebied=BE23141002&pagina=1")).Concat(Nummers(await Zoek("?gebied=BE23141002&pagina=2"))).ToList();
        Assert.Contains("5003", aalst);  // Aalst's own event permit
        Assert.Contains("3001", aalst);  // Oost-Vlaanderen's volunteer insurance
        Assert.Contains("2004", aalst);  // federal: Belgium-wide
        Assert.Contains("2102", aalst);  // Flemish
        Assert.DoesNotContain("4004", aalst); // Gent's event permit
        Assert.DoesNotContain("6004", aalst); // Leuven's
        Assert.DoesNotContain("3002", aalst); // Vlaams-Brabant

        var provincie = await Zoek("?gebied=be23&bestuursniveau=Lokaal&type=Toelating");
        var nummers = Nummers(provincie);
        Assert.Contains("4004", nummers);
        Assert.Contains("5003", nummers);
        Assert.DoesNotContain("6004", nummers);
    }

    [Fact]
    public async Task Zoeken_op_tekst_negeert_hoofdletters_en_accenten_en_combineert_met_filters()
    {
        Assert.Contains("4003", Nummers(await Zoek("?q=JEUGDKAMP")));
        Assert.Contains("5001", Nummers(await Zoek("?q=buurtcomite")));          // "buurtcomité" in the description
        Assert.Contains("2005", Nummers(await Zoek("?q=sabam")));                // search term
        Assert.Equal(["2006"], Nummers(await Zoek("?q=privacy%20gdpr")));          // every word must occur
        var subsidies = await Zoek("?q=subsidie&gebied=BE24224062&type=FinancieelVoordeel&bestuursniveau=Lokaal");
        Assert.Equal(["6001", "6003", "6007", "6008"], Nummers(subsidies).Order());
        Assert.Empty(Nummers(await Zoek("?q=ruimtevaart")));
    }

    [Fact]
    public async Task Woorden_in_de_naam_komen_eerst()
    {
        // Six lending services carry the word in their name; Sport Vlaanderen's only in its search terms.
        var r = Nummers(await Zoek("?q=uitleendienst"));
        Assert.Equal(["3003", "3004", "3008", "4005", "5004", "6005"], r.Take(6).Order());
        Assert.Equal("2103", r[^1]);
    }

    [Theory]
    [InlineData("?type=Subsidie", "type")]
    [InlineData("?thema=Sport", "thema")]
    [InlineData("?bestuursniveau=Gemeentelijk", "bestuursniveau")]
    [InlineData("?gebied=BE99", "gebied")]
    [InlineData("?pagina=0", "pagina")]
    [InlineData("?pagina=twee", "pagina")]
    public async Task Een_ongeldig_filter_geeft_400_met_het_veld(string query, string veld)
    {
        using var antwoord = await fixture.Client.GetAsync("api/diensten" + query);
        Assert.Equal(HttpStatusCode.BadRequest, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var json = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal(veld, json["fouten"]![0]!["veld"]!.GetValue<string>());
    }

    [Fact]
    public async Task De_detailpagina_toont_de_volledige_dienst_zonder_aanmelden()
    {
        using var antwoord = await fixture.Client.GetAsync("api/diensten/4002");
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        var d = JsonNode.Parse(await antwoord.Content.ReadAsStringAsync())!;
        Assert.Equal("Werkingssubsidie voor jeugdverenigingen (Stad Gent)", d["naam"]!["nl"]!.GetValue<string>());
        Assert.NotNull(d["naam"]!["en"]);
        Assert.Equal("FinancieelVoordeel", d["type"]!.GetValue<string>());
        Assert.Equal("OVO004021", d["bevoegdeOverheden"]![0]!.GetValue<string>());
        Assert.Equal("BE23444021", d["geografischToepassingsgebieden"]![0]!.GetValue<string>());
        Assert.Equal("4001", d["geschiktheid"]!["erkenningen"]![0]!["productnummer"]!.GetValue<string>());
        Assert.Equal("loket", d["aanvraagwijze"]!.GetValue<string>());
        var formulier = d["formulier"]!.AsArray();
        Assert.Contains(formulier, v => v!["bron"]?.GetValue<string>() == "vereniging.iban");
        var scenario = formulier.Single(v => v!["sleutel"]!.GetValue<string>() == "scenario")!;
        Assert.Equal(["goedkeuren", "afkeuren", "aanvullen", "traag", "storing-1", "storing-3", "stil"], scenario["keuzes"]!.AsArray().Select(k => k!.GetValue<string>()));
    }

    [Fact]
    public async Task Een_onbekende_dienst_geeft_404()
    {
        using var antwoord = await fixture.Client.GetAsync("api/diensten/999999");
        Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task De_demodata_opnieuw_laden_verandert_niets()
    {
        using var karim = await LoketClient.AanmeldenAsync(fixture.Host.BaseAddress, Voorbeelden.InszKarim, "Karim", "El Amrani", []);
        var mijn = (await karim.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray();
        string ksv = mijn.Single(v => v!["verenigingstype"]!["code"]!.GetValue<string>() == "VZW")!["vCode"]!.GetValue<string>();
        string? etag = (await karim.GetAsync("api/verenigingen/" + ksv)).ETag;

        await DemoGegevens.LaadAsync(fixture.Host.Services, NullLogger.Instance);
        var opnieuw = await DemoCatalogus.LaadAsync(fixture.Host.Services.GetRequiredService<DienstImport>());

        Assert.Equal(0, opnieuw.Aangemaakt + opnieuw.Bijgewerkt + opnieuw.Geweigerd);
        Assert.True(opnieuw.Ongewijzigd >= 40);
        Assert.Equal(etag, (await karim.GetAsync("api/verenigingen/" + ksv)).ETag);
    }
}
