using System.Net;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Export;

/// <summary>Right of access: everything the loket holds about one association, and nothing of another.</summary>
public sealed class ExportTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    [Fact]
    public async Task De_export_bevat_de_gegevens_de_historiek_en_de_dossiers_van_de_vereniging_en_niets_van_een_andere()
    {
        var ik = fixture.Vertegenwoordiger;
        // A second association of the same representative, with an application of its own.
        var ander = await ik.PostAsync("api/verenigingen", Voorbeelden.Registratie("Toneelkring Andere Export", "9300", "Aalst"));
        Assert.Equal(HttpStatusCode.Created, ander.Status);
        string andereVCode = ander.Json["vCode"]!.GetValue<string>();
        var andereAanvraag = await ik.PostAsync($"api/verenigingen/{andereVCode}/aanvragen", new
        {
            productnummer = Onmiddellijk,
            antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Geheime toneelrepetitie" },
        });
        Assert.Equal(HttpStatusCode.Accepted, andereAanvraag.Status);

        // This association: a second representative (a third person for the reader) and an application.
        string derdeInsz = Voorbeelden.NieuwInsz();
        var huidig = await ik.GetAsync($"api/verenigingen/{fixture.VCode}");
        var toegevoegd = await ik.PostAsync($"api/verenigingen/{fixture.VCode}/vertegenwoordigers",
            new { insz = derdeInsz, voornaam = "Tom", achternaam = "Tweede" }, huidig.ETag);
        Assert.Equal(HttpStatusCode.Created, toegevoegd.Status);
        var aanvraag = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        Assert.Equal(HttpStatusCode.Accepted, aanvraag.Status);
        string dossierId = aanvraag.Json["dossierId"]!.GetValue<string>();

        var export = await ik.GetAsync($"api/verenigingen/{fixture.VCode}/export");

        Assert.Equal(HttpStatusCode.OK, export.Status);
        Assert.Equal(fixture.VCode, export.Json["vCode"]!.GetValue<string>());
        Assert.Equal("Jeugdhuis Aanvraagtest", export.Json["vereniging"]!["naam"]!.GetValue<string>());
        Assert.Contains(export.Json["dossiers"]!.AsArray(), d => d!["dossierId"]!.GetValue<string>() == dossierId);
        Assert.All(export.Json["dossiers"]!.AsArray(), d => Assert.Equal(fixture.VCode, d!["vCode"]!.GetValue<string>()));
        Assert.Contains(export.Json["historiek"]!.AsArray(), h => h!["gebeurtenis"]!.GetValue<string>().Contains("Vertegenwoordiger"));
        // Nothing of the other association, and no third person's INSZ in clear.
        Assert.DoesNotContain(andereVCode, export.Tekst);
        Assert.DoesNotContain("Toneelkring", export.Tekst);
        Assert.DoesNotContain("Geheime toneelrepetitie", export.Tekst);
        Assert.DoesNotContain(andereAanvraag.Json["dossierId"]!.GetValue<string>(), export.Tekst);
        Assert.DoesNotContain(derdeInsz, export.Tekst);
        Assert.Contains(fixture.VertegenwoordigerInsz, export.Tekst); // the reader sees their own number
    }

    [Fact]
    public async Task Wie_geen_vertegenwoordiger_is_krijgt_404()
    {
        using var vreemde = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Vreemde", "Eend");
        var r = await vreemde.GetAsync($"api/verenigingen/{fixture.VCode}/export");
        Assert.Equal(HttpStatusCode.NotFound, r.Status);
        Assert.DoesNotContain("Jeugdhuis", r.Tekst);
    }
}
