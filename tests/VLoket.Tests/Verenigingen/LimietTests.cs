using System.Net;
using Microsoft.Extensions.DependencyInjection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>
/// Limits declared once (issue 14, "Limits, declared once"): a body over its operation's limit is a 413, a text or list over
/// its limit a 400 naming the field, both before any work and with nothing stored; the OpenAPI document shows the same
/// limits; no association can grow past what a table entity holds.
/// </summary>
public sealed class LimietTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    static JsonObject Contact(int i) => new() { ["type"] = "E-mail", ["waarde"] = $"lid{i}@voorbeeld.be", ["isPrimair"] = false };

    // Expect: 100-continue, as a client sending a large body should: the refusal then arrives before the upload, instead of
    // the connection closing under a client still writing.
    static Task<HttpResponseMessage> PostRauwAsync(LoketClient ik, string url, HttpContent inhoud)
    {
        var vraag = new HttpRequestMessage(HttpMethod.Post, url) { Content = inhoud };
        vraag.Headers.ExpectContinue = true;
        return ik.SendRauwAsync(vraag);
    }

    static async Task AssertTeGrootAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var probleem = JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
        Assert.Equal(413, probleem["status"]!.GetValue<int>());
        Assert.Contains("te groot", probleem["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    async Task AssertNietsBewaardAsync(LoketClient ik) =>
        Assert.Empty((await ik.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());

    // Finding: "A 31 MB body answers 500."
    [Fact]
    public async Task Een_body_van_31_MB_krijgt_413_en_niets_wordt_bewaard()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var inhoud = new ByteArrayContent(Encoding.UTF8.GetBytes("{\"naam\":\"" + new string('a', 31 * 1024 * 1024) + "\"}"));
        inhoud.Headers.ContentType = new("application/json");

        await AssertTeGrootAsync(await PostRauwAsync(ik, "api/verenigingen", inhoud));
        await AssertNietsBewaardAsync(ik);
    }

    // Finding: "A 5 MB registration body is accepted (201)." Sent without Content-Length, so the reading itself must stop.
    [Fact]
    public async Task Een_registratie_van_5_MB_krijgt_413_ook_zonder_content_length()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var body = Registratie("Vijf megabyte");
        body["korteBeschrijving"] = new string('b', 5 * 1024 * 1024);
        var inhoud = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(body.ToJsonString())));
        inhoud.Headers.ContentType = new("application/json");
        inhoud.Headers.ContentLength = null;

        await AssertTeGrootAsync(await PostRauwAsync(ik, "api/verenigingen", inhoud));
        await AssertNietsBewaardAsync(ik);
    }

    // Finding: "2,500 contact items are accepted (201). After that, every change to that association answers 500."
    [Fact]
    public async Task Te_veel_contactgegevens_krijgen_400_op_het_veld_en_niets_wordt_bewaard()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var body = Minimaal("Tweeduizend vijfhonderd contacten");
        body["contactgegevens"] = new JsonArray(Enumerable.Range(0, 2500).Select(i => (JsonNode)Contact(i)).ToArray());

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        Assert.Equal(["contactgegevens"], r.FoutVelden);
        await AssertNietsBewaardAsync(ik);
    }

    // Finding: "12,000 items take 5.5 s … 24,000 items take 21 s and then answer 500": refused by size before validation.
    [Fact]
    public async Task Vierentwintigduizend_contactgegevens_worden_geweigerd_zonder_validatie()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var body = Minimaal("Vierentwintigduizend contacten");
        body["contactgegevens"] = new JsonArray(Enumerable.Range(0, 24_000).Select(i => (JsonNode)Contact(i)).ToArray());

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        await AssertNietsBewaardAsync(ik);
    }

    [Fact]
    public async Task Een_te_lange_tekst_krijgt_400_met_het_pad_van_het_veld()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var body = Registratie("Lange waarde");
        body["contactgegevens"]![1]!["beschrijving"] = new string('x', 501);

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal(["contactgegevens[1].beschrijving"], r.FoutVelden);
        await AssertNietsBewaardAsync(ik);
    }

    // A list grows one part at a time too: the 51st contact is refused, and the association still takes other changes.
    [Fact]
    public async Task Een_onderdeel_boven_het_maximum_krijgt_400_en_de_vereniging_blijft_wijzigbaar()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var body = Minimaal("Vijftig contacten");
        body["contactgegevens"] = new JsonArray(Enumerable.Range(0, 50).Select(i => (JsonNode)Contact(i)).ToArray());
        var gemaakt = await ik.PostAsync("api/verenigingen", body);
        Assert.Equal(HttpStatusCode.Created, gemaakt.Status);

        var teVeel = await ik.PostAsync(gemaakt.Location + "/contactgegevens", Contact(50), gemaakt.ETag);
        var wijziging = await ik.PatchAsync(gemaakt.Location!, new JsonObject { ["korteNaam"] = "Vijftig" }, gemaakt.ETag);

        Assert.Equal(HttpStatusCode.BadRequest, teVeel.Status);
        Assert.Equal("application/problem+json", teVeel.ContentType);
        Assert.Contains("contactgegevens", teVeel.FoutVelden);
        Assert.Equal(HttpStatusCode.OK, wijziging.Status);
        Assert.Equal(50, (await ik.GetAsync(gemaakt.Location!)).Json["contactgegevens"]!.AsArray().Count);
    }

    // Every field within its limit, yet escaped as stored (\uXXXX) the association would pass a table entity's 1 MiB:
    // refused as a rule, never a 500 from storage, and nothing is kept.
    [Fact]
    public async Task Een_vereniging_die_niet_in_de_opslag_past_wordt_geweigerd_en_niet_bewaard()
    {
        // Through the API an association no longer gets this large (invited people's names are not stored), so the
        // repository's own guard is tried directly: a row over the table's entity limit is a rule error (400), never sent.
        var repository = fixture.Host.Services.GetRequiredService<VLoket.Domain.Verenigingen.Opslag.VerenigingRepository>();
        var te_groot = VLoket.Tests.Domain.OpgeslagenVereniging.Maak() with { VCode = "V9999991", KorteBeschrijving = new string('é', 600_000) };

        var fout = await Assert.ThrowsAsync<VLoket.Domain.RegelFout>(() => repository.MaakAsync(te_groot, []));

        Assert.Contains("te groot om te bewaren", fout.Message);
        Assert.Null(await repository.LeesAsync("V9999991"));
    }

    [Fact]
    public async Task Het_openapi_document_toont_dezelfde_limieten()
    {
        var document = JsonNode.Parse(await fixture.Client.GetStringAsync("api/openapi.json"))!;
        var registratie = document["paths"]!["/api/verenigingen"]!["post"]!;
        var schema = document["components"]!["schemas"]!["RegistratieInvoer"]!["properties"]!;
        var contact = document["components"]!["schemas"]!["ContactgegevenInvoer"]!["properties"]!;

        Assert.Equal(512 * 1024, registratie["requestBody"]!["x-max-bytes"]!.GetValue<int>());
        Assert.NotNull(registratie["responses"]!["413"]);
        Assert.Equal(500, schema["naam"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(50, schema["contactgegevens"]!["maxItems"]!.GetValue<int>());
        Assert.Equal(500, contact["waarde"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(16 * 1024 * 1024, document["paths"]!["/api/instanties/{ovoCode}/callbacks"]!["post"]!["requestBody"]!["x-max-bytes"]!.GetValue<int>());
    }
}
