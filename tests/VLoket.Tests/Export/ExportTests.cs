using System.Net;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Delen;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Delen.DelenFixture;

namespace VLoket.Tests.Export;

/// <summary>Right of access: everything the loket holds about one association, and nothing of another.</summary>
public sealed class ExportTests(DelenFixture fixture) : IClassFixture<DelenFixture>
{
    [Fact]
    public async Task De_export_bevat_gegevens_dossiers_en_het_logboek_van_de_vereniging_en_niets_van_een_andere()
    {
        var ik = fixture.Vertegenwoordiger;
        // Two associations of the same representative, each with open dossiers and a change passed on to agencies.
        string vCode = await fixture.VerenigingMetDossiersAsync("Jeugdhuis Exporttest");
        string andere = await fixture.VerenigingMetDossiersAsync("Toneelkring Andere Export");
        string derdeInsz = Voorbeelden.NieuwInsz();
        var huidig = await ik.GetAsync($"api/verenigingen/{vCode}");
        var toegevoegd = await ik.PostAsync($"api/verenigingen/{vCode}/vertegenwoordigers",
            new { insz = derdeInsz, voornaam = "Tom", achternaam = "Tweede" }, huidig.ETag);
        Assert.Equal(HttpStatusCode.Created, toegevoegd.Status);
        using var tom = await fixture.AlsAsync(derdeInsz, "Tom", "Tweede");
        await LoketFixture.AanvaardAsync(tom, vCode); // only an accepted invitation changes the representatives
        await fixture.VoegEMailToeAsync(vCode, "bestuur@exporttest.be");
        await fixture.VoegEMailToeAsync(andere, "geheim@toneelkring.be");
        // Both changes delivered: the new representative to the two agencies whose basis covers it, the e-mail to two.
        var log = await fixture.WachtOpLogAsync(vCode, l => l.Count == 4 && l.All(i => Tekst(i!, "resultaat") == "Bezorgd"));
        var andereLog = await fixture.WachtOpLogAsync(andere, l => l.Count(i => Tekst(i!, "resultaat") == "Bezorgd") == 2);

        var export = await ik.GetAsync($"api/verenigingen/{vCode}/export");

        Assert.Equal(HttpStatusCode.OK, export.Status);
        var json = export.Json;
        Assert.Equal(vCode, json["vCode"]!.GetValue<string>());
        Assert.Equal("Jeugdhuis Exporttest", json["vereniging"]!["naam"]!.GetValue<string>());
        Assert.Contains(json["vereniging"]!["contactgegevens"]!.AsArray(), c => c!["waarde"]!.GetValue<string>() == "bestuur@exporttest.be");
        Assert.Contains(json["historiek"]!.AsArray(), h => h!["gebeurtenis"]!.GetValue<string>() == "UitnodigingWerdAanvaard");
        Assert.Equal(vCode, json["gekendeGegevens"]!["vCode"]!.GetValue<string>());
        var dossiers = json["dossiers"]!.AsArray();
        Assert.Equal(3, dossiers.Count);
        Assert.All(dossiers, d => Assert.Equal(vCode, d!["vCode"]!.GetValue<string>()));
        var geexporteerd = json["gegevensdelingen"]!.AsArray().Select(l => Tekst(l!, "leveringId")).ToHashSet();
        Assert.Superset(log.Select(l => Tekst(l!, "leveringId")).ToHashSet(), geexporteerd);
        Assert.Subset(log.Select(l => Tekst(l!, "leveringId")).ToHashSet(), geexporteerd);

        // Nothing of the other association (its vCode, name, e-mail, dossiers, deliveries), no third person's INSZ in clear.
        Assert.DoesNotContain(andere, export.Tekst);
        Assert.DoesNotContain("Toneelkring", export.Tekst);
        Assert.DoesNotContain("geheim@toneelkring.be", export.Tekst);
        Assert.All(andereLog, l => Assert.DoesNotContain(Tekst(l!, "leveringId"), export.Tekst));
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
