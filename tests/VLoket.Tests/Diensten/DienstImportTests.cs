using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Diensten;

/// <summary>The operators' import: upsert by product number, every item judged on its own, for role beheerder only.</summary>
public sealed class DienstImportTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    const string Route = "api/beheer/diensten/import";

    Task<LoketClient> Beheerder() => fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");

    static JsonObject Resultaat(Antwoord a, int index) => a.Json["resultaten"]!.AsArray().Single(r => r!["index"]!.GetValue<int>() == index)!.AsObject();

    static List<string> Velden(JsonObject resultaat) => resultaat["redenen"]!.AsArray().Select(r => r!["veld"]!.GetValue<string>()).ToList();

    [Fact]
    public async Task Goede_diensten_worden_aanvaard_en_slechte_geweigerd_met_redenen()
    {
        using var beheerder = await Beheerder();
        var slecht = ImportVoorbeelden.Goed("9002");
        slecht["type"] = "Subsidie";
        slecht["naam"] = new JsonObject { ["nl"] = "<b>Fuif</b>" };
        slecht["geografischToepassingsgebieden"] = new JsonArray("BE99");
        var vormfout = ImportVoorbeelden.Goed("9005");
        vormfout["naam"] = "geen taalkaart";
        var zonderNl = ImportVoorbeelden.Goed("9006");
        zonderNl["beschrijving"] = new JsonObject { ["en"] = "Only English" };
        var body = new JsonArray(ImportVoorbeelden.Goed("9001"), slecht, ImportVoorbeelden.Goed("9003", "Andere vergunning"),
            ImportVoorbeelden.Goed("9001", "Dubbel"), 42, vormfout, zonderNl);

        var a = await beheerder.PostAsync(Route, body.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, a.Status);
        Assert.Equal(2, a.Json["aangemaakt"]!.GetValue<int>());
        Assert.Equal(5, a.Json["geweigerd"]!.GetValue<int>());
        Assert.Equal("aangemaakt", Resultaat(a, 0)["resultaat"]!.GetValue<string>());
        Assert.Equal("aangemaakt", Resultaat(a, 2)["resultaat"]!.GetValue<string>());

        var fout = Resultaat(a, 1);
        Assert.Equal("geweigerd", fout["resultaat"]!.GetValue<string>());
        Assert.Equal("9002", fout["productnummer"]!.GetValue<string>());
        Assert.Equal(["geografischToepassingsgebieden[0]", "naam.nl", "type"], Velden(fout).Order());
        Assert.Contains("opmaakcode", fout["redenen"]!.AsArray().Single(r => r!["veld"]!.GetValue<string>() == "naam.nl")!["melding"]!.GetValue<string>());
        Assert.Equal(["productnummer"], Velden(Resultaat(a, 3)));
        Assert.Contains("eerder in deze import", Resultaat(a, 3)["redenen"]![0]!["melding"]!.GetValue<string>());
        Assert.Equal("geweigerd", Resultaat(a, 4)["resultaat"]!.GetValue<string>());
        Assert.Equal(["naam"], Velden(Resultaat(a, 5)));
        Assert.Equal(["beschrijving.nl"], Velden(Resultaat(a, 6)));

        Assert.Equal(HttpStatusCode.OK, (await beheerder.GetAsync("api/diensten/9001")).Status);
        Assert.Equal("Andere vergunning", (await beheerder.GetAsync("api/diensten/9003")).Json["naam"]!["nl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetAsync("api/diensten/9002")).Status);
    }

    [Fact]
    public async Task Opnieuw_importeren_werkt_bij_op_productnummer_en_laat_gelijke_diensten_ongewijzigd()
    {
        using var beheerder = await Beheerder();
        await beheerder.PostAsync(Route, new JsonArray(ImportVoorbeelden.Goed("9101"), ImportVoorbeelden.Goed("9102")).ToJsonString());

        var a = await beheerder.PostAsync(Route, new JsonArray(ImportVoorbeelden.Goed("9101"), ImportVoorbeelden.Goed("9102", "Nieuwe naam")).ToJsonString());

        Assert.Equal("ongewijzigd", Resultaat(a, 0)["resultaat"]!.GetValue<string>());
        Assert.Equal("bijgewerkt", Resultaat(a, 1)["resultaat"]!.GetValue<string>());
        Assert.Equal(1, a.Json["bijgewerkt"]!.GetValue<int>());
        Assert.Equal("Nieuwe naam", (await beheerder.GetAsync("api/diensten/9102")).Json["naam"]!["nl"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wie_geen_beheerder_is_krijgt_404_en_wijzigt_niets()
    {
        using var gewoon = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Gewone", "Gebruiker");
        var body = new JsonArray(ImportVoorbeelden.Goed("9201")).ToJsonString();

        var aangemeld = await gewoon.PostAsync(Route, body);
        Assert.Equal(HttpStatusCode.NotFound, aangemeld.Status);
        Assert.Equal("application/problem+json", aangemeld.ContentType);

        using var anoniem = await fixture.Client.PostAsync(Route, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, anoniem.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await gewoon.GetAsync("api/diensten/9201")).Status);
    }

    [Theory]
    [InlineData("{\"productnummer\":\"1\"}")]
    [InlineData("niet eens json")]
    [InlineData("")]
    public async Task Iets_anders_dan_een_lijst_geeft_400(string body)
    {
        using var beheerder = await Beheerder();
        var a = await beheerder.SendAsync(HttpMethod.Post, Route, body.Length == 0 ? null : body, null);
        Assert.Equal(HttpStatusCode.BadRequest, a.Status);
        Assert.Equal(["body"], a.FoutVelden);
    }
}
