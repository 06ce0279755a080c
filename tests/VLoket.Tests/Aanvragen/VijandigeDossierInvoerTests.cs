using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Instanties;
using VLoket.Functions.Configuratie;
using VLoket.Tests.Reservaties;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>
/// Hostile input on the dossier routes and the agencies' callbacks: refused with a Dutch 4xx before anything is kept or
/// raised, never a 5xx; documents checked by their content; a question answered once; an unreachable agency is a 503.
/// </summary>
public sealed class VijandigeDossierInvoerTests(ReservatieFixture fixture) : IClassFixture<ReservatieFixture>
{
    const string Ovo = "OVO002949";

    async Task<HttpResponseMessage> CallbackAsync(JsonObject gebeurtenis)
    {
        string body = gebeurtenis.ToJsonString();
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var vraag = new HttpRequestMessage(HttpMethod.Post, $"api/instanties/{Ovo}/callbacks") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        vraag.Headers.TryAddWithoutValidation(Handtekening.Header,
            Handtekening.Maak(InstantieOpties.OntwikkelGeheim(Ovo), DateTimeOffset.UtcNow.ToUnixTimeSeconds(), Encoding.UTF8.GetBytes(body)));
        return await http.SendAsync(vraag);
    }

    static JsonObject Gebeurtenis(JsonNode dossier, string eventId, string fase = "InBehandeling", JsonObject? beslissing = null) => new()
    {
        ["eventId"] = eventId, ["ovoCode"] = Ovo, ["zaakId"] = dossier["dossierNummer"]!.GetValue<string>(),
        ["dossierId"] = dossier["dossierId"]!.GetValue<string>(), ["fase"] = fase, ["label"] = $"Test: {fase}",
        ["tijdstip"] = DateTimeOffset.UtcNow.ToString("O"), ["beslissing"] = beslissing,
    };

    static JsonObject Beslissing(string contentType, string inhoudBase64) => new()
    {
        ["uitkomst"] = "Goedgekeurd", ["motivering"] = "ok",
        ["document"] = new JsonObject { ["naam"] = "beslissing.pdf", ["contentType"] = contentType, ["inhoudBase64"] = inhoudBase64 },
    };

    async Task<JsonNode> StilDossierAsync()
    {
        var r = await fixture.VraagAanAsync(Callback, "stil");
        return await fixture.WachtOpDossierAsync(r.Location!, d => d["dossierNummer"] is not null);
    }

    async Task<bool> GehoudenAsync(string eventId) =>
        await fixture.Host.Services.GetRequiredService<MeldingOpslag>().LeesAsync(Ovo, eventId) is not null;

    static async Task AssertProbleemAsync(HttpResponseMessage antwoord, HttpStatusCode status, string veld)
    {
        Assert.Equal(status, antwoord.StatusCode);
        Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
        var fouten = (await antwoord.Content.ReadFromJsonAsync<JsonObject>())!["fouten"]!.AsArray();
        Assert.Contains(fouten, f => f!["veld"]!.GetValue<string>() == veld);
    }

    [Fact]
    public async Task Een_event_id_met_slash_hekje_en_vraagteken_wordt_gewoon_toegepast()
    {
        var dossier = await StilDossierAsync();

        var antwoord = await CallbackAsync(Gebeurtenis(dossier, "zaak/1#stap?2"));
        var nogmaals = await CallbackAsync(Gebeurtenis(dossier, "zaak/1#stap?2"));

        Assert.Equal(HttpStatusCode.Accepted, antwoord.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nogmaals.StatusCode);
        await fixture.WachtOpDossierAsync($"api/verenigingen/{fixture.VCode}/dossiers/{dossier["dossierId"]}", d => Fase(d) == "InBehandeling");
    }

    [Theory]
    [InlineData("met\u0001stuurteken")]
    [InlineData("lang")]
    public async Task Een_ongeldig_event_id_krijgt_400_en_niets_wordt_gehouden(string eventId)
    {
        var dossier = await StilDossierAsync();
        eventId = eventId == "lang" ? new string('x', 2000) : eventId;

        var antwoord = await CallbackAsync(Gebeurtenis(dossier, eventId));

        await AssertProbleemAsync(antwoord, HttpStatusCode.BadRequest, "eventId");
        Assert.False(await GehoudenAsync(eventId));
    }

    [Theory]
    [InlineData("application/pdf", "dit is geen base64!", "beslissing.document.inhoudBase64")]
    [InlineData("text/html", "PGh0bWw+PC9odG1sPg==", "beslissing.document.contentType")]
    [InlineData("application/pdf", "PGh0bWw+PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0PjwvaHRtbD4=", "beslissing.document.inhoudBase64")]
    public async Task Een_slecht_beslissingsdocument_krijgt_400_voor_er_iets_gebeurt(string contentType, string inhoud, string veld)
    {
        var dossier = await StilDossierAsync();
        string eventId = "beslissing-" + Guid.NewGuid().ToString("N");

        var antwoord = await CallbackAsync(Gebeurtenis(dossier, eventId, "Goedgekeurd", Beslissing(contentType, inhoud)));

        await AssertProbleemAsync(antwoord, HttpStatusCode.BadRequest, veld);
        Assert.False(await GehoudenAsync(eventId));
        // The workflow lives on: a good callback afterwards still closes the dossier.
        var goed = await CallbackAsync(Gebeurtenis(dossier, eventId + "-goed", "Goedgekeurd",
            Beslissing("application/pdf", Convert.ToBase64String("%PDF-1.4\n%%EOF"u8.ToArray()))));
        Assert.Equal(HttpStatusCode.Accepted, goed.StatusCode);
        var klaar = await fixture.WachtOpDossierAsync($"api/verenigingen/{fixture.VCode}/dossiers/{dossier["dossierId"]}", d => Fase(d) == "Goedgekeurd");
        Assert.Single(klaar["documenten"]!.AsArray());
    }

    [Fact]
    public async Task Een_download_is_een_bijlage_met_nosniff()
    {
        var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var vraag = new HttpRequestMessage(HttpMethod.Get, dossier["documenten"]![0]!["url"]!.GetValue<string>().TrimStart('/'));
        vraag.Headers.Authorization = new("Bearer", await TokenAsync());

        var download = await http.SendAsync(vraag);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
    }

    async Task<string> TokenAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var r = await http.PostAsJsonAsync("api/dev/token", new { insz = fixture.VertegenwoordigerInsz, voornaam = "Vera", achternaam = "Voorzitter" });
        return (await r.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    [Fact]
    public async Task Een_vraag_wordt_een_keer_beantwoord_ook_door_twee_tegelijk()
    {
        var r = await fixture.VraagAanAsync(Callback, "aanvullen");
        var vraag = await fixture.WachtOpDossierAsync(r.Location!, d => d["actieNodig"]!.GetValue<bool>());
        int nummer = vraag["vraagnummer"]!.GetValue<int>();

        var zonderNummer = await fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new { antwoord = "zonder nummer" });
        var ouderNummer = await fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new { antwoord = "voor een oude vraag", vraagnummer = nummer - 1 });
        var antwoorden = await Task.WhenAll(
            fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new { antwoord = "eerste", vraagnummer = nummer }),
            fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new { antwoord = "tweede", vraagnummer = nummer }));

        Assert.Equal(HttpStatusCode.BadRequest, zonderNummer.Status);
        Assert.Contains("vraagnummer", zonderNummer.FoutVelden);
        Assert.Equal(HttpStatusCode.Conflict, ouderNummer.Status);
        Assert.Equal([HttpStatusCode.Accepted, HttpStatusCode.Conflict], antwoorden.Select(a => a.Status).Order());
        Assert.All(antwoorden.Where(a => a.Status == HttpStatusCode.Conflict), a => Assert.Equal("application/problem+json", a.ContentType));
        var klaar = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");
        Assert.Single(klaar["statusgeschiedenis"]!.AsArray(), s => s!["toelichting"]?.GetValue<string>()?.StartsWith("Jullie antwoord:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Html_als_pdf_in_een_antwoord_krijgt_400()
    {
        var r = await fixture.VraagAanAsync(Callback, "aanvullen");
        var vraag = await fixture.WachtOpDossierAsync(r.Location!, d => d["actieNodig"]!.GetValue<bool>());

        var antwoord = await fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord", new
        {
            antwoord = "In bijlage.", vraagnummer = vraag["vraagnummer"]!.GetValue<int>(),
            document = new { naam = "begroting.pdf", contentType = "application/pdf", inhoudBase64 = Convert.ToBase64String("<html><script>alert(1)</script></html>"u8.ToArray()) },
        });

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Contains("document.inhoudBase64", antwoord.FoutVelden);
        Assert.True((await fixture.Vertegenwoordiger.GetAsync(r.Location!)).Json["actieNodig"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Een_antwoord_van_anderhalve_megabyte_krijgt_400_op_het_antwoord_en_de_vraag_blijft_open()
    {
        var r = await fixture.VraagAanAsync(Callback, "aanvullen");
        var vraag = await fixture.WachtOpDossierAsync(r.Location!, d => d["actieNodig"]!.GetValue<bool>());

        var antwoord = await fixture.Vertegenwoordiger.PostAsync($"{r.Location}/antwoord",
            new { antwoord = new string('b', 1_500_000), vraagnummer = vraag["vraagnummer"]!.GetValue<int>() });

        Assert.Equal(HttpStatusCode.BadRequest, antwoord.Status);
        Assert.Equal("application/problem+json", antwoord.ContentType);
        Assert.Contains("antwoord", antwoord.FoutVelden);
        Assert.True((await fixture.Vertegenwoordiger.GetAsync(r.Location!)).Json["actieNodig"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Een_reden_van_een_megabyte_krijgt_400_en_het_dossier_blijft_lopen()
    {
        var dossier = await StilDossierAsync();
        string locatie = $"api/verenigingen/{fixture.VCode}/dossiers/{dossier["dossierId"]}";

        var groot = await fixture.Vertegenwoordiger.PostAsync($"{locatie}/annuleer", new { reden = new string('a', 1_200_000) });
        var lang = await fixture.Vertegenwoordiger.PostAsync($"{locatie}/annuleer", new { reden = new string('a', 1_001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, groot.Status);
        Assert.Equal("application/problem+json", groot.ContentType);
        Assert.Equal(HttpStatusCode.BadRequest, lang.Status);
        Assert.Contains("reden", lang.FoutVelden);
        await Task.Delay(1000);
        Assert.NotEqual("Geannuleerd", Fase((await fixture.Vertegenwoordiger.GetAsync(locatie)).Json));
    }

    [Fact]
    public async Task Beschikbaarheid_terwijl_de_instantie_plat_ligt_geeft_503_met_retry_after()
    {
        using var simulator = new HttpClient { BaseAddress = fixture.Simulator.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await simulator.PutAsync($"storingen/{ReservatieFixture.OvoCode}", null)).StatusCode);
        try
        {
            using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
            var vraag = new HttpRequestMessage(HttpMethod.Get,
                $"api/verenigingen/{fixture.VCode}/beschikbaarheid?productnummer={ReservatieFixture.Uitleendienst}&materiaal=tent&van=2027-06-01&tot=2027-06-02");
            vraag.Headers.Authorization = new("Bearer", await TokenAsync());

            var antwoord = await http.SendAsync(vraag);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.StatusCode);
            Assert.Equal("application/problem+json", antwoord.Content.Headers.ContentType?.MediaType);
            Assert.True(antwoord.Headers.RetryAfter is not null);
        }
        finally
        {
            await simulator.DeleteAsync($"storingen/{ReservatieFixture.OvoCode}");
        }
    }
}
