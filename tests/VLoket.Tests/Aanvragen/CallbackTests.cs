using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Instanties;
using VLoket.Functions.Configuratie;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>Signed agency callbacks: applied once, and a rejected callback changes nothing.</summary>
public sealed class CallbackTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    const string Ovo = "OVO002949";

    async Task<HttpResponseMessage> StuurAsync(string body, string? handtekening)
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var vraag = new HttpRequestMessage(HttpMethod.Post, $"api/instanties/{Ovo}/callbacks") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (handtekening is not null)
        {
            vraag.Headers.TryAddWithoutValidation(Handtekening.Header, handtekening);
        }

        return await http.SendAsync(vraag);
    }

    static string Onderteken(string body, string? geheim = null, DateTimeOffset? tijdstip = null) =>
        Handtekening.Maak(geheim ?? InstantieOpties.OntwikkelGeheim(Ovo), (tijdstip ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body));

    static string Gebeurtenis(string dossierId, string zaakId, string fase, string eventId, string? vraag = null) => new JsonObject
    {
        ["eventId"] = eventId, ["ovoCode"] = Ovo, ["zaakId"] = zaakId, ["dossierId"] = dossierId, ["fase"] = fase,
        ["label"] = $"Test: {fase}", ["vraag"] = vraag, ["tijdstip"] = DateTimeOffset.UtcNow.ToString("O"),
    }.ToJsonString();

    async Task<(string Location, string DossierId, string ZaakId)> StilDossierAsync()
    {
        var r = await fixture.VraagAanAsync(Callback, "stil");
        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => d["dossierNummer"] is not null);
        return (r.Location!, dossier["dossierId"]!.GetValue<string>(), dossier["dossierNummer"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_herhaalde_callback_wordt_maar_een_keer_toegepast()
    {
        var r = await fixture.VraagAanAsync(Callback, "goedkeuren");
        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");
        int stappen = dossier["statusgeschiedenis"]!.AsArray().Count;
        using var sim = new HttpClient();
        var verzonden = await sim.GetFromJsonAsync<JsonArray>(new Uri(fixture.Simulator.InstantieUrl(Ovo), $"zaken/{dossier["dossierNummer"]}/callbacks"));
        string laatste = verzonden!.Last()!.ToJsonString();

        var nogmaals = await StuurAsync(laatste, Onderteken(laatste));
        var herhaal = await sim.PostAsync(new Uri(fixture.Simulator.InstantieUrl(Ovo), $"zaken/{dossier["dossierNummer"]}/callbacks/herhaal"), null);

        Assert.Equal(HttpStatusCode.OK, nogmaals.StatusCode);
        Assert.False((await nogmaals.Content.ReadFromJsonAsync<JsonObject>())!["toegepast"]!.GetValue<bool>());
        Assert.True(herhaal.IsSuccessStatusCode);
        await Task.Delay(1000);
        var na = await fixture.Vertegenwoordiger.GetAsync(r.Location!);
        Assert.Equal(stappen, na.Json["statusgeschiedenis"]!.AsArray().Count);
        Assert.Single(na.Json["documenten"]!.AsArray());
    }

    [Fact]
    public async Task Een_slechte_of_ontbrekende_handtekening_geeft_401_en_wijzigt_niets()
    {
        var (location, dossierId, zaakId) = await StilDossierAsync();
        string body = Gebeurtenis(dossierId, zaakId, "Goedgekeurd", "vals-1");

        var verkeerdGeheim = await StuurAsync(body, Onderteken(body, "een-ander-geheim"));
        var zonder = await StuurAsync(body, null);
        var teOud = await StuurAsync(body, Onderteken(body, tijdstip: DateTimeOffset.UtcNow.AddMinutes(-10)));
        var anderBody = await StuurAsync(body.Replace("Goedgekeurd", "Afgekeurd"), Onderteken(body));

        Assert.All(new[] { verkeerdGeheim, zonder, teOud, anderBody }, a => Assert.Equal(HttpStatusCode.Unauthorized, a.StatusCode));
        await Task.Delay(1000);
        var dossier = await fixture.Vertegenwoordiger.GetAsync(location);
        Assert.NotEqual("Goedgekeurd", Fase(dossier.Json));
        Assert.NotEqual("Afgekeurd", Fase(dossier.Json));
    }

    [Fact]
    public async Task Een_onleesbare_callback_geeft_400_en_een_onbekend_dossier_404()
    {
        string onleesbaar = "{\"eventId\": \"x\", \"fase\": ";
        string onbekendeFase = Gebeurtenis("D" + Guid.NewGuid().ToString("N"), "Z1", "Misschien", "e-2");
        string onbekendDossier = Gebeurtenis("D" + Guid.NewGuid().ToString("N"), "Z1", "Goedgekeurd", "e-3");

        Assert.Equal(HttpStatusCode.BadRequest, (await StuurAsync(onleesbaar, Onderteken(onleesbaar))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StuurAsync(onbekendeFase, Onderteken(onbekendeFase))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await StuurAsync(onbekendDossier, Onderteken(onbekendDossier))).StatusCode);
    }

    // An agency that reuses an event id for another dossier: before, the second callback was answered "al ontvangen" (or,
    // before the first was passed on, applied to the first dossier) and the second dossier never changed, while the agency
    // believed it delivered. Now it hears 409 and nothing changes.
    [Fact]
    public async Task Een_eventId_van_een_ander_dossier_krijgt_409_en_wijzigt_niets()
    {
        var (eersteLocatie, eersteId, eersteZaak) = await StilDossierAsync();
        var (tweedeLocatie, tweedeId, tweedeZaak) = await StilDossierAsync();
        string eventId = "hergebruikt-" + Guid.NewGuid().ToString("N")[..8];
        string eerste = Gebeurtenis(eersteId, eersteZaak, "InBehandeling", eventId);
        Assert.Equal(HttpStatusCode.Accepted, (await StuurAsync(eerste, Onderteken(eerste))).StatusCode);
        await fixture.WachtOpDossierAsync(eersteLocatie, d => Fase(d) == "InBehandeling");
        int stappen = (await fixture.Vertegenwoordiger.GetAsync(tweedeLocatie)).Json["statusgeschiedenis"]!.AsArray().Count;

        string tweede = Gebeurtenis(tweedeId, tweedeZaak, "Afgekeurd", eventId);
        var r = await StuurAsync(tweede, Onderteken(tweede));

        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        await Task.Delay(1000);
        var na = await fixture.Vertegenwoordiger.GetAsync(tweedeLocatie);
        Assert.NotEqual("Afgekeurd", Fase(na.Json));
        Assert.Equal(stappen, na.Json["statusgeschiedenis"]!.AsArray().Count);
        Assert.Equal("InBehandeling", Fase((await fixture.Vertegenwoordiger.GetAsync(eersteLocatie)).Json));
    }

    // An answer that crosses the agency's next question: the loket accepted it for question 1, but before the workflow
    // passed it on, the agency asked question 2. Before, the workflow sent the answer to question 1 as the answer to
    // question 2 (the agency then closed the case on it, and the association could no longer answer). Now it is not
    // passed on: the workflow reads the case instead, and the association answers the question the dossier shows.
    [Fact]
    public async Task Een_antwoord_dat_een_nieuwe_vraag_kruist_gaat_niet_als_antwoord_op_die_vraag_naar_de_instantie()
    {
        var r = await fixture.VraagAanAsync(Callback, "aanvullen");
        var vraag = await fixture.WachtOpDossierAsync(r.Location!, d => d["vraagnummer"] is not null);
        string dossierId = vraag["dossierId"]!.GetValue<string>(), zaakId = vraag["dossierNummer"]!.GetValue<string>();
        Assert.Equal(1, vraag["vraagnummer"]!.GetValue<int>());
        var workflows = fixture.Host.Services.GetRequiredService<DurableTaskClient>();

        // The workflow holds still while both arrive, so they reach it together, the agency's question first.
        await workflows.SuspendInstanceAsync(dossierId, "test");
        string tweede = Gebeurtenis(dossierId, zaakId, "ActieNodig", "vraag-2-" + Guid.NewGuid().ToString("N")[..8], "Stuur ook de begroting.");
        Assert.Equal(HttpStatusCode.Accepted, (await StuurAsync(tweede, Onderteken(tweede))).StatusCode);
        var antwoord = await fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new { antwoord = "Antwoord op vraag één.", vraagnummer = 1 });
        Assert.Equal(HttpStatusCode.Accepted, antwoord.Status);
        await workflows.ResumeInstanceAsync(dossierId, "test");

        // The agency itself still waits on its first question (the test played its second), so the read brings that
        // question back as the one to answer now: the third line that asks for action.
        var na = await fixture.WachtOpDossierAsync(r.Location!, d => d["vraagnummer"]?.GetValue<int>() == 3 || !d["actieNodig"]!.GetValue<bool>());
        Assert.True(na["vraagnummer"]?.GetValue<int>() == 3, na.ToJsonString());
        using var sim = new HttpClient();
        var zaken = await sim.GetFromJsonAsync<JsonArray>(new Uri(fixture.Simulator.InstantieUrl(Ovo), "zaken"));
        Assert.Equal("ActieNodig", zaken!.Single(z => z!["zaakId"]!.GetValue<string>() == zaakId)!["fase"]!.GetValue<string>());
        Assert.DoesNotContain(na["statusgeschiedenis"]!.AsArray(), s => s!["toelichting"]?.GetValue<string>()?.Contains("vraag één") == true);

        // The question the dossier shows is answered as usual, and that answer reaches the agency.
        var echt = await fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new { antwoord = "De begroting volgt als bijlage.", vraagnummer = 3 });
        Assert.Equal(HttpStatusCode.Accepted, echt.Status);
        var klaar = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");
        Assert.Contains(klaar["statusgeschiedenis"]!.AsArray(), s => s!["toelichting"]?.GetValue<string>() == "Jullie antwoord: De begroting volgt als bijlage.");
    }

    // The other order: the agency asked question 2, but its report is late (or lost) when the association's answer to
    // question 1 reaches the workflow. Before, that answer went to the agency, which took it as the answer to question 2.
    // Now the step reads the case first: the dossier shows question 2, and the answer to question 1 is not sent.
    [Fact]
    public async Task Een_antwoord_op_een_vraag_die_de_instantie_al_verving_gaat_niet_mee_ook_als_haar_melding_nog_onderweg_is()
    {
        var r = await fixture.VraagAanAsync(Callback, "aanvullen");
        var vraag = await fixture.WachtOpDossierAsync(r.Location!, d => d["vraagnummer"] is not null);
        string zaakId = vraag["dossierNummer"]!.GetValue<string>();
        using var sim = new HttpClient();
        var tweede = await sim.PostAsync(new Uri(fixture.Simulator.InstantieUrl(Ovo),
            $"zaken/{zaakId}/vraag?vraag={Uri.EscapeDataString("Stuur ook de ledenlijst.")}&melden=false"), null);
        Assert.Equal(HttpStatusCode.OK, tweede.StatusCode);

        var antwoord = await fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new
        {
            antwoord = "Het budget is 900 euro.", vraagnummer = 1,
            document = new { naam = "budget.pdf", contentType = "application/pdf", inhoudBase64 = Convert.ToBase64String("%PDF-1.4\n% budget\n%%EOF\n"u8.ToArray()) },
        });
        Assert.Equal(HttpStatusCode.Accepted, antwoord.Status);

        var na = await fixture.WachtOpDossierAsync(r.Location!, d => d["vraagnummer"]?.GetValue<int>() == 2 || !d["actieNodig"]!.GetValue<bool>());
        Assert.True(na["vraagnummer"]?.GetValue<int>() == 2, na.ToJsonString());
        // Its document was never listed on the dossier, so it is not kept either (before: it stayed in storage, unseen).
        string dossierId = na["dossierId"]!.GetValue<string>();
        var verzoek = await fixture.Host.Services.GetRequiredService<VerzoekOpslag>().LeesAsync(dossierId, Verzoek.AntwoordId(1));
        Assert.NotNull(verzoek?.Document);
        Assert.Null(await fixture.Host.Services.GetRequiredService<DocumentOpslag>().LeesAsync(fixture.VCode, dossierId, verzoek.Document.DocumentId));
        Assert.Equal("Stuur ook de ledenlijst.", na["actie"]!.GetValue<string>());
        var zaken = await sim.GetFromJsonAsync<JsonArray>(new Uri(fixture.Simulator.InstantieUrl(Ovo), "zaken"));
        Assert.Equal("ActieNodig", zaken!.Single(z => z!["zaakId"]!.GetValue<string>() == zaakId)!["fase"]!.GetValue<string>());

        var echt = await fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new { antwoord = "De ledenlijst zit in bijlage.", vraagnummer = 2 });
        Assert.Equal(HttpStatusCode.Accepted, echt.Status);
        var klaar = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");
        Assert.DoesNotContain(klaar["statusgeschiedenis"]!.AsArray(), s => s!["toelichting"]?.GetValue<string>()?.Contains("900 euro") == true);
    }

    [Fact]
    public async Task Een_geldig_ondertekende_callback_van_de_juiste_instantie_wordt_toegepast()
    {
        var (location, dossierId, zaakId) = await StilDossierAsync();
        string body = Gebeurtenis(dossierId, zaakId, "Afgekeurd", "echt-1");

        var r = await StuurAsync(body, Onderteken(body));

        Assert.Equal(HttpStatusCode.Accepted, r.StatusCode);
        var dossier = await fixture.WachtOpDossierAsync(location, d => Fase(d) == "Afgekeurd");
        Assert.Equal("Test: Afgekeurd", dossier["status"]!["label"]!.GetValue<string>());
    }
}

/// <summary>Past the service's deadline without a decision, a dossier is Verlopen.</summary>
public sealed class TermijnTests(KorteTermijnFixture fixture) : IClassFixture<KorteTermijnFixture>
{
    [Fact]
    public async Task Zonder_beslissing_binnen_de_termijn_is_het_dossier_verlopen()
    {
        var r = await fixture.VraagAanAsync(Callback, "stil");

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Verlopen", seconden: 60);

        Assert.False(dossier["actieNodig"]!.GetValue<bool>());
        Assert.Contains("termijn", dossier["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());
    }
}
