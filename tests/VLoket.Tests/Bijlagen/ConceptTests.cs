using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Dossiers;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;
using static VLoket.Tests.Bijlagen.BijlagenFixture;

namespace VLoket.Tests.Bijlagen;

/// <summary>Drafts: saved half-filled, seen by the other representatives, continued, submitted when complete, deleted, removed after 60 days.</summary>
public sealed class ConceptTests(BijlagenFixture fixture) : IClassFixture<BijlagenFixture>
{
    static readonly byte[] Lijst = Encoding.UTF8.GetBytes("Deelnemers: An, Bert\n");

    /// <summary>A fresh association with two representatives, so one sees the other's drafts.</summary>
    async Task<(LoketClient Eerste, LoketClient Tweede, string VCode)> TweeVertegenwoordigersAsync()
    {
        var eerste = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Eva", "Eerste");
        var r = await eerste.PostAsync("api/verenigingen", Voorbeelden.Registratie($"Concepttest {Guid.NewGuid():N}"));
        string vCode = r.Json["vCode"]!.GetValue<string>();
        string tweedeInsz = Voorbeelden.NieuwInsz();
        var uitgenodigd = await eerste.PostAsync($"api/verenigingen/{vCode}/vertegenwoordigers", new { insz = tweedeInsz, voornaam = "Tom", achternaam = "Tweede" }, r.ETag);
        Assert.True(uitgenodigd.Status == HttpStatusCode.Created, uitgenodigd.ToString());
        var tweede = await fixture.AlsAsync(tweedeInsz, "Tom", "Tweede");
        await LoketFixture.AanvaardAsync(tweede, vCode);
        return (eerste, tweede, vCode);
    }

    [Fact]
    public async Task Een_concept_wordt_gedeeld_verder_ingevuld_ververst_en_ingediend()
    {
        var (eerste, tweede, vCode) = await TweeVertegenwoordigersAsync();
        using var _1 = eerste;
        using var _2 = tweede;

        var bewaard = await eerste.PostAsync($"api/verenigingen/{vCode}/concepten",
            new { productnummer = Kamp, antwoorden = new Dictionary<string, object> { ["deelnemers"] = 40, ["scenario"] = "goedkeuren" } });
        Assert.True(bewaard.Status == HttpStatusCode.Created, bewaard.ToString());
        Assert.Equal("Concept", Fase(bewaard.Json));
        string conceptId = bewaard.Json["dossierId"]!.GetValue<string>();
        Assert.NotNull(bewaard.Json["verwijderdOp"]);

        // The other representative sees it; no workflow runs and the agency has nothing.
        var lijst = await tweede.GetAsync($"api/verenigingen/{vCode}/dossiers?fase=concept");
        Assert.Equal(conceptId, Assert.Single(lijst.Json["dossiers"]!.AsArray())!["dossierId"]!.GetValue<string>());
        Assert.Empty((await tweede.GetAsync($"api/verenigingen/{vCode}/dossiers?fase=lopend")).Json["dossiers"]!.AsArray());
        var client = fixture.Host.Services.GetRequiredService<Microsoft.DurableTask.Client.DurableTaskClient>();
        Assert.Null(await client.GetInstanceAsync(conceptId));

        // Incomplete: submitting names what is missing and changes nothing.
        var teVroeg = await tweede.PostAsync($"api/verenigingen/{vCode}/concepten/{conceptId}/indienen", null);
        Assert.Equal(HttpStatusCode.BadRequest, teVroeg.Status);
        Assert.Contains("antwoorden.deelnemerslijst", teVroeg.FoutVelden);
        Assert.Equal("Concept", Fase((await tweede.GetAsync($"api/verenigingen/{vCode}/dossiers/{conceptId}")).Json));

        // The association's name changes after the draft was saved: opening it shows the name known now.
        var huidig = await eerste.GetAsync($"api/verenigingen/{vCode}");
        string nieuweNaam = $"Herdoopt {Guid.NewGuid():N}"[..30];
        Assert.Equal(HttpStatusCode.OK, (await eerste.PatchAsync($"api/verenigingen/{vCode}", new { naam = nieuweNaam }, huidig.ETag)).Status);
        var open = await tweede.GetAsync($"api/verenigingen/{vCode}/concepten/{conceptId}");
        Assert.Equal(HttpStatusCode.OK, open.Status);
        var naamVraag = open.Json["vragen"]!.AsArray().Single(v => v!["sleutel"]!.GetValue<string>() == "naamVereniging")!;
        Assert.Equal(nieuweNaam, naamVraag["voorIngevuld"]!["waarde"]!.GetValue<string>());
        Assert.Equal(40, open.Json["dossier"]!["antwoorden"]!["deelnemers"]!.GetValue<decimal>());

        // The second representative uploads the list and completes the draft; the file is held by the draft.
        var bestand = await fixture.LaadOpAsync(tweede, vCode, "deelnemers.txt", "text/plain", Lijst);
        string bijlageId = bestand.Json["bijlageId"]!.GetValue<string>();
        var gewijzigd = await tweede.SendAsync(HttpMethod.Put, $"api/verenigingen/{vCode}/concepten/{conceptId}", new
        {
            antwoorden = new Dictionary<string, object>
            {
                ["deelnemers"] = 40, ["begindatum"] = "2026-07-15", ["verzekerd"] = true, ["deelnemerslijst"] = bijlageId, ["scenario"] = "goedkeuren",
            },
        }, null);
        Assert.True(gewijzigd.Status == HttpStatusCode.OK, gewijzigd.ToString());
        await fixture.Host.Services.GetRequiredService<DossierDienst>().RuimOpAsync(DateTimeOffset.UtcNow.AddDays(2));
        var heropend = await eerste.GetAsync($"api/verenigingen/{vCode}/concepten/{conceptId}");
        Assert.Equal("deelnemers.txt", Assert.Single(heropend.Json["bijlagen"]!.AsArray())!["naam"]!.GetValue<string>());

        var ingediend = await eerste.PostAsync($"api/verenigingen/{vCode}/concepten/{conceptId}/indienen", null);
        Assert.True(ingediend.Status == HttpStatusCode.Accepted, ingediend.ToString());
        Assert.Equal(conceptId, ingediend.Json["dossierId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await tweede.PostAsync($"api/verenigingen/{vCode}/concepten/{conceptId}/indienen", null)).Status);

        var dossier = await fixture.WachtOpDossierAsync(ingediend.Location!, d => Fase(d) == "Goedgekeurd", wie: tweede);
        var ontvangen = await fixture.OntvangenAsync("OVO002949", dossier["dossierNummer"]!.GetValue<string>());
        Assert.Equal(nieuweNaam, ontvangen["gegevens"]!["vereniging.naam"]!.GetValue<string>());
        Assert.True(Assert.Single(ontvangen["bijlagen"]!.AsArray())!["klopt"]!.GetValue<bool>());
        Assert.Contains(dossier["documenten"]!.AsArray(), d => d!["metAanvraag"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Een_concept_wordt_verwijderd_op_vraag_of_na_60_dagen_zonder_wijziging()
    {
        var v = fixture.Vertegenwoordiger;
        string vCode = fixture.VCode;
        var bestand = await fixture.LaadOpAsync(v, vCode, "lijst.txt", "text/plain", Lijst);
        string bijlageId = bestand.Json["bijlageId"]!.GetValue<string>();
        var weg = await v.PostAsync($"api/verenigingen/{vCode}/concepten", new { productnummer = Kamp, antwoorden = new { deelnemerslijst = bijlageId } });
        var oud = await v.PostAsync($"api/verenigingen/{vCode}/concepten", new { productnummer = Kamp, antwoorden = new { deelnemers = 3 } });
        string wegId = weg.Json["dossierId"]!.GetValue<string>();
        string oudId = oud.Json["dossierId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.NoContent, (await v.DeleteAsync($"api/verenigingen/{vCode}/concepten/{wegId}", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await v.GetAsync($"api/verenigingen/{vCode}/dossiers/{wegId}")).Status);
        var opslag = fixture.Host.Services.GetRequiredService<VLoket.Domain.Dossiers.Opslag.BijlageOpslag>();
        Assert.Null(await opslag.InfoAsync(vCode, bijlageId));

        // Announced from 14 days before; removed at 60 days untouched.
        var verwijderdOp = oud.Json["verwijderdOp"]!.GetValue<DateTimeOffset>();
        Assert.InRange(verwijderdOp - DateTimeOffset.UtcNow, TimeSpan.FromDays(59.9), TimeSpan.FromDays(60));
        var dossiers = fixture.Host.Services.GetRequiredService<DossierDienst>();
        await dossiers.RuimOpAsync(DateTimeOffset.UtcNow.AddDays(59));
        Assert.Equal(HttpStatusCode.OK, (await v.GetAsync($"api/verenigingen/{vCode}/dossiers/{oudId}")).Status);
        await dossiers.RuimOpAsync(DateTimeOffset.UtcNow.AddDays(61));
        Assert.Equal(HttpStatusCode.NotFound, (await v.GetAsync($"api/verenigingen/{vCode}/dossiers/{oudId}")).Status);
    }

    // Two representatives open the same draft; one saves, then the other saves what they typed on the version they opened.
    // Before, the second save silently erased the first one's answers; now it gets 412 and nothing changes.
    [Fact]
    public async Task Wie_een_concept_bewaart_dat_een_ander_intussen_bewaarde_krijgt_412_en_wist_niets()
    {
        var (eerste, tweede, vCode) = await TweeVertegenwoordigersAsync();
        var bewaard = await eerste.PostAsync($"api/verenigingen/{vCode}/concepten", new { productnummer = Kamp, antwoorden = new { deelnemers = 10 } });
        Assert.Equal(HttpStatusCode.Created, bewaard.Status);
        string conceptId = bewaard.Json["dossierId"]!.GetValue<string>();
        string pad = $"api/verenigingen/{vCode}/concepten/{conceptId}";
        var alsEerste = await eerste.GetAsync(pad);
        var alsTweede = await tweede.GetAsync(pad);
        Assert.NotNull(alsEerste.ETag);
        Assert.Equal(alsEerste.ETag, alsTweede.ETag);

        var vanTweede = await tweede.SendAsync(HttpMethod.Put, pad, new { antwoorden = new { deelnemers = 10, kampplaats = "Kamp Tweede" } }, alsTweede.ETag);
        Assert.True(vanTweede.Status == HttpStatusCode.OK, vanTweede.ToString());
        Assert.NotEqual(alsTweede.ETag, vanTweede.ETag);

        var vanEerste = await eerste.SendAsync(HttpMethod.Put, pad, new { antwoorden = new { deelnemers = 25 } }, alsEerste.ETag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, vanEerste.Status);
        Assert.Equal("application/problem+json", vanEerste.ContentType);
        var nu = await eerste.GetAsync(pad);
        Assert.Equal("Kamp Tweede", nu.Json["dossier"]!["antwoorden"]!["kampplaats"]!.GetValue<string>());
        Assert.Equal(vanTweede.ETag, nu.ETag);

        // On the newest version it goes through.
        var opnieuw = await eerste.SendAsync(HttpMethod.Put, pad, new { antwoorden = new { deelnemers = 25, kampplaats = "Kamp Tweede" } }, nu.ETag);
        Assert.True(opnieuw.Status == HttpStatusCode.OK, opnieuw.ToString());
    }

    // The hourly sweep lists the expired drafts first and removes them one by one. A draft submitted (or saved) after the
    // listing is no expired draft any more: before, the sweep removed it anyway, with its files, while its workflow ran.
    [Fact]
    public async Task De_opruiming_laat_een_concept_staan_dat_na_haar_lijst_werd_ingediend()
    {
        var v = fixture.Vertegenwoordiger;
        string vCode = fixture.VCode;
        var bestand = await fixture.LaadOpAsync(v, vCode, "lijst.txt", "text/plain", Lijst);
        var bewaard = await v.PostAsync($"api/verenigingen/{vCode}/concepten", new
        {
            productnummer = Kamp,
            antwoorden = new Dictionary<string, object>
            {
                ["deelnemers"] = 12, ["begindatum"] = "2026-07-15", ["verzekerd"] = true,
                ["deelnemerslijst"] = bestand.Json["bijlageId"]!.GetValue<string>(), ["scenario"] = "traag",
            },
        });
        Assert.True(bewaard.Status == HttpStatusCode.Created, bewaard.ToString());
        string conceptId = bewaard.Json["dossierId"]!.GetValue<string>();
        var opslag = fixture.Host.Services.GetRequiredService<VLoket.Domain.Dossiers.Opslag.DossierRepository>();
        var gelezen = (await opslag.MetFaseAsync("Concept")).Where(d => d.DossierId == conceptId).ToList();
        Assert.Single(gelezen);

        var ingediend = await v.PostAsync($"api/verenigingen/{vCode}/concepten/{conceptId}/indienen", null);
        Assert.True(ingediend.Status == HttpStatusCode.Accepted, ingediend.ToString());
        int weg = await fixture.Host.Services.GetRequiredService<DossierDienst>().VerwijderVervallenConceptenAsync(gelezen, DateTimeOffset.UtcNow.AddDays(61));

        Assert.Equal(0, weg);
        var dossier = await v.GetAsync($"api/verenigingen/{vCode}/dossiers/{conceptId}");
        Assert.True(dossier.Status == HttpStatusCode.OK, dossier.ToString());
        Assert.NotEqual("Concept", Fase(dossier.Json));
    }

    [Fact]
    public async Task Een_concept_weigert_een_fout_type_en_een_ingediend_dossier_is_geen_concept()
    {
        var v = fixture.Vertegenwoordiger;
        var fout = await v.PostAsync($"api/verenigingen/{fixture.VCode}/concepten", new { productnummer = Kamp, antwoorden = new { deelnemers = 0 } });
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal("Vul een getal in tussen 1 en 500.", fout.Json["fouten"]![0]!["melding"]!.GetValue<string>());

        var aanvraag = await fixture.VraagAanAsync(Callback, "traag");
        string dossierId = aanvraag.Json["dossierId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Conflict, (await v.GetAsync($"api/verenigingen/{fixture.VCode}/concepten/{dossierId}")).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await v.DeleteAsync($"api/verenigingen/{fixture.VCode}/concepten/{dossierId}", null)).Status);
        var concept = await v.PostAsync($"api/verenigingen/{fixture.VCode}/concepten", new { productnummer = Kamp });
        Assert.Equal(HttpStatusCode.Conflict, (await v.PostAsync($"{concept.Location}/annuleer", new { reden = "x" })).Status);
    }
}
