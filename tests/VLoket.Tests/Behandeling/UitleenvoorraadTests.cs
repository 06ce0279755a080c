using System.Net;
using System.Text.Json.Nodes;
using static VLoket.Tests.Behandeling.BehandelFixture;

namespace VLoket.Tests.Behandeling;

/// <summary>
/// A lending service in the behandelloket manages its own stock; the loket's availability answers, holds and
/// confirmations come from it, and its case workers see the calendar and approve what needs approval.
/// </summary>
public sealed class UitleenvoorraadTests(BehandelFixture fixture) : IClassFixture<BehandelFixture>
{
    [Fact]
    public async Task De_voorraad_geeft_de_beschikbaarheid_houdt_vast_en_de_kalender_toont_het()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        var item = await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad", new
        {
            code = "tent", naam = "Tent 6 x 3 m", soort = "materiaal", aantal = 2,
            onbeschikbaar = new[] { new { van = Dag(40), tot = Dag(41), reden = "Herstelling" } },
        });
        Assert.True(item.Status == HttpStatusCode.OK, item.ToString());

        Assert.Equal(2, await fixture.BeschikbaarAsync("tent", 20, 2));
        Assert.Equal(0, await fixture.BeschikbaarAsync("tent", 41));
        Assert.Equal(0, await fixture.BeschikbaarAsync("podium", 20));

        var r = await fixture.ReserveerAsync("tent", 2, over: 20);
        Assert.True(r.Status == HttpStatusCode.Accepted, r.ToString());
        await WachtAsync(() => fixture.DossierAsync(r.Json["dossierId"]!.GetValue<string>()), d => Fase(d) == "ActieNodig");
        Assert.Equal(0, await fixture.BeschikbaarAsync("tent", 21));
        Assert.Equal(2, await fixture.BeschikbaarAsync("tent", 22));

        var kalender = await behandelaar.GetAsync($"api/behandeling/{Gent}/kalender?van={Dag(15)}&tot={Dag(30)}");
        Assert.True(kalender.Status == HttpStatusCode.OK, kalender.ToString());
        var gehouden = kalender.Json["reservaties"]!.AsArray().Single(x => x!["dossierId"]!.GetValue<string>() == r.Json["dossierId"]!.GetValue<string>())!;
        Assert.Equal("Vastgehouden", gehouden["status"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(r.Location + "/bevestig", null)).Status);
        await WachtAsync(() => fixture.DossierAsync(r.Json["dossierId"]!.GetValue<string>()), d => Fase(d) == "Goedgekeurd");
        kalender = await behandelaar.GetAsync($"api/behandeling/{Gent}/kalender?van={Dag(15)}&tot={Dag(30)}");
        Assert.Contains(kalender.Json["reservaties"]!.AsArray(), x => x!["status"]!.GetValue<string>() == "Bevestigd");

        // More than the stock is refused at once: the dossier is refused, nothing is held.
        var teveel = await fixture.ReserveerAsync("tent", 1, over: 20);
        await WachtAsync(() => fixture.DossierAsync(teveel.Json["dossierId"]!.GetValue<string>()), d => Fase(d) == "Afgekeurd");
    }

    [Fact]
    public async Task Een_lokaal_dat_goedkeuring_vraagt_wordt_goedgekeurd_of_geweigerd_door_de_uitleendienst()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad",
            new { code = "zaal", naam = "Feestzaal De Centrale", soort = "lokaal", aantal = 1, vereistGoedkeuring = true })).Status);

        var eerste = await fixture.ReserveerAsync("zaal", 1, over: 60, dagen: 1);
        string eersteId = eerste.Json["dossierId"]!.GetValue<string>();
        await WachtAsync(() => fixture.DossierAsync(eersteId), d => Fase(d) == "ActieNodig");
        var gevraagd = await ReservatieAsync(behandelaar, eersteId, 60);
        Assert.Equal("gevraagd", gevraagd["goedkeuring"]!.GetValue<string>());
        var geweigerd = await behandelaar.PostAsync($"api/behandeling/{Gent}/reservaties/{gevraagd["reservatieId"]}/goedkeuring",
            new { beslissing = "weigeren", motivering = "De zaal wordt die dag geschilderd." });
        Assert.True(geweigerd.Status == HttpStatusCode.OK, geweigerd.ToString());
        Assert.Equal(1, await fixture.BeschikbaarAsync("zaal", 60));
        await WachtAsync(() => fixture.DossierAsync(eersteId), d => Fase(d) == "Afgekeurd");

        var tweede = await fixture.ReserveerAsync("zaal", 1, over: 61, dagen: 1);
        string tweedeId = tweede.Json["dossierId"]!.GetValue<string>();
        await WachtAsync(() => fixture.DossierAsync(tweedeId), d => Fase(d) == "ActieNodig");
        var reservatie = await ReservatieAsync(behandelaar, tweedeId, 61);
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync($"api/behandeling/{Gent}/reservaties/{reservatie["reservatieId"]}/goedkeuring", new { beslissing = "goedkeuren" })).Status);
        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(tweede.Location + "/bevestig", null)).Status);
        await WachtAsync(() => fixture.DossierAsync(tweedeId), d => Fase(d) == "Goedgekeurd");

        var nogEens = await behandelaar.PostAsync($"api/behandeling/{Gent}/reservaties/{reservatie["reservatieId"]}/goedkeuring", new { beslissing = "misschien" });
        Assert.Equal(HttpStatusCode.BadRequest, nogEens.Status);
    }

    [Fact]
    public async Task Zonder_rol_404_en_foute_invoer_400_zonder_iets_te_wijzigen()
    {
        using var aalst = await fixture.MedewerkerAsync("Arne", $"teamverantwoordelijke:{Aalst}");
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        foreach (string route in new[] { "voorraad", $"kalender?van={Dag(1)}&tot={Dag(2)}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await aalst.GetAsync($"api/behandeling/{Gent}/{route}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await fixture.Vertegenwoordiger.GetAsync($"api/behandeling/{Gent}/{route}")).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await aalst.PostAsync($"api/behandeling/{Gent}/voorraad", new { code = "nadar", naam = "Nadar", soort = "materiaal", aantal = 5 })).Status);
        var fout = await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad",
            new { code = "Nadar!", naam = "", soort = "fiets", aantal = -1, onbeschikbaar = new[] { new { van = "morgen", tot = Dag(1), reden = "x" } } });
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal(["aantal", "code", "naam", "onbeschikbaar[0].van", "soort"], fout.FoutVelden.Order().ToArray());
        var items = (await behandelaar.GetAsync($"api/behandeling/{Gent}/voorraad")).Json["items"]!.AsArray();
        Assert.DoesNotContain(items, i => i!["code"]!.GetValue<string>() == "nadar");
        Assert.Equal(HttpStatusCode.BadRequest, (await behandelaar.GetAsync($"api/behandeling/{Gent}/kalender?van={Dag(1)}&tot={Dag(200)}")).Status);
    }

    // A case worker who types "vijf" as the number heard that "the JSON" was wrong; now the field says it wants a number.
    [Fact]
    public async Task Een_aantal_in_letters_krijgt_een_melding_over_het_getal_niet_over_json()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");

        var r = await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad", new { code = "stoel", naam = "Stoel", soort = "materiaal", aantal = "vijf" });

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        var fout = Assert.Single(r.Json["fouten"]!.AsArray())!;
        Assert.Equal("aantal", fout["veld"]!.GetValue<string>());
        Assert.Equal("Vul een getal in, in cijfers (bijvoorbeeld 5).", fout["melding"]!.GetValue<string>());
        var items = (await behandelaar.GetAsync($"api/behandeling/{Gent}/voorraad")).Json["items"]!.AsArray();
        Assert.DoesNotContain(items, i => i!["code"]!.GetValue<string>() == "stoel");
    }

    // 9999-12-31 made the availability count step past the last date there is: a 500 on the availability question, and an
    // application that was accepted and then failed its workflow for an operator (the security review's F3).
    [Fact]
    public async Task Een_periode_verder_dan_twee_jaar_vooruit_krijgt_400_en_maakt_geen_dossier()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        var item = await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad", new { code = "kano", naam = "Kano", soort = "materiaal", aantal = 3 });
        Assert.True(item.Status == HttpStatusCode.OK, item.ToString());
        string verste = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, (await fixture.Vertegenwoordiger.GetAsync(
            $"api/verenigingen/{fixture.VCode}/beschikbaarheid?productnummer={Uitleendienst}&materiaal=kano&van={verste}&tot={verste}")).Json["beschikbaar"]!.GetValue<int>());
        int dossiersVoor = (await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers")).Json["dossiers"]!.AsArray().Count;

        foreach (string dag in new[] { "9999-12-31", DateOnly.Parse(verste, System.Globalization.CultureInfo.InvariantCulture).AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })
        {
            var vraag = await fixture.Vertegenwoordiger.GetAsync(
                $"api/verenigingen/{fixture.VCode}/beschikbaarheid?productnummer={Uitleendienst}&materiaal=kano&van={dag}&tot={dag}");
            Assert.True(vraag.Status == HttpStatusCode.BadRequest, vraag.ToString());
            Assert.Equal("application/problem+json", vraag.ContentType);
            Assert.Equal(["tot", "van"], vraag.FoutVelden.Order().ToArray());

            var aanvraag = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/aanvragen", new
            {
                productnummer = Uitleendienst,
                antwoorden = new Dictionary<string, string> { ["materiaal"] = "kano", ["aantal"] = "1", ["ophaaldatum"] = dag, ["terugbrengdatum"] = dag },
            });
            Assert.True(aanvraag.Status == HttpStatusCode.BadRequest, aanvraag.ToString());
            Assert.Equal(["antwoorden.ophaaldatum", "antwoorden.terugbrengdatum"], aanvraag.FoutVelden.Order().ToArray());
            Assert.Contains("twee jaar", aanvraag.Tekst);
        }

        Assert.Equal(dossiersVoor, (await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers")).Json["dossiers"]!.AsArray().Count);
    }

    static async Task<JsonNode> ReservatieAsync(Infrastructure.LoketClient behandelaar, string dossierId, int dag) =>
        (await behandelaar.GetAsync($"api/behandeling/{Gent}/kalender?van={Dag(dag)}&tot={Dag(dag)}")).Json["reservaties"]!.AsArray()
            .Single(x => x!["dossierId"]!.GetValue<string>() == dossierId)!;
}
