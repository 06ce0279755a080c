using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Behandeling.BehandelFixture;

namespace VLoket.Tests.Behandeling;

/// <summary>
/// A room of Gent's lending service (behandelloket) that needs approval, through HTTP on Azurite with the real engine:
/// the association confirms before or after the lending service decides, the dossier waits for the decision instead of
/// lapsing, and a refusal frees the stock and reaches the association with its reason. Each test lends its own room.
/// </summary>
public sealed class ReservatieGoedkeuringTests(BehandelFixture fixture) : IClassFixture<BehandelFixture>
{
    const string WachtLabel = "Wacht op goedkeuring van de uitleendienst";

    [Fact]
    public async Task Bevestigd_voor_de_goedkeuring_wacht_het_dossier_en_goedgekeurd_is_het_bevestigd()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        var (dossierId, locatie, reservatieId) = await VastgehoudenAsync(behandelaar, "zaal-bevestigd", 70);

        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(locatie + "/bevestig", null)).Status);
        // Before version 2 the confirmation was "not possible" and the dossier lapsed here.
        var wacht = await WachtAsync(() => fixture.DossierAsync(dossierId), d => NietVervallen(d) && Fase(d) == "InBehandeling");
        Assert.Equal(WachtLabel, wacht["status"]!["label"]!.GetValue<string>());
        Assert.False(wacht["actieNodig"]!.GetValue<bool>());
        Assert.Null(wacht["actie"]);
        Assert.Equal("TerGoedkeuring", (await KalenderAsync(behandelaar, dossierId, 70))!["status"]!.GetValue<string>());
        Assert.Equal(0, await fixture.BeschikbaarAsync("zaal-bevestigd", 70));
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Vertegenwoordiger.PostAsync(locatie + "/bevestig", null)).Status);

        var goedgekeurd = await BeslisAsync(behandelaar, reservatieId, new { beslissing = "goedkeuren" });
        Assert.True(goedgekeurd.Status == HttpStatusCode.OK, goedgekeurd.ToString());
        Assert.Equal("Bevestigd", goedgekeurd.Json["status"]!.GetValue<string>());

        var klaar = await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) == "Goedgekeurd");
        Assert.Equal("Reservatie bevestigd", klaar["status"]!["label"]!.GetValue<string>());
        Assert.Equal(reservatieId, klaar["dossierNummer"]!.GetValue<string>());
        Assert.Equal("Bevestigd", (await KalenderAsync(behandelaar, dossierId, 70))!["status"]!.GetValue<string>());
        Assert.Equal(0, await fixture.BeschikbaarAsync("zaal-bevestigd", 70));
    }

    [Fact]
    public async Task Bevestigd_en_dan_geweigerd_is_afgekeurd_met_de_motivering_en_de_zaal_is_weer_vrij()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        var (dossierId, locatie, reservatieId) = await VastgehoudenAsync(behandelaar, "zaal-geweigerd", 71);
        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(locatie + "/bevestig", null)).Status);
        await WachtAsync(() => fixture.DossierAsync(dossierId), d => NietVervallen(d) && d["status"]!["label"]!.GetValue<string>() == WachtLabel);

        const string motivering = "De zaal is die dag voorbehouden voor de verkiezingen.";
        var geweigerd = await BeslisAsync(behandelaar, reservatieId, new { beslissing = "weigeren", motivering });
        Assert.True(geweigerd.Status == HttpStatusCode.OK, geweigerd.ToString());
        Assert.Equal(("Geweigerd", motivering), (geweigerd.Json["status"]!.GetValue<string>(), geweigerd.Json["motivering"]!.GetValue<string>()));

        var dossier = await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) == "Afgekeurd");
        Assert.Equal("Reservatie geweigerd", dossier["status"]!["label"]!.GetValue<string>());
        Assert.Equal(motivering, dossier["statusgeschiedenis"]!.AsArray()[^1]!["toelichting"]!.GetValue<string>());
        Assert.False(dossier["actieNodig"]!.GetValue<bool>());
        Assert.Equal(1, await fixture.BeschikbaarAsync("zaal-geweigerd", 71));
        Assert.Null(await KalenderAsync(behandelaar, dossierId, 71));
    }

    [Fact]
    public async Task Goedgekeurd_voor_de_bevestiging_vraagt_nog_de_bevestiging_en_die_bevestigt()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        var (dossierId, locatie, reservatieId) = await VastgehoudenAsync(behandelaar, "zaal-eerst", 72);

        var goedgekeurd = await BeslisAsync(behandelaar, reservatieId, new { beslissing = "goedkeuren" });
        Assert.True(goedgekeurd.Status == HttpStatusCode.OK, goedgekeurd.ToString());
        Assert.Equal("Vastgehouden", goedgekeurd.Json["status"]!.GetValue<string>());
        var nogTeBevestigen = await WachtAsync(() => fixture.DossierAsync(dossierId),
            d => d["status"]!["label"]!.GetValue<string>() == "Goedgekeurd door de uitleendienst");
        Assert.Equal("ActieNodig", Fase(nogTeBevestigen));
        Assert.StartsWith("Bevestig je reservatie vóór ", nogTeBevestigen["actie"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(locatie + "/bevestig", null)).Status);
        var klaar = await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) == "Goedgekeurd");
        Assert.Equal("Reservatie bevestigd", klaar["status"]!["label"]!.GetValue<string>());
        Assert.DoesNotContain(klaar["statusgeschiedenis"]!.AsArray(), s => s!["label"]!.GetValue<string>() == WachtLabel);
        Assert.Equal("Bevestigd", (await KalenderAsync(behandelaar, dossierId, 72))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Annuleren_terwijl_het_op_goedkeuring_wacht_annuleert_en_geeft_de_zaal_vrij()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        var (dossierId, locatie, reservatieId) = await VastgehoudenAsync(behandelaar, "zaal-geannuleerd", 73);
        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(locatie + "/bevestig", null)).Status);
        await WachtAsync(() => fixture.DossierAsync(dossierId), d => NietVervallen(d) && d["status"]!["label"]!.GetValue<string>() == WachtLabel);

        var annuleer = await fixture.Vertegenwoordiger.PostAsync(locatie + "/annuleer", new { reden = "Het feest gaat niet door." });
        Assert.True(annuleer.Status == HttpStatusCode.Accepted, annuleer.ToString());
        var dossier = await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) == "Geannuleerd");
        Assert.Equal("Het feest gaat niet door.", dossier["statusgeschiedenis"]!.AsArray()[^1]!["toelichting"]!.GetValue<string>());
        Assert.Equal(1, await fixture.BeschikbaarAsync("zaal-geannuleerd", 73));

        // Deciding on a cancelled reservation changes nothing.
        var laat = await BeslisAsync(behandelaar, reservatieId, new { beslissing = "goedkeuren" });
        Assert.Equal(HttpStatusCode.BadRequest, laat.Status);
        Assert.Equal("Geannuleerd", Fase(await fixture.DossierAsync(dossierId)));
        Assert.Equal(1, await fixture.BeschikbaarAsync("zaal-geannuleerd", 73));
    }

    [Fact]
    public async Task Vijandige_invoer_op_de_goedkeuring_is_een_nederlandse_4xx_en_wijzigt_niets()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        using var aalst = await fixture.MedewerkerAsync("Arne", $"teamverantwoordelijke:{Aalst}");
        var (dossierId, _, reservatieId) = await VastgehoudenAsync(behandelaar, "zaal-vijandig", 74);
        string route = $"api/behandeling/{Gent}/reservaties/{reservatieId}/goedkeuring";

        foreach (var (body, veld) in new (object Body, string Veld)[]
        {
            (new { beslissing = "misschien" }, "beslissing"),
            (new { beslissing = (string?)null }, "beslissing"),
            (new { beslissing = "weigeren" }, "motivering"),
            (new { beslissing = "weigeren", motivering = "   " }, "motivering"),
            (new { beslissing = "weigeren", motivering = new string('x', 2001) }, "motivering"),
            (new { beslissing = "weigeren", motivering = "<script>alert(1)</script>" }, "motivering"),
        })
        {
            var fout = await behandelaar.PostAsync(route, body);
            Assert.True(fout.Status == HttpStatusCode.BadRequest, $"{body}: {fout}");
            Assert.Equal("application/problem+json", fout.ContentType);
            Assert.Contains(veld, fout.FoutVelden);
        }

        foreach (string rauw in new[] { "{", "[]", "{\"beslissing\": 12}", "\"goedkeuren\"" })
        {
            var fout = await behandelaar.PostAsync(route, rauw);
            Assert.True(fout.Status == HttpStatusCode.BadRequest, $"{rauw}: {fout}");
            Assert.Equal("application/problem+json", fout.ContentType);
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await behandelaar.PostAsync(route, new { beslissing = "weigeren", motivering = new string('x', 70_000) })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await aalst.PostAsync(route, new { beslissing = "goedkeuren" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Vertegenwoordiger.PostAsync(route, new { beslissing = "goedkeuren" })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await aalst.PostAsync($"api/behandeling/{Aalst}/reservaties/{reservatieId}/goedkeuring", new { beslissing = "goedkeuren" })).Status);
        var onbekend = await behandelaar.PostAsync($"api/behandeling/{Gent}/reservaties/UL-bestaat-niet/goedkeuring", new { beslissing = "goedkeuren" });
        Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (onbekend.Status, onbekend.ContentType));

        // Nothing changed: still a hold that waits for a decision, the association still asked to confirm.
        Assert.Equal("Vastgehouden", (await KalenderAsync(behandelaar, dossierId, 74))!["status"]!.GetValue<string>());
        Assert.Equal("gevraagd", (await KalenderAsync(behandelaar, dossierId, 74))!["goedkeuring"]!.GetValue<string>());
        var dossier = await fixture.DossierAsync(dossierId);
        Assert.Equal(("ActieNodig", "Reservatie vastgehouden"), (Fase(dossier), dossier["status"]!["label"]!.GetValue<string>()));

        // One decision per reservation: the same again is harmless, another one is refused.
        Assert.Equal(HttpStatusCode.OK, (await BeslisAsync(behandelaar, reservatieId, new { beslissing = "goedkeuren" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await BeslisAsync(behandelaar, reservatieId, new { beslissing = "goedkeuren" })).Status);
        var anders = await BeslisAsync(behandelaar, reservatieId, new { beslissing = "weigeren", motivering = "Toch niet." });
        Assert.Equal(HttpStatusCode.BadRequest, anders.Status);
        Assert.Equal("Vastgehouden", (await KalenderAsync(behandelaar, dossierId, 74))!["status"]!.GetValue<string>());
    }

    /// <summary>A room of one that needs approval, and a held reservation of it; the dossier asks to confirm.</summary>
    async Task<(string DossierId, string Locatie, string ReservatieId)> VastgehoudenAsync(LoketClient behandelaar, string code, int dag)
    {
        var item = await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad",
            new { code, naam = $"Zaal {code}", soort = "lokaal", aantal = 1, vereistGoedkeuring = true });
        Assert.True(item.Status == HttpStatusCode.OK, item.ToString());
        var r = await fixture.ReserveerAsync(code, 1, over: dag, dagen: 1);
        Assert.True(r.Status == HttpStatusCode.Accepted, r.ToString());
        string dossierId = r.Json["dossierId"]!.GetValue<string>();
        var dossier = await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) == "ActieNodig");
        return (dossierId, r.Location!, dossier["dossierNummer"]!.GetValue<string>());
    }

    static Task<Antwoord> BeslisAsync(LoketClient behandelaar, string reservatieId, object body) =>
        behandelaar.PostAsync($"api/behandeling/{Gent}/reservaties/{reservatieId}/goedkeuring", body);

    /// <summary>The dossier's reservation in the lending service's calendar; null when it takes no stock.</summary>
    static async Task<JsonNode?> KalenderAsync(LoketClient behandelaar, string dossierId, int dag) =>
        (await behandelaar.GetAsync($"api/behandeling/{Gent}/kalender?van={Dag(dag)}&tot={Dag(dag)}")).Json["reservaties"]!.AsArray()
            .SingleOrDefault(x => x!["dossierId"]!.GetValue<string>() == dossierId);

    /// <summary>Fails at once when the dossier lapsed (what a confirmation before approval did before version 2).</summary>
    static bool NietVervallen(JsonNode dossier) =>
        Fase(dossier) != "Verlopen" ? true : throw new Xunit.Sdk.XunitException($"Het dossier verviel: {dossier.ToJsonString()}");
}
