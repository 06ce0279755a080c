using System.Text.Json;
using System.Text.Json.Nodes;
using VLoket.Domain;
using VLoket.Domain.Diensten.Demo;
using VLoket.Domain.Diensten.Import;
using VLoket.Domain.Diensten.Model;

namespace VLoket.Tests.Diensten;

/// <summary>Validation of imported services, and the demo catalogue as shipped.</summary>
public sealed class DienstValidatieTests
{
    static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web);

    static Dienst Valideer(JsonObject json) => DienstValidatie.Create(json.Deserialize<DienstInvoer>(Opties)!);

    static IReadOnlyList<VeldFout> Fouten(JsonObject json) => Assert.Throws<DomeinFout>(() => Valideer(json)).Fouten;

    static JsonObject Met(string pad, JsonNode? waarde)
    {
        var json = ImportVoorbeelden.Goed("9100");
        var delen = pad.Split('.');
        JsonNode doel = json;
        foreach (string deel in delen[..^1])
        {
            doel = doel[deel]!;
        }

        doel.AsObject()[delen[^1]] = waarde;
        return json;
    }

    [Fact]
    public void Een_volledige_dienst_wordt_aanvaard_en_genormaliseerd()
    {
        var d = Valideer(Met("type", "toelating"));
        Assert.Equal("Toelating", d.Type);
        Assert.Equal("Fuifvergunning", d.Naam.Nl);
        Assert.Equal(["BE23444021"], d.GeografischToepassingsgebieden);
        Assert.Equal(Aanvraag.Loket, d.Aanvraagwijze);
        Assert.Contains(d.Formulier, v => v.Sleutel == "scenario" && v.Keuzes!.Contains("storing-3"));
        Assert.Equal(new Leeftijden(12, 30), d.Geschiktheid.Doelgroep);
    }

    [Theory]
    [InlineData("naam", null, "naam")]
    [InlineData("naam", "{\"en\":\"Party permit\"}", "naam.nl")]
    [InlineData("naam", "{\"nl\":\"<b>Fuif</b>\"}", "naam.nl")]
    [InlineData("naam", "{\"nl\":\"Fuif\",\"xx\":\"?\"}", "naam")]
    [InlineData("type", "\"Subsidie\"", "type")]
    [InlineData("doelgroepen", "[\"Vereniging\",\"Marsmannetjes\"]", "doelgroepen[1]")]
    [InlineData("themas", "[\"Sport\"]", "themas[0]")]
    [InlineData("bevoegdBestuursniveaus", "[]", "bevoegdBestuursniveaus")]
    [InlineData("bevoegdeOverheden", "[\"OVO12\"]", "bevoegdeOverheden[0]")]
    [InlineData("geografischToepassingsgebieden", "[\"BE99\"]", "geografischToepassingsgebieden[0]")]
    [InlineData("geografischToepassingsgebieden", "[\"NVT\",\"BE23\"]", "geografischToepassingsgebieden")]
    [InlineData("websites", "[{\"titel\":{\"nl\":\"Site\"},\"url\":\"www.gent.be\"}]", "websites[0].url")]
    [InlineData("startDienstVerlening", "\"2027-13-01\"", "startDienstVerlening")]
    [InlineData("eindeDienstVerlening", "\"2019-12-31\"", "eindeDienstVerlening")]
    [InlineData("productnummer", "\"12/34\"", "productnummer")]
    [InlineData("aanvraagwijze", "\"fax\"", "aanvraagwijze")]
    [InlineData("aanvraagUrl", "\"https://gent.be/aanvragen\"", "aanvraagUrl")]
    [InlineData("contactgegevens", "[{\"email\":\"jos@club\"}]", "contactgegevens[0].email")]
    [InlineData("geschiktheid.verenigingstypes", "[\"BV\"]", "geschiktheid.verenigingstypes[0]")]
    [InlineData("geschiktheid.hoofdactiviteiten", "[\"XXXX\"]", "geschiktheid.hoofdactiviteiten[0]")]
    [InlineData("geschiktheid.doelgroep", "{\"minimumleeftijd\":30,\"maximumleeftijd\":12}", "geschiktheid.doelgroep")]
    [InlineData("geschiktheid.minimumBestaansjaren", "-1", "geschiktheid.minimumBestaansjaren")]
    [InlineData("geschiktheid.aanvraagvensters", "[{\"opent\":\"2027-01-01\",\"sluit\":\"03-31\",\"jaarlijks\":true}]", "geschiktheid.aanvraagvensters[0].opent")]
    [InlineData("geschiktheid.aanvraagvensters", "[{\"opent\":\"2027-03-01\",\"sluit\":\"2027-01-31\",\"jaarlijks\":false}]", "geschiktheid.aanvraagvensters[0].sluit")]
    [InlineData("geschiktheid.aanvraagvensters", "[{\"opent\":\"01-01\",\"sluit\":\"03-31\"}]", "geschiktheid.aanvraagvensters[0].jaarlijks")]
    [InlineData("geschiktheid.erkenningen", "[{\"productnummer\":\"4001\"}]", "geschiktheid.erkenningen[0].naam")]
    public void Een_ongeldig_veld_wordt_gemeld_op_zijn_pad(string veld, string? json, string verwachtPad)
    {
        var fouten = Fouten(Met(veld, json is null ? null : JsonNode.Parse(json)));
        Assert.Contains(fouten, f => f.Veld == verwachtPad);
        Assert.All(fouten, f => Assert.False(string.IsNullOrWhiteSpace(f.Melding)));
    }

    [Theory]
    [InlineData("[{\"sleutel\":\"Naam\",\"label\":\"Naam\",\"type\":\"tekst\"}]", "formulier[0].sleutel")]
    [InlineData("[{\"sleutel\":\"naam\",\"label\":\"Naam\",\"type\":\"kleur\"}]", "formulier[0].type")]
    [InlineData("[{\"sleutel\":\"keuze\",\"label\":\"Kies\",\"type\":\"keuze\",\"keuzes\":[\"een\"]}]", "formulier[0].keuzes")]
    [InlineData("[{\"sleutel\":\"naam\",\"label\":\"Naam\",\"type\":\"tekst\",\"bron\":\"vereniging.schoenmaat\"}]", "formulier[0].bron")]
    [InlineData("[{\"sleutel\":\"a\",\"label\":\"A\",\"type\":\"tekst\"},{\"sleutel\":\"a\",\"label\":\"B\",\"type\":\"tekst\"}]", "formulier[1].sleutel")]
    [InlineData("[]", "formulier")]
    public void Een_ongeldig_formulier_wordt_gemeld_op_de_vraag(string formulier, string verwachtPad) =>
        Assert.Contains(Fouten(Met("formulier", JsonNode.Parse(formulier))), f => f.Veld == verwachtPad);

    [Fact]
    public void Een_doorverwijzing_heeft_een_url_en_geen_formulier()
    {
        var json = Met("aanvraagwijze", "doorverwijzing");
        Assert.Contains(Fouten(json), f => f.Veld == "formulier");
        Assert.Contains(Fouten(json), f => f.Veld == "aanvraagUrl");

        json.Remove("formulier");
        json["aanvraagUrl"] = "https://kiosk.vlaanderen.be/aanvraag";
        var d = Valideer(json);
        Assert.Equal("https://kiosk.vlaanderen.be/aanvraag", d.AanvraagUrl);
        Assert.Empty(d.Formulier);
    }

    [Fact]
    public void Alle_fouten_van_een_dienst_komen_samen_terug()
    {
        var json = Met("type", "Onbekend");
        json["naam"] = new JsonObject { ["nl"] = "<script>x</script>" };
        json["bevoegdeOverheden"] = new JsonArray("fout");
        Assert.Equal(["bevoegdeOverheden[0]", "naam.nl", "type"], Fouten(json).Select(f => f.Veld).Order());
    }

    [Fact]
    public void De_democatalogus_is_geldig_en_volledig()
    {
        var lijst = JsonSerializer.Deserialize<List<DienstInvoer>>(DemoCatalogus.Json(), Opties)!;
        var diensten = lijst.Select(DienstValidatie.Create).ToList();

        Assert.True(diensten.Count >= 40, $"{diensten.Count} diensten");
        Assert.Equal(diensten.Count, diensten.Select(d => d.Productnummer).Distinct().Count());
        foreach (string niveau in new[] { "Europees", "Federaal", "Vlaams", "Provinciaal", "Lokaal" })
        {
            Assert.Contains(diensten, d => d.BevoegdBestuursniveaus.Contains(niveau));
        }

        foreach (string gemeente in new[] { "BE23444021", "BE23141002", "BE24224062" })
        {
            Assert.True(diensten.Count(d => d.GeografischToepassingsgebieden.Contains(gemeente)) >= 5, gemeente);
        }

        Assert.All(diensten, d => Assert.Contains("en", d.Naam.Keys));
        Assert.All(diensten.Where(d => d.Aanvraagwijze == Aanvraag.Loket), d =>
        {
            var scenario = Assert.Single(d.Formulier, v => v.Sleutel == Aanvraag.ScenarioSleutel);
            Assert.Equal("keuze", scenario.Type);
            Assert.False(scenario.Verplicht);
            Assert.Equal(Aanvraag.Scenarios, scenario.Keuzes);
        });
        Assert.All(diensten.Where(d => d.Aanvraagwijze == Aanvraag.Doorverwijzing), d => Assert.NotNull(d.AanvraagUrl));
        Assert.Contains(diensten, d => d.IsWettelijkeVerplichting && d.Geschiktheid.Verenigingstypes.SequenceEqual(["VZW", "IVZW", "PS", "SVON"]));
        Assert.Contains(diensten, d => d.Type == "InfrastructuurMateriaal");
        Assert.Contains(diensten, d => d.Geschiktheid.Erkenningen.Count > 0);
    }
}
