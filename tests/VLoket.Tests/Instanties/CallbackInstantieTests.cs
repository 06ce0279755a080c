using System.Net;
using System.Text.Json.Nodes;
using VLoket.Agencies.Simulator.Instanties;
using static VLoket.Tests.Instanties.InstantieFixture;

namespace VLoket.Tests.Instanties;

/// <summary>The Department of Culture, Youth and Media decides asynchronously and reports every phase change by signed callback.</summary>
public sealed class CallbackInstantieTests(InstantieFixture fixture) : IClassFixture<InstantieFixture>
{
    static readonly string[] StatusWijzigingVelden =
        ["eventId", "ovoCode", "zaakId", "dossierId", "fase", "label", "vraag", "beslissing", "tijdstip"];

    [Fact]
    public async Task Goedkeuren_meldt_InBehandeling_en_Goedgekeurd_met_een_geldige_handtekening()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        var zaak = await fixture.NieuweZaakAsync(Cultuur, callbackUrl: url);
        string zaakId = zaak["zaakId"]!.GetValue<string>();

        var ontvangen = await fixture.Ontvanger.WachtOpAsync(naam, 2);
        var beslist = await fixture.WachtOpFaseAsync(Cultuur, zaakId, "Goedgekeurd");

        Assert.Equal(["InBehandeling", "Goedgekeurd"], ontvangen.Select(c => c.Fase));
        Assert.All(ontvangen, c =>
        {
            Assert.True(c.Aangenomen);
            Assert.Equal("application/json", c.ContentType?.Split(';')[0]);
            Assert.Equal(StatusWijzigingVelden.Order(), c.Json.AsObject().Select(p => p.Key).Order());
            Assert.Equal(zaakId, c.Json["zaakId"]!.GetValue<string>());
            Assert.Equal(zaak["dossierId"]!.GetValue<string>(), c.Json["dossierId"]!.GetValue<string>());
            Assert.Equal(Cultuur, c.Json["ovoCode"]!.GetValue<string>());
            Assert.True(CallbackOntvanger.HandtekeningKlopt(c.Handtekening, c.Body, CultuurGeheim), c.Handtekening);
            Assert.False(CallbackOntvanger.HandtekeningKlopt(c.Handtekening, c.Body, OntwikkelGeheimen.Voor(Cultuur)));
            Assert.False(CallbackOntvanger.HandtekeningKlopt(c.Handtekening, c.Body.Replace(zaakId, zaakId + "X"), CultuurGeheim));
        });
        Assert.Equal("In behandeling bij de administratie", ontvangen[0].Json["label"]!.GetValue<string>());
        Assert.Null(ontvangen[0].Json["beslissing"]);
        Assert.NotEqual(ontvangen[0].EventId, ontvangen[1].EventId);
        var laatste = ontvangen[1].Json;
        Assert.Equal(beslist["label"]!.GetValue<string>(), laatste["label"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(beslist["beslissing"], laatste["beslissing"]));
        Assert.Equal(beslist["bijgewerktOp"]!.GetValue<DateTimeOffset>(), laatste["tijdstip"]!.GetValue<DateTimeOffset>());

        // The test hook lists exactly what was sent, byte for byte.
        var lijst = await fixture.CallbacksAsync(Cultuur, zaakId);
        Assert.Equal("[" + string.Join(",", ontvangen.Select(c => c.Body)) + "]", lijst.Tekst);
    }

    [Fact]
    public async Task Herhaal_stuurt_de_laatste_gebeurtenis_identiek_opnieuw()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        string zaakId = (await fixture.NieuweZaakAsync(Cultuur, "afkeuren", url))["zaakId"]!.GetValue<string>();
        var eerst = await fixture.Ontvanger.WachtOpAsync(naam, 2);

        var herhaal = await fixture.HerhaalAsync(Cultuur, zaakId);

        Assert.Equal(HttpStatusCode.OK, herhaal.Status);
        var na = fixture.Ontvanger.Van(naam);
        Assert.Equal(3, na.Count);
        Assert.Equal(eerst[1].Body, na[2].Body);
        Assert.Equal("Afgekeurd", na[2].Fase);
        Assert.True(CallbackOntvanger.HandtekeningKlopt(na[2].Handtekening, na[2].Body, CultuurGeheim));
        Assert.Equal(eerst[1].Body, herhaal.Tekst);
        Assert.Equal(2, (await fixture.CallbacksAsync(Cultuur, zaakId)).Json.AsArray().Count);
    }

    [Fact]
    public async Task Afkeuren_meldt_Afgekeurd_met_motivering_en_document()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        var zaak = await fixture.NieuweZaakAsync(Cultuur, "afkeuren", url);

        var ontvangen = await fixture.Ontvanger.WachtOpAsync(naam, 2);

        var laatste = ontvangen[1].Json;
        Assert.Equal("Afgekeurd", laatste["fase"]!.GetValue<string>());
        Assert.Equal("Subsidie geweigerd", laatste["label"]!.GetValue<string>());
        laatste["zaakId"] = zaak["zaakId"]!.GetValue<string>();
        ZaakAssert.Beslissing(laatste, "Afgekeurd");
    }

    [Fact]
    public async Task Aanvullen_meldt_de_vraag_en_na_het_antwoord_de_goedkeuring()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        string zaakId = (await fixture.NieuweZaakAsync(Cultuur, "aanvullen", url))["zaakId"]!.GetValue<string>();

        var voor = await fixture.Ontvanger.WachtOpAsync(naam, 2);
        Assert.Equal("ActieNodig", voor[1].Fase);
        Assert.Equal("Bezorg de begroting van het project.", voor[1].Json["vraag"]!.GetValue<string>());
        var beantwoord = await fixture.AntwoordAsync(Cultuur, zaakId, new { antwoord = "De begroting is 2.000 euro." });
        var alle = await fixture.Ontvanger.WachtOpAsync(naam, 4);

        Assert.Equal(HttpStatusCode.OK, beantwoord.Status);
        Assert.Equal(["InBehandeling", "ActieNodig", "InBehandeling", "Goedgekeurd"], alle.Select(c => c.Fase));
        Assert.Equal(4, alle.Select(c => c.EventId).Distinct().Count());
        Assert.All(alle, c => Assert.True(CallbackOntvanger.HandtekeningKlopt(c.Handtekening, c.Body, CultuurGeheim)));
    }

    [Fact]
    public async Task Een_geweigerde_callback_wordt_opnieuw_geprobeerd_met_dezelfde_body()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        fixture.Ontvanger.Weiger(naam, 2);

        await fixture.NieuweZaakAsync(Cultuur, callbackUrl: url);
        var ontvangen = await fixture.Ontvanger.WachtOpAsync(naam, 4);

        Assert.Equal([false, false, true, true], ontvangen.Select(c => c.Aangenomen));
        Assert.Equal(ontvangen[0].Body, ontvangen[1].Body);
        Assert.Equal(ontvangen[0].Body, ontvangen[2].Body);
        Assert.Equal(["InBehandeling", "InBehandeling", "InBehandeling", "Goedgekeurd"], ontvangen.Select(c => c.Fase));
        Assert.All(ontvangen, c => Assert.True(CallbackOntvanger.HandtekeningKlopt(c.Handtekening, c.Body, CultuurGeheim)));
    }

    [Fact]
    public async Task Na_enkele_mislukte_pogingen_geeft_de_instantie_het_op()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        fixture.Ontvanger.Weiger(naam, 1000);
        string zaakId = (await fixture.NieuweZaakAsync(Cultuur, callbackUrl: url))["zaakId"]!.GetValue<string>();

        var ontvangen = await fixture.Ontvanger.WachtOpAsync(naam, 2 * CallbackVerzender.Pogingen, 30);
        await Task.Delay(TimeSpan.FromSeconds(2));

        // Every event got the same number of attempts, and then no more; the status stays readable.
        Assert.Equal(2 * CallbackVerzender.Pogingen, fixture.Ontvanger.Van(naam).Count);
        Assert.All(ontvangen.GroupBy(c => c.EventId), g => Assert.Equal(CallbackVerzender.Pogingen, g.Count()));
        Assert.Equal("Goedgekeurd", (await fixture.ZaakAsync(Cultuur, zaakId)).Json["fase"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadGateway, (await fixture.HerhaalAsync(Cultuur, zaakId)).Status);
    }

    [Fact]
    public async Task Zonder_callbackUrl_alleen_via_GET()
    {
        string zaakId = (await fixture.NieuweZaakAsync(Cultuur))["zaakId"]!.GetValue<string>();

        ZaakAssert.Beslissing(await fixture.WachtOpFaseAsync(Cultuur, zaakId, "Goedgekeurd"), "Goedgekeurd");

        Assert.Equal("[]", (await fixture.CallbacksAsync(Cultuur, zaakId)).Tekst);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.HerhaalAsync(Cultuur, zaakId)).Status);
    }

    [Fact]
    public async Task Annuleren_wordt_ook_gemeld()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        string zaakId = (await fixture.NieuweZaakAsync(Cultuur, "stil", url))["zaakId"]!.GetValue<string>();

        var geannuleerd = await fixture.AnnuleerAsync(Cultuur, zaakId);
        var ontvangen = await fixture.Ontvanger.WachtOpAsync(naam, 1);

        Assert.Equal(HttpStatusCode.OK, geannuleerd.Status);
        var melding = Assert.Single(ontvangen).Json;
        Assert.Equal("Geannuleerd", melding["fase"]!.GetValue<string>());
        Assert.Equal("Aanvraag ingetrokken", melding["label"]!.GetValue<string>());
        Assert.Null(melding["beslissing"]);
    }
}
