using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>One test per path of the application workflow, through HTTP, on Azurite, against the simulated agencies.</summary>
public sealed class AanvraagPadTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    async Task<JsonArray> ZakenAsync(string ovoCode)
    {
        using var http = new HttpClient();
        return (await http.GetFromJsonAsync<JsonArray>(new Uri(fixture.Simulator.InstantieUrl(ovoCode), "zaken")))!;
    }

    static IEnumerable<JsonNode> VanDossier(JsonArray zaken, string dossierId) => zaken.Where(z => z!["dossierId"]!.GetValue<string>() == dossierId)!;

    [Fact]
    public async Task Goedgekeurd_via_callback_met_beslissing_als_document_en_vooraf_ingevulde_gegevens()
    {
        var r = await fixture.VraagAanAsync(Callback, "goedkeuren");

        Assert.Equal(HttpStatusCode.Accepted, r.Status);
        Assert.Matches("^/api/verenigingen/V[0-9]{7}/dossiers/D[0-9a-f]{32}$", r.Location!);
        string dossierId = r.Json["dossierId"]!.GetValue<string>();
        Assert.Equal("Verenigingsregister", r.Json["herkomst"]!["vereniging.naam"]!.GetValue<string>());

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        var fasen = dossier["statusgeschiedenis"]!.AsArray().Select(s => s!["fase"]!.GetValue<string>()).ToList();
        Assert.Contains("InBehandeling", fasen);
        Assert.Equal("Goedgekeurd", fasen[^1]);
        Assert.False(dossier["actieNodig"]!.GetValue<bool>());
        var document = dossier["documenten"]!.AsArray().Single()!;
        var download = await fixture.Vertegenwoordiger.GetAsync(document["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal(document["sha256"]!.GetValue<string>(), Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(download.Tekst))));

        var zaak = VanDossier(await ZakenAsync("OVO002949"), dossierId).Single();
        Assert.Equal(dossier["dossierNummer"]!.GetValue<string>(), zaak["zaakId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Goedgekeurd_via_polling_bij_een_instantie_zonder_callbacks()
    {
        var r = await fixture.VraagAanAsync(Polling, "goedkeuren");

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        Assert.Single(dossier["documenten"]!.AsArray());
        Assert.Single(VanDossier(await ZakenAsync("OVO004021"), r.Json["dossierId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Een_instantie_die_onmiddellijk_beslist()
    {
        var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        Assert.Equal("OVO003103", dossier["entiteit"]!.GetValue<string>());
    }

    [Fact]
    public async Task Het_aanbod_toont_de_status_van_het_dossier_van_een_aangevraagde_dienst()
    {
        var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        var aanbod = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/aanbod");

        var diensten = aanbod.Json["diensten"]!.AsArray().ToDictionary(d => d!["productnummer"]!.GetValue<string>());
        Assert.Equal("Goedgekeurd", diensten[Onmiddellijk]!["dossierstatus"]!.GetValue<string>());
        Assert.Null(diensten[Doorverwijzing]!["dossierstatus"]);
    }

    [Fact]
    public async Task Afgekeurd_met_motivering()
    {
        var r = await fixture.VraagAanAsync(Callback, "afkeuren");

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Afgekeurd");

        Assert.False(string.IsNullOrEmpty(dossier["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Meer_informatie_gevraagd_dan_goedgekeurd_na_het_antwoord_met_document()
    {
        var r = await fixture.VraagAanAsync(Callback, "aanvullen");
        var vraag = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "ActieNodig");
        Assert.True(vraag["actieNodig"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(vraag["actie"]!.GetValue<string>()));
        var lijst = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers?fase=lopend");
        Assert.True(lijst.Json["dossiers"]![0]!["actieNodig"]!.GetValue<bool>()); // action needed comes first

        var antwoord = await fixture.Vertegenwoordiger.PostAsync(r.Location + "/antwoord", new
        {
            antwoord = "De begroting zit in bijlage.",
            vraagnummer = vraag["vraagnummer"]!.GetValue<int>(),
            document = new { naam = "begroting.txt", contentType = "text/plain", inhoudBase64 = Convert.ToBase64String("Tenten: 250 euro"u8.ToArray()) },
        });
        Assert.Equal(HttpStatusCode.Accepted, antwoord.Status);

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");
        var soorten = dossier["documenten"]!.AsArray().Select(d => d!["soort"]!.GetValue<string>()).ToList();
        Assert.Contains("Antwoord van de vereniging", soorten);
        Assert.Contains("Beslissing", soorten);

        // Once answered the action box is gone; the timeline still tells what the agency asked and what was answered.
        var toelichtingen = dossier["statusgeschiedenis"]!.AsArray().Select(s => s!["toelichting"]?.GetValue<string>()).ToList();
        Assert.Contains(vraag["actie"]!.GetValue<string>(), toelichtingen);
        Assert.Contains("Jullie antwoord: De begroting zit in bijlage.", toelichtingen);
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Vertegenwoordiger.PostAsync(r.Location + "/antwoord", new { antwoord = "nog eens" })).Status);
    }

    [Fact]
    public async Task Tijdelijke_storingen_bij_de_instantie_en_toch_precies_een_zaak()
    {
        var r = await fixture.VraagAanAsync(Callback, "storing-3");

        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd", seconden: 60);

        Assert.Single(VanDossier(await ZakenAsync("OVO002949"), r.Json["dossierId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Annuleren_meldt_het_aan_de_instantie()
    {
        var r = await fixture.VraagAanAsync(Callback, "stil");
        await fixture.WachtOpDossierAsync(r.Location!, d => d["dossierNummer"] is not null);

        var annuleer = await fixture.Vertegenwoordiger.PostAsync(r.Location + "/annuleer", new { reden = "Het kamp gaat niet door." });

        Assert.Equal(HttpStatusCode.Accepted, annuleer.Status);
        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Geannuleerd");
        Assert.Equal("Het kamp gaat niet door.", dossier["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());
        var zaak = VanDossier(await ZakenAsync("OVO002949"), r.Json["dossierId"]!.GetValue<string>()).Single();
        Assert.Equal("Geannuleerd", zaak["fase"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Vertegenwoordiger.PostAsync(r.Location + "/annuleer", new { })).Status);
        var afgesloten = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers?fase=afgesloten");
        Assert.Contains(afgesloten.Json["dossiers"]!.AsArray(), d => d!["dossierId"]!.GetValue<string>() == r.Json["dossierId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Ongeldige_aanvragen_geven_400_en_starten_niets()
    {
        var zonderVerplicht = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/aanvragen",
            new { productnummer = Callback, antwoorden = new Dictionary<string, string> { ["scenario"] = "goedkeuren" } });
        var onbekend = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/aanvragen", new { productnummer = "0000" });
        var verkeerdeKeuze = await fixture.VraagAanAsync(Callback, "misschien");

        Assert.Equal(HttpStatusCode.BadRequest, zonderVerplicht.Status);
        Assert.Contains("antwoorden.omschrijving", zonderVerplicht.FoutVelden);
        Assert.DoesNotContain("antwoorden.naamVereniging", zonderVerplicht.FoutVelden); // known to government: not asked again
        Assert.Equal(HttpStatusCode.BadRequest, onbekend.Status);
        Assert.Contains("productnummer", onbekend.FoutVelden);
        Assert.Equal(HttpStatusCode.BadRequest, verkeerdeKeuze.Status);
        Assert.Contains("antwoorden.scenario", verkeerdeKeuze.FoutVelden);
    }

    [Fact]
    public async Task Een_andere_vereniging_ziet_de_dossiers_niet()
    {
        var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        using var ander = await fixture.AlsAsync(VLoket.Tests.Verenigingen.Voorbeelden.NieuwInsz());

        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync(r.Location!)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.PostAsync(r.Location + "/annuleer", new { })).Status);
    }
}
