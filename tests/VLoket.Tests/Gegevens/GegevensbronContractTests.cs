using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VLoket.Agencies.Simulator;
using VLoket.Agencies.Simulator.Bronnen;
using VLoket.Domain.Bronnen;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Gegevens;

/// <summary>The simulated data sources alone (no loket, no storage).</summary>
public sealed class BronSimulatorFixture : IAsyncLifetime
{
    public SimulatorHost Simulator { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorHost.StartAsync([]);
        Simulator.LoketJwksUrl = await LoketBewijzen.JwksUrlAsync();
    }

    public async Task DisposeAsync() => await Simulator.DisposeAsync();
}

/// <summary>
/// docs/contracts/gegevensbron-connector.openapi.json against the simulated sources: every route described and every
/// described route mapped, references resolve, and the schemas name the fields the sources really send.
/// </summary>
public sealed class GegevensbronContractTests(BronSimulatorFixture fixture) : IClassFixture<BronSimulatorFixture>
{
    static readonly Lazy<JsonObject> Document = new(() =>
        ContractDocument.Lees("gegevensbron-connector.openapi.json"));

    static JsonObject Schema(string naam) => Document.Value["components"]!["schemas"]![naam]!.AsObject();

    static IReadOnlyList<string> Properties(string schema) => [.. Schema(schema)["properties"]!.AsObject().Select(p => p.Key).Order()];

    static IReadOnlyList<string> Required(string schema) => [.. (Schema(schema)["required"]?.AsArray() ?? []).Select(r => r!.GetValue<string>()).Order()];

    [Fact]
    public void Elke_bronroute_van_de_simulator_staat_erin_en_omgekeerd()
    {
        // Paths are relative to a source's base, {simulator}/bronnen/{bron}; some test hooks exist for one source only.
        var basis = new Regex(@"^/bronnen/(\{bron\}|attesten|erkenningen|bank)");
        var gemapt = fixture.Simulator.Routes.Select(r => r.Split(' ', 2)).Where(r => r[1].StartsWith("/bronnen/", StringComparison.Ordinal))
            .Select(r => $"{r[0].ToLowerInvariant()} {basis.Replace(r[1], string.Empty)}").Order().ToList();
        var beschreven = Document.Value["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => $"{o.Key} {p.Key}")).Order().ToList();

        Assert.Equal(5, gemapt.Count);
        Assert.Equal(gemapt, beschreven);
        Assert.Contains("put /kbo/beheer/storing", fixture.Simulator.Routes.Select(r => r.ToLowerInvariant())); // named in the document's text
    }

    [Fact]
    public void Alle_verwijzingen_bestaan_en_elke_padparameter_is_beschreven()
    {
        var refs = ContractDocument.Alle(Document.Value).OfType<JsonObject>().Where(o => o.ContainsKey("$ref")).Select(o => o["$ref"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.NotNull(ContractDocument.Los(Document.Value, r)));
        foreach (var (pad, item) in Document.Value["paths"]!.AsObject())
        {
            foreach (var (_, operatie) in item!.AsObject())
            {
                var parameters = operatie!["parameters"]?.AsArray() ?? [];
                foreach (Match m in Regex.Matches(pad, @"\{(\w+)\}"))
                {
                    Assert.Contains(parameters, p => p!["name"]!.GetValue<string>() == m.Groups[1].Value && p["in"]!.GetValue<string>() == "path");
                }
            }
        }
    }

    [Fact]
    public void De_vraag_en_de_categorieen_zijn_die_van_loket_en_simulator()
    {
        var opties = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        string Naam(string p) => opties.PropertyNamingPolicy!.ConvertName(p);
        Assert.Equal(typeof(GegevensVraag).GetProperties().Select(p => Naam(p.Name)).Order(), Properties("GegevensVraag"));
        Assert.Equal(typeof(VraagPersoon).GetProperties().Select(p => Naam(p.Name)).Order(), Properties("VraagPersoon"));
        Assert.Equal(typeof(BronVraag).GetProperties().Select(p => Naam(p.Name)).Where(n => n != "personen").Order(),
            Properties("GegevensVraag").Where(n => n != "personen"));
        Assert.Equal(Categorieen.Alle, Schema("GegevenItem")["properties"]!["categorie"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public async Task De_schemas_noemen_de_velden_die_de_bronnen_sturen()
    {
        const string vCode = "V0009001";
        const string insz = "78041212319";
        DemoData.LaadChiro(fixture.Simulator.Bronnen, vCode, "BE68 5390 0754 7034", new DateOnly(2026, 11, 30));
        var vraag = new { vCode, kboNummer = (string?)null, personen = new[] { new { referentie = "1", insz } }, bankrekeningnummers = new[] { "BE68 5390 0754 7034" } };
        using var http = new HttpClient(LoketBewijzen.Handler());

        var items = new List<JsonNode>();
        foreach (string bron in BronnenGegevens.Bronnen)
        {
            using var r = await http.PostAsJsonAsync(new Uri(fixture.Simulator.BronUrl(bron), "gegevens"), vraag);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            var antwoord = JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
            Assert.Equal(Properties("GegevensAntwoord"), antwoord.AsObject().Select(p => p.Key).Order());
            Assert.NotEmpty(antwoord["items"]!.AsArray());
            items.AddRange(antwoord["items"]!.AsArray().Select(i => i!));
        }

        foreach (var item in items)
        {
            Binnen("GegevenItem", item);
            string categorie = item["categorie"]!.GetValue<string>();
            Binnen(categorie switch { "attest" => "Attest", "erkenning" => "Erkenning", _ => "BankbevestigingWaarde" }, item["waarde"]!);
        }

        Assert.Contains(items, i => i["referentie"]?.GetValue<string>() == "1"); // attests name the person by reference
        Assert.DoesNotContain(insz, string.Join(",", items.Select(i => i.ToJsonString())));
    }

    [Fact]
    public async Task Een_uitgeschakelde_bron_antwoordt_503()
    {
        using var http = new HttpClient(LoketBewijzen.Handler());
        fixture.Simulator.Bronnen.ZetStoring("bank", true);
        try
        {
            using var r = await http.PostAsJsonAsync(new Uri(fixture.Simulator.BronUrl("bank"), "gegevens"), new { vCode = "V0009002" });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, r.StatusCode);
        }
        finally
        {
            fixture.Simulator.Bronnen.ZetStoring("bank", false);
        }
    }

    /// <summary>Every field sent is described, and every required field is sent.</summary>
    static void Binnen(string schema, JsonNode voorbeeld)
    {
        var velden = voorbeeld.AsObject().Select(p => p.Key).ToList();
        Assert.All(velden, v => Assert.Contains(v, Properties(schema)));
        Assert.All(Required(schema), r => Assert.Contains(r, velden));
    }
}
