using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>Once only: the application form comes pre-filled from what government knows, each answer marked with its source.</summary>
public sealed class VoorInvullingTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    static JsonNode Vraag(JsonNode formulier, string sleutel) =>
        formulier["vragen"]!.AsArray().Single(v => v!["sleutel"]!.GetValue<string>() == sleutel)!;

    [Fact]
    public async Task Het_formulier_vult_gekende_antwoorden_in_met_hun_bron_en_vraagt_enkel_de_rest()
    {
        var r = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/formulieren/{Callback}");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var naam = Vraag(r.Json, "naamVereniging")["voorIngevuld"]!;
        Assert.Equal("Jeugdhuis Aanvraagtest", naam["waarde"]!.GetValue<string>());
        Assert.Equal("Verenigingsregister", naam["bron"]!.GetValue<string>());
        Assert.Equal("BE68 5390 0754 7034", Vraag(r.Json, "rekeningnummer")["voorIngevuld"]!["waarde"]!.GetValue<string>());
        // What no source knows is asked.
        Assert.Null(Vraag(r.Json, "omschrijving")["voorIngevuld"]);
        Assert.Null(Vraag(r.Json, "scenario")["voorIngevuld"]);
    }

    [Fact]
    public async Task Gegevens_uit_de_kbo_dragen_de_kbo_als_bron_ook_in_het_dossier()
    {
        string insz = Voorbeelden.NieuwInsz();
        fixture.Mandaat("0876543270", insz);
        using var penningmeester = await fixture.AlsAsync(insz, "Karim", "El Amrani");
        var kbo = await penningmeester.PostAsync("api/verenigingen/kbo", new { kboNummer = "0876543270" });
        Assert.Equal(HttpStatusCode.Created, kbo.Status);
        string vCode = kbo.Json["vCode"]!.GetValue<string>();

        var formulier = await penningmeester.GetAsync($"api/verenigingen/{vCode}/formulieren/{Onmiddellijk}");
        Assert.Equal(HttpStatusCode.OK, formulier.Status);
        var naam = Vraag(formulier.Json, "naamVereniging")["voorIngevuld"]!;
        Assert.Equal("Leuvense Atletiekclub", naam["waarde"]!.GetValue<string>());
        Assert.Equal("KBO", naam["bron"]!.GetValue<string>());
        // This association has no bank account in any source, so the question is asked.
        Assert.Null(Vraag(formulier.Json, "rekeningnummer")["voorIngevuld"]);

        var aanvraag = await penningmeester.PostAsync($"api/verenigingen/{vCode}/aanvragen", new
        {
            productnummer = Onmiddellijk,
            antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Verzekering", ["rekeningnummer"] = "BE68 5390 0754 7034" },
        });
        Assert.Equal(HttpStatusCode.Accepted, aanvraag.Status);
        Assert.Equal("KBO", aanvraag.Json["herkomst"]!["vereniging.naam"]!.GetValue<string>());
        Assert.Null(aanvraag.Json["herkomst"]!["vereniging.iban"]);
    }

    [Fact]
    public async Task Wie_geen_vertegenwoordiger_is_krijgt_404_en_een_doorverwijzing_heeft_geen_formulier()
    {
        using var vreemde = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Vreemde", "Eend");
        Assert.Equal(HttpStatusCode.NotFound, (await vreemde.GetAsync($"api/verenigingen/{fixture.VCode}/formulieren/{Callback}")).Status);

        var onbekend = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/formulieren/0000");
        Assert.Equal(HttpStatusCode.NotFound, onbekend.Status);
        Assert.Equal("application/problem+json", onbekend.ContentType);

        var doorverwijzing = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/formulieren/{Doorverwijzing}");
        Assert.Equal(HttpStatusCode.BadRequest, doorverwijzing.Status);
        Assert.Contains("doorverwijzing", doorverwijzing.Tekst);
    }
}
