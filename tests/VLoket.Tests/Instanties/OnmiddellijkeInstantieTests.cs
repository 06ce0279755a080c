using System.Net;
using System.Text.Json.Nodes;
using static VLoket.Tests.Instanties.InstantieFixture;

namespace VLoket.Tests.Instanties;

/// <summary>The province's volunteer insurance decides at once: the submit answer already holds the final case.</summary>
public sealed class OnmiddellijkeInstantieTests(InstantieFixture fixture) : IClassFixture<InstantieFixture>
{
    [Theory]
    [InlineData(null, "Goedgekeurd", "Verzekering toegekend")]
    [InlineData("goedkeuren", "Goedgekeurd", "Verzekering toegekend")]
    [InlineData("afkeuren", "Afgekeurd", "Verzekering geweigerd")]
    public async Task Het_antwoord_op_de_indiening_bevat_de_eindbeslissing(string? scenario, string fase, string label)
    {
        var r = await fixture.IndienenAsync(Provincie, Guid.NewGuid().ToString(), Aanvraag(scenario));

        Assert.Equal(HttpStatusCode.Created, r.Status);
        ZaakAssert.Vorm(r.Json, Provincie);
        Assert.Equal(fase, r.Json["fase"]!.GetValue<string>());
        Assert.Equal(label, r.Json["label"]!.GetValue<string>());
        ZaakAssert.Beslissing(r.Json, fase);
        var gelezen = await fixture.ZaakAsync(Provincie, r.Json["zaakId"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(r.Json, gelezen.Json), $"{r.Tekst}\n!=\n{gelezen.Tekst}");
    }

    [Fact]
    public async Task Herhaalde_indiening_geeft_dezelfde_eindbeslissing()
    {
        string sleutel = Guid.NewGuid().ToString();
        var aanvraag = Aanvraag("afkeuren");

        var eerste = await fixture.IndienenAsync(Provincie, sleutel, aanvraag);
        var tweede = await fixture.IndienenAsync(Provincie, sleutel, aanvraag);

        Assert.Equal(HttpStatusCode.Created, eerste.Status);
        Assert.Equal(HttpStatusCode.OK, tweede.Status);
        Assert.True(JsonNode.DeepEquals(eerste.Json, tweede.Json), $"{eerste.Tekst}\n!=\n{tweede.Tekst}");
    }

    [Fact]
    public async Task Roept_nooit_terug()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();

        var zaak = await fixture.NieuweZaakAsync(Provincie, callbackUrl: url);
        var aanvullen = await fixture.NieuweZaakAsync(Provincie, "aanvullen", url);
        await fixture.WachtOpFaseAsync(Provincie, aanvullen["zaakId"]!.GetValue<string>(), "ActieNodig");
        await Task.Delay(Verwerking * 6);

        Assert.Empty(fixture.Ontvanger.Van(naam));
        Assert.Equal("[]", (await fixture.CallbacksAsync(Provincie, zaak["zaakId"]!.GetValue<string>())).Tekst);
    }

    [Fact]
    public async Task Aanvullen_verloopt_zoals_bij_de_andere_instanties()
    {
        var zaak = await fixture.NieuweZaakAsync(Provincie, "aanvullen");
        string zaakId = zaak["zaakId"]!.GetValue<string>();
        Assert.Equal("Ingediend", zaak["fase"]!.GetValue<string>());

        var actie = await fixture.WachtOpFaseAsync(Provincie, zaakId, "ActieNodig");
        Assert.Equal("Extra gegevens nodig", actie["label"]!.GetValue<string>());
        Assert.Equal("Bezorg de begroting van het project.", actie["vraag"]!.GetValue<string>());
        var beantwoord = await fixture.AntwoordAsync(Provincie, zaakId, new { antwoord = "begroting" });

        Assert.Equal(HttpStatusCode.OK, beantwoord.Status);
        ZaakAssert.Beslissing(await fixture.WachtOpFaseAsync(Provincie, zaakId, "Goedgekeurd"), "Goedgekeurd");
    }

    [Fact]
    public async Task Stil_blijft_ook_hier_Ingediend()
    {
        var zaak = await fixture.NieuweZaakAsync(Provincie, "stil");

        await Task.Delay(Verwerking * 6);

        Assert.Equal("Ingediend", zaak["fase"]!.GetValue<string>());
        Assert.Equal("Ingediend", (await fixture.ZaakAsync(Provincie, zaak["zaakId"]!.GetValue<string>())).Json["fase"]!.GetValue<string>());
    }
}
