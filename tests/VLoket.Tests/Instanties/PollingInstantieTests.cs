using System.Diagnostics;
using System.Net;
using static VLoket.Tests.Instanties.InstantieFixture;

namespace VLoket.Tests.Instanties;

/// <summary>Stad Gent's Uitleendienst never calls back: every phase change is only visible through GET.</summary>
public sealed class PollingInstantieTests(InstantieFixture fixture) : IClassFixture<InstantieFixture>
{
    [Fact]
    public async Task Goedkeuren_eindigt_in_Goedgekeurd_met_beslissingsdocument()
    {
        var zaak = await fixture.NieuweZaakAsync(Gent);
        string zaakId = zaak["zaakId"]!.GetValue<string>();
        Assert.Equal("Ingediend", zaak["fase"]!.GetValue<string>());
        Assert.Equal("Aanvraag geregistreerd bij de stad", zaak["label"]!.GetValue<string>());
        Assert.Null(zaak["beslissing"]);

        var beslist = await fixture.WachtOpFaseAsync(Gent, zaakId, "Goedgekeurd");

        ZaakAssert.Vorm(beslist, Gent);
        Assert.Equal("Goedgekeurd door de stad", beslist["label"]!.GetValue<string>());
        Assert.Equal(zaak["dossierId"]!.GetValue<string>(), beslist["dossierId"]!.GetValue<string>());
        Assert.Equal("IPDC-1234", beslist["productnummer"]!.GetValue<string>());
        ZaakAssert.Beslissing(beslist, "Goedgekeurd");
        Assert.True(beslist["bijgewerktOp"]!.GetValue<DateTimeOffset>() > zaak["bijgewerktOp"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Afkeuren_eindigt_in_Afgekeurd_met_motivering()
    {
        var zaak = await fixture.NieuweZaakAsync(Gent, "afkeuren");

        var beslist = await fixture.WachtOpFaseAsync(Gent, zaak["zaakId"]!.GetValue<string>(), "Afgekeurd");

        Assert.Equal("Geweigerd door de stad", beslist["label"]!.GetValue<string>());
        ZaakAssert.Beslissing(beslist, "Afgekeurd");
        Assert.Contains("voldoet niet", beslist["beslissing"]!["motivering"]!.GetValue<string>());
    }

    [Fact]
    public async Task Aanvullen_vraagt_de_begroting_en_keurt_goed_na_het_antwoord()
    {
        var zaak = await fixture.NieuweZaakAsync(Gent, "aanvullen");
        string zaakId = zaak["zaakId"]!.GetValue<string>();

        var actie = await fixture.WachtOpFaseAsync(Gent, zaakId, "ActieNodig");
        Assert.Equal("Bezorg de begroting van het project.", actie["vraag"]!.GetValue<string>());
        Assert.Null(actie["beslissing"]);
        await Task.Delay(Verwerking * 4);
        Assert.Equal("ActieNodig", (await fixture.ZaakAsync(Gent, zaakId)).Json["fase"]!.GetValue<string>());

        var beantwoord = await fixture.AntwoordAsync(Gent, zaakId, new { antwoord = "Begroting: 1.250 euro, zie bijlage." });

        Assert.Equal(HttpStatusCode.OK, beantwoord.Status);
        Assert.Equal("InBehandeling", beantwoord.Json["fase"]!.GetValue<string>());
        Assert.Null(beantwoord.Json["vraag"]);
        var beslist = await fixture.WachtOpFaseAsync(Gent, zaakId, "Goedgekeurd");
        ZaakAssert.Beslissing(beslist, "Goedgekeurd");
    }

    [Fact]
    public async Task Stil_blijft_Ingediend_en_beslist_nooit()
    {
        var zaak = await fixture.NieuweZaakAsync(Gent, "stil");

        await Task.Delay(Verwerking * 10);

        var nu = (await fixture.ZaakAsync(Gent, zaak["zaakId"]!.GetValue<string>())).Json;
        Assert.Equal("Ingediend", nu["fase"]!.GetValue<string>());
        Assert.Null(nu["beslissing"]);
        Assert.Equal(zaak["bijgewerktOp"]!.GetValue<string>(), nu["bijgewerktOp"]!.GetValue<string>());
    }

    [Fact]
    public async Task Traag_beslist_pas_na_de_ingestelde_wachttijd()
    {
        var klok = Stopwatch.StartNew();
        var zaak = await fixture.NieuweZaakAsync(Gent, "traag");
        string zaakId = zaak["zaakId"]!.GetValue<string>();

        await fixture.WachtOpFaseAsync(Gent, zaakId, "InBehandeling");
        await Task.Delay(Traag / 3);
        Assert.Equal("InBehandeling", (await fixture.ZaakAsync(Gent, zaakId)).Json["fase"]!.GetValue<string>());
        var beslist = await fixture.WachtOpFaseAsync(Gent, zaakId, "Goedgekeurd");

        Assert.True(klok.Elapsed >= Traag + Verwerking, $"Beslist na {klok.Elapsed}, verwacht ten vroegste na {Traag + Verwerking}");
        ZaakAssert.Beslissing(beslist, "Goedgekeurd");
    }

    [Fact]
    public async Task Roept_nooit_terug_ook_niet_met_een_callbackUrl()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        var aanvullen = await fixture.NieuweZaakAsync(Gent, "aanvullen", url);
        var goedkeuren = await fixture.NieuweZaakAsync(Gent, callbackUrl: url);
        string aanvullenId = aanvullen["zaakId"]!.GetValue<string>();
        string goedkeurenId = goedkeuren["zaakId"]!.GetValue<string>();

        await fixture.WachtOpFaseAsync(Gent, aanvullenId, "ActieNodig");
        await fixture.AntwoordAsync(Gent, aanvullenId, new { antwoord = "begroting" });
        await fixture.WachtOpFaseAsync(Gent, aanvullenId, "Goedgekeurd");
        await fixture.WachtOpFaseAsync(Gent, goedkeurenId, "Goedgekeurd");
        await Task.Delay(Verwerking * 6);

        Assert.Empty(fixture.Ontvanger.Van(naam));
        Assert.Equal("[]", (await fixture.CallbacksAsync(Gent, goedkeurenId)).Tekst);
        Assert.Equal("[]", (await fixture.CallbacksAsync(Gent, aanvullenId)).Tekst);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.HerhaalAsync(Gent, goedkeurenId)).Status);
    }
}
