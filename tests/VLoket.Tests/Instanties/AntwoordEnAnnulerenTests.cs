using System.Net;
using static VLoket.Tests.Instanties.InstantieFixture;

namespace VLoket.Tests.Instanties;

/// <summary>When a case takes an answer (only in ActieNodig) and when it can be cancelled (not after a decision).</summary>
public sealed class AntwoordEnAnnulerenTests(InstantieFixture fixture) : IClassFixture<InstantieFixture>
{
    [Theory]
    [InlineData("stil", "Ingediend")]
    [InlineData("goedkeuren", "Goedgekeurd")]
    [InlineData("traag", "InBehandeling")]
    public async Task Antwoord_buiten_ActieNodig_geeft_409_en_verandert_niets(string scenario, string fase)
    {
        string zaakId = (await fixture.NieuweZaakAsync(Gent, scenario))["zaakId"]!.GetValue<string>();
        var voor = await fixture.WachtOpFaseAsync(Gent, zaakId, fase);

        var r = await fixture.AntwoordAsync(Gent, zaakId, new { antwoord = "hier is het" });

        Assert.Equal(HttpStatusCode.Conflict, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        var na = (await fixture.ZaakAsync(Gent, zaakId)).Json;
        Assert.Equal(fase, na["fase"]!.GetValue<string>());
        Assert.Equal(voor["bijgewerktOp"]!.GetValue<string>(), na["bijgewerktOp"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"antwoord":"  "}""")]
    [InlineData("""{"antwoord":""")]
    public async Task Antwoord_zonder_tekst_400(string body)
    {
        string zaakId = (await fixture.NieuweZaakAsync(Gent, "aanvullen"))["zaakId"]!.GetValue<string>();
        await fixture.WachtOpFaseAsync(Gent, zaakId, "ActieNodig");

        var r = await fixture.AntwoordAsync(Gent, zaakId, body);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("ActieNodig", (await fixture.ZaakAsync(Gent, zaakId)).Json["fase"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_tweede_antwoord_geeft_409()
    {
        string zaakId = (await fixture.NieuweZaakAsync(Gent, "aanvullen"))["zaakId"]!.GetValue<string>();
        await fixture.WachtOpFaseAsync(Gent, zaakId, "ActieNodig");

        var eerste = await fixture.AntwoordAsync(Gent, zaakId, new { antwoord = "begroting" });
        var tweede = await fixture.AntwoordAsync(Gent, zaakId, new { antwoord = "nog eens" });

        Assert.Equal(HttpStatusCode.OK, eerste.Status);
        Assert.Equal(HttpStatusCode.Conflict, tweede.Status);
    }

    [Theory]
    [InlineData("stil", "Ingediend")]
    [InlineData("traag", "InBehandeling")]
    [InlineData("aanvullen", "ActieNodig")]
    public async Task Annuleren_van_een_lopende_zaak_stopt_de_behandeling(string scenario, string fase)
    {
        string zaakId = (await fixture.NieuweZaakAsync(Gent, scenario))["zaakId"]!.GetValue<string>();
        await fixture.WachtOpFaseAsync(Gent, zaakId, fase);

        var r = await fixture.AnnuleerAsync(Gent, zaakId);

        Assert.Equal(HttpStatusCode.OK, r.Status);
        ZaakAssert.Vorm(r.Json, Gent);
        Assert.Equal("Geannuleerd", r.Json["fase"]!.GetValue<string>());
        Assert.Equal("Ingetrokken", r.Json["label"]!.GetValue<string>());
        Assert.Null(r.Json["beslissing"]);
        Assert.Null(r.Json["vraag"]);
        await Task.Delay(Traag + (Verwerking * 4));
        var later = (await fixture.ZaakAsync(Gent, zaakId)).Json;
        Assert.Equal("Geannuleerd", later["fase"]!.GetValue<string>());
        Assert.Null(later["beslissing"]);
    }

    [Fact]
    public async Task Annuleren_is_idempotent()
    {
        string zaakId = (await fixture.NieuweZaakAsync(Gent, "stil"))["zaakId"]!.GetValue<string>();

        var eerste = await fixture.AnnuleerAsync(Gent, zaakId);
        var tweede = await fixture.AnnuleerAsync(Gent, zaakId);

        Assert.Equal(HttpStatusCode.OK, eerste.Status);
        Assert.Equal(HttpStatusCode.OK, tweede.Status);
        Assert.Equal("Geannuleerd", tweede.Json["fase"]!.GetValue<string>());
        Assert.Equal(eerste.Json["bijgewerktOp"]!.GetValue<string>(), tweede.Json["bijgewerktOp"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(Gent, "goedkeuren", "Goedgekeurd")]
    [InlineData(Gent, "afkeuren", "Afgekeurd")]
    [InlineData(Provincie, "goedkeuren", "Goedgekeurd")]
    public async Task Annuleren_van_een_beslist_zaak_geeft_409(string ovoCode, string scenario, string fase)
    {
        string zaakId = (await fixture.NieuweZaakAsync(ovoCode, scenario))["zaakId"]!.GetValue<string>();
        await fixture.WachtOpFaseAsync(ovoCode, zaakId, fase);

        var r = await fixture.AnnuleerAsync(ovoCode, zaakId);

        Assert.Equal(HttpStatusCode.Conflict, r.Status);
        Assert.Equal(fase, (await fixture.ZaakAsync(ovoCode, zaakId)).Json["fase"]!.GetValue<string>());
    }

    [Fact]
    public async Task Antwoord_na_annuleren_geeft_409()
    {
        string zaakId = (await fixture.NieuweZaakAsync(Gent, "aanvullen"))["zaakId"]!.GetValue<string>();
        await fixture.WachtOpFaseAsync(Gent, zaakId, "ActieNodig");
        await fixture.AnnuleerAsync(Gent, zaakId);

        var r = await fixture.AntwoordAsync(Gent, zaakId, new { antwoord = "te laat" });

        Assert.Equal(HttpStatusCode.Conflict, r.Status);
        Assert.Equal("Geannuleerd", (await fixture.ZaakAsync(Gent, zaakId)).Json["fase"]!.GetValue<string>());
    }
}
