using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VLoket.Agencies.Simulator.Instanties;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Instanties.InstantieFixture;

namespace VLoket.Tests.Instanties;

/// <summary>
/// docs/contracts/instantie-connector.openapi.json against the simulator: every route it maps is described and every
/// described route is mapped, references resolve, and the schemas name exactly the fields the simulator sends.
/// </summary>
public sealed class ContractDocumentTests(InstantieFixture fixture) : IClassFixture<InstantieFixture>
{
    const string AgencyVoorvoegsel = "/instanties/{ovoCode}";

    static readonly Lazy<JsonObject> Document = new(() =>
        ContractDocument.Lees("instantie-connector.openapi.json"));

    static JsonObject Paths => Document.Value["paths"]!.AsObject();

    static JsonObject Schema(string naam) => Document.Value["components"]!["schemas"]![naam]!.AsObject();

    [Fact]
    public void Is_OpenApi_3_0_3_met_een_basis_server()
    {
        Assert.Equal("3.0.3", Document.Value["openapi"]!.GetValue<string>());
        Assert.Equal("{basis}", Document.Value["servers"]![0]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void Elke_route_van_de_simulator_staat_erin_en_omgekeerd()
    {
        // The contract's paths are relative to the agency's base; /instanties is the simulator's own listing.
        var gemapt = fixture.Simulator.Routes
            .Select(r => r.Split(' ', 2))
            .Where(r => r[1].StartsWith("/instanties", StringComparison.Ordinal))
            .Select(r => $"{r[0].ToLowerInvariant()} {(r[1].StartsWith(AgencyVoorvoegsel, StringComparison.Ordinal) ? r[1][AgencyVoorvoegsel.Length..] : r[1])}")
            .Order().ToList();
        string[] methoden = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];
        var beschreven = Paths
            .SelectMany(p => p.Value!.AsObject().Where(o => methoden.Contains(o.Key)).Select(o => $"{o.Key} {p.Key}"))
            .Order().ToList();

        Assert.Equal(21, gemapt.Count);
        Assert.Equal(gemapt, beschreven);
    }

    [Fact]
    public void Alle_verwijzingen_bestaan_en_elke_padparameter_is_beschreven()
    {
        var refs = ContractDocument.Alle(Document.Value).OfType<JsonObject>().Where(o => o.ContainsKey("$ref")).Select(o => o["$ref"]!.GetValue<string>()).ToList();
        Assert.NotEmpty(refs);
        Assert.All(refs, r => Assert.NotNull(ContractDocument.Los(Document.Value, r)));

        foreach (var (pad, item) in Paths)
        {
            foreach (var (methode, operatie) in item!.AsObject().Where(o => o.Value is JsonObject { } op && op.ContainsKey("responses")))
            {
                var parameters = (operatie!["parameters"]?.AsArray() ?? []).Select(p => p!["$ref"] is { } r ? ContractDocument.Los(Document.Value, r.GetValue<string>())! : p!).ToList();
                foreach (Match m in Regex.Matches(pad, @"\{(\w+)\}"))
                {
                    Assert.Contains(parameters, p => p["name"]!.GetValue<string>() == m.Groups[1].Value && p["in"]!.GetValue<string>() == "path");
                }

                Assert.True(operatie["responses"]!.AsObject().Count > 0, $"{methode} {pad} zonder responses");
            }
        }
    }

    [Fact]
    public void Indienen_vraagt_de_idempotency_key_en_beschrijft_de_ondertekende_callback()
    {
        var indienen = Paths["/aanvragen"]!["post"]!;
        var sleutel = ContractDocument.Los(Document.Value, indienen["parameters"]![0]!["$ref"]!.GetValue<string>())!;
        Assert.Equal("Idempotency-Key", sleutel["name"]!.GetValue<string>());
        Assert.Equal("header", sleutel["in"]!.GetValue<string>());
        Assert.True(sleutel["required"]!.GetValue<bool>());
        Assert.Equal(new[] { "200", "201", "400", "401", "404", "503" }, indienen["responses"]!.AsObject().Select(r => r.Key).Order());

        var callback = indienen["callbacks"]!["statusWijziging"]!["{$request.body#/callbackUrl}"]!["post"]!;
        var handtekening = callback["parameters"]!.AsArray().Single()!;
        Assert.Equal(CallbackHandtekening.Header, handtekening["name"]!.GetValue<string>());
        Assert.True(handtekening["required"]!.GetValue<bool>());
        Assert.Equal("#/components/schemas/StatusWijziging", callback["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>());
        string uitleg = callback["description"]!.GetValue<string>();
        Assert.Contains("HMAC-SHA256", uitleg);
        Assert.Contains("<t>.<raw body>", uitleg);
        Assert.Contains("t=<unix seconds>,v1=<hex>", uitleg);

        Assert.Equal(new[] { "200", "400", "401", "404", "409" }, Paths["/aanvragen/{zaakId}/antwoord"]!["post"]!["responses"]!.AsObject().Select(r => r.Key).Order());
        Assert.Equal(new[] { "200", "401", "404", "409" }, Paths["/aanvragen/{zaakId}/annuleer"]!["post"]!["responses"]!.AsObject().Select(r => r.Key).Order());
    }

    [Fact]
    public void Opsommingen_zijn_die_van_de_simulator()
    {
        Assert.Equal(Enum.GetNames<Fase>(), Schema("Fase")["enum"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(Enum.GetNames<Uitkomst>(), Schema("Uitkomst")["enum"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(["callback", "polling", "onmiddellijk"], Schema("Instantie")["properties"]!["modus"]!["enum"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal(Enum.GetNames<VLoket.Agencies.Simulator.Reservaties.ReservatieStatus>(),
            Schema("ReservatieStatus")["enum"]!.AsArray().Select(e => e!.GetValue<string>()));
    }

    [Fact]
    public async Task De_schemas_noemen_precies_de_velden_die_de_simulator_stuurt()
    {
        var (naam, url) = fixture.Ontvanger.NieuweUrl();
        var zaak = await fixture.IndienenAsync(Provincie, Guid.NewGuid().ToString(), Aanvraag());
        await fixture.NieuweZaakAsync(Cultuur, callbackUrl: url);
        var wijziging = (await fixture.Ontvanger.WachtOpAsync(naam, 1))[0].Json;
        var instantie = (await fixture.SendAsync(HttpMethod.Get, "instanties")).Json[0]!;

        Assert.Equal(HttpStatusCode.Created, zaak.Status);
        Velden("Zaak", zaak.Json);
        Velden("Beslissing", zaak.Json["beslissing"]!);
        Velden("BeslissingDocument", zaak.Json["beslissing"]!["document"]!);
        Velden("StatusWijziging", wijziging);
        Velden("Instantie", instantie);
    }

    static void Velden(string schema, JsonNode voorbeeld)
    {
        var properties = Schema(schema)["properties"]!.AsObject().Select(p => p.Key).Order().ToList();
        Assert.Equal(properties, voorbeeld.AsObject().Select(p => p.Key).Order());
        Assert.Equal(properties, Schema(schema)["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
    }
}
