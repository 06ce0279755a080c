using VLoket.Tests.Infrastructure;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static VLoket.Tests.Aanvragen.AanvraagFixture;
using static VLoket.Tests.Bijlagen.BijlagenFixture;

namespace VLoket.Tests.Bijlagen;

/// <summary>Typed answers and files sent with an application, through HTTP, checked at the simulated agency.</summary>
public sealed class TypeAntwoordTests(BijlagenFixture fixture) : IClassFixture<BijlagenFixture>
{
    static readonly byte[] Lijst = Encoding.UTF8.GetBytes("Deelnemerslijst kamp 2026\nAn\nBert\nCharlotte\n");

    async Task<string> LaadLijstOpAsync()
    {
        var r = await fixture.LaadOpAsync(fixture.Vertegenwoordiger, fixture.VCode, "deelnemers.txt", "text/plain", Lijst);
        Assert.True(r.Status == HttpStatusCode.Created, r.ToString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Lijst)), r.Json["sha256"]!.GetValue<string>());
        return r.Json["bijlageId"]!.GetValue<string>();
    }

    Task<Antwoord> VraagAanAsync(object antwoorden) =>
        fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/aanvragen", new { productnummer = Kamp, antwoorden });

    [Fact]
    public async Task De_instantie_krijgt_getypte_antwoorden_en_haalt_het_bestand_op_met_de_juiste_hash()
    {
        string bijlageId = await LaadLijstOpAsync();

        var r = await VraagAanAsync(new Dictionary<string, object>
        {
            ["deelnemers"] = 100, ["begindatum"] = "2026-07-15", ["verzekerd"] = true, ["activiteiten"] = new[] { "kamp", "weekend" },
            ["kampplaats"] = "Oostduinkerke", ["deelnemerslijst"] = bijlageId, ["scenario"] = "goedkeuren",
        });
        Assert.True(r.Status == HttpStatusCode.Accepted, r.ToString());
        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        var ontvangen = await fixture.OntvangenAsync("OVO002949", dossier["dossierNummer"]!.GetValue<string>());
        var antwoorden = ontvangen["antwoorden"]!;
        Assert.Equal(JsonValueKind.Number, antwoorden["deelnemers"]!.GetValueKind());
        Assert.Equal(100, antwoorden["deelnemers"]!.GetValue<decimal>());
        Assert.Equal(JsonValueKind.True, antwoorden["verzekerd"]!.GetValueKind());
        Assert.Equal("2026-07-15", antwoorden["begindatum"]!.GetValue<string>());
        Assert.Equal(["kamp", "weekend"], antwoorden["activiteiten"]!.AsArray().Select(a => a!.GetValue<string>()));
        Assert.Equal(bijlageId, antwoorden["deelnemerslijst"]!.GetValue<string>());
        Assert.Null(antwoorden["naamVereniging"]); // known: it goes in gegevens, read at submission
        Assert.Equal("Jeugdhuis Aanvraagtest", ontvangen["gegevens"]!["vereniging.naam"]!.GetValue<string>());

        var bestand = Assert.Single(ontvangen["bijlagen"]!.AsArray())!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Lijst)), bestand["sha256Ontvangen"]!.GetValue<string>());
        Assert.True(bestand["klopt"]!.GetValue<bool>());
        Assert.Equal("deelnemerslijst", bestand["vraag"]!.GetValue<string>());
        Assert.Equal(Lijst.Length, bestand["grootte"]!.GetValue<long>());

        // Among the dossier's documents, marked as sent with the application, beside the decision.
        var documenten = dossier["documenten"]!.AsArray();
        var meegestuurd = Assert.Single(documenten, d => d!["metAanvraag"]!.GetValue<bool>())!;
        Assert.Equal("deelnemerslijst", meegestuurd["vraag"]!.GetValue<string>());
        Assert.Equal("deelnemers.txt", meegestuurd["naam"]!.GetValue<string>());
        Assert.Contains(documenten, d => d!["soort"]!.GetValue<string>() == "Beslissing");
        var download = await fixture.Vertegenwoordiger.GetAsync(meegestuurd["url"]!.GetValue<string>());
        Assert.Equal(Encoding.UTF8.GetString(Lijst), download.Tekst);

        // Once sent, the upload itself is gone: the same id cannot be sent twice.
        var nogEens = await VraagAanAsync(new Dictionary<string, object>
        {
            ["deelnemers"] = 10, ["begindatum"] = "2026-07-15", ["verzekerd"] = true, ["deelnemerslijst"] = bijlageId,
        });
        Assert.Equal(HttpStatusCode.BadRequest, nogEens.Status);
        Assert.Contains("antwoorden.deelnemerslijst", nogEens.FoutVelden);
    }

    [Fact]
    public async Task De_tekstvormen_worden_nog_aanvaard_en_getypt_doorgegeven()
    {
        string bijlageId = await LaadLijstOpAsync();

        var r = await VraagAanAsync(new Dictionary<string, string>
        {
            ["deelnemers"] = "100", ["begindatum"] = "2026-07-15", ["verzekerd"] = "true", ["activiteiten"] = "kamp", ["deelnemerslijst"] = bijlageId,
        });
        Assert.True(r.Status == HttpStatusCode.Accepted, r.ToString());
        Assert.Equal(JsonValueKind.Number, r.Json["antwoorden"]!["deelnemers"]!.GetValueKind());
        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        var antwoorden = (await fixture.OntvangenAsync("OVO002949", dossier["dossierNummer"]!.GetValue<string>()))["antwoorden"]!;
        Assert.Equal(JsonValueKind.Number, antwoorden["deelnemers"]!.GetValueKind());
        Assert.Equal(JsonValueKind.True, antwoorden["verzekerd"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Array, antwoorden["activiteiten"]!.GetValueKind());
    }

    [Fact]
    public async Task Een_fout_antwoord_krijgt_een_Nederlandse_melding_per_veld_en_niets_wordt_bewaard()
    {
        string bijlageId = await LaadLijstOpAsync();
        int voor = (await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers")).Json["dossiers"]!.AsArray().Count;

        var r = await VraagAanAsync(new Dictionary<string, object>
        {
            ["deelnemers"] = 501, ["begindatum"] = "15/07/2026", ["verzekerd"] = "misschien", ["activiteiten"] = new[] { "kamp", "zwemmen" },
            ["kampplaats"] = new string('x', 41), ["deelnemerslijst"] = bijlageId,
        });

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        var fouten = r.Json["fouten"]!.AsArray().ToDictionary(f => f!["veld"]!.GetValue<string>(), f => f!["melding"]!.GetValue<string>());
        Assert.Equal("Vul een getal in tussen 1 en 500.", fouten["antwoorden.deelnemers"]);
        Assert.Contains("jjjj-mm-dd", fouten["antwoorden.begindatum"]);
        Assert.Equal("Antwoord met ja of nee.", fouten["antwoorden.verzekerd"]);
        Assert.Contains("kamp, weekend, dagactiviteit", fouten["antwoorden.activiteiten"]);
        Assert.Contains("40", fouten["antwoorden.kampplaats"]);
        Assert.DoesNotContain("antwoorden.deelnemerslijst", fouten.Keys);
        Assert.Equal(voor, (await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers")).Json["dossiers"]!.AsArray().Count);

        var tekstInGetal = await VraagAanAsync(new Dictionary<string, object>
        {
            ["deelnemers"] = "veel", ["begindatum"] = "2026-07-15", ["verzekerd"] = false, ["deelnemerslijst"] = bijlageId,
        });
        Assert.Equal(["antwoorden.deelnemers"], tekstInGetal.FoutVelden);
    }

    [Fact]
    public async Task Het_formulier_toont_de_grenzen_van_elke_vraag()
    {
        var r = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/formulieren/{Kamp}");

        var vragen = r.Json["vragen"]!.AsArray().ToDictionary(v => v!["sleutel"]!.GetValue<string>());
        Assert.Equal(1, vragen["deelnemers"]!["min"]!.GetValue<decimal>());
        Assert.Equal(500, vragen["deelnemers"]!["max"]!.GetValue<decimal>());
        Assert.Equal(40, vragen["kampplaats"]!["maxLengte"]!.GetValue<int>());
        Assert.True(vragen["activiteiten"]!["meerdere"]!.GetValue<bool>());
    }
}
