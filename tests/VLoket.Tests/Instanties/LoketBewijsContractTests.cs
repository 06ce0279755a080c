using System.Net;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using VLoket.Agencies.Simulator.Beveiliging;
using VLoket.Functions.Sleutels;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Instanties;

/// <summary>
/// What the contracts declare about the loket's credential, what the simulator enforces and what the loket's handler
/// sends agree: every operation but the test hooks and the hand-off requires <c>loketBewijs</c> and documents its 401.
/// </summary>
public sealed class LoketBewijsContractTests
{
    [Theory]
    [InlineData("docs/contracts/instantie-connector.openapi.json", "/instanties/{ovoCode}")]
    [InlineData("docs/contracts/gegevensbron-connector.openapi.json", "/bronnen/{bron}")]
    public void Het_contract_en_de_simulator_vragen_het_bewijs_voor_dezelfde_operaties(string contract, string voorvoegsel)
    {
        var document = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, contract)))!;
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["loketBewijs"]!["scheme"]!.GetValue<string>());
        Assert.Equal("""[{"loketBewijs":[]}]""", document["security"]!.ToJsonString());
        int beschermd = 0;
        foreach (var (pad, operaties) in document["paths"]!.AsObject())
        {
            foreach (var (methode, operatie) in operaties!.AsObject().Where(o => o.Key is "get" or "post" or "put" or "delete" or "patch"))
            {
                bool open = operatie!["security"] is JsonArray { Count: 0 };
                string route = pad == "/instanties" ? pad : voorvoegsel + pad; // the list of agencies lives at the simulator's root
                Assert.True(!open == LoketBewijsModule.IsBeschermd(methode.ToUpperInvariant(), route), $"{methode} {route}: contract open={open}");
                Assert.Equal(!open, operatie["responses"]!["401"]?["$ref"]?.GetValue<string>() == "#/components/responses/GeenLoketBewijs");
                beschermd += open ? 0 : 1;
            }
        }

        Assert.True(beschermd > 0);
    }

    [Fact]
    public async Task Elke_oproep_krijgt_een_nieuw_bewijs_voor_zijn_ontvanger()
    {
        var ontvanger = new Uri("https://connector.example.be/vloket/");
        var opvanger = new Opvanger();
        using var http = new HttpClient(new LoketBewijsHandler(LoketBewijzen.Bewijs(), ontvanger) { InnerHandler = opvanger });

        await http.GetAsync(new Uri(ontvanger, "aanvragen/Z-1"));
        await http.GetAsync(new Uri(ontvanger, "aanvragen/Z-1"));

        var tokens = opvanger.Bearers.Select(b => new JsonWebToken(b)).ToList();
        Assert.Equal(2, tokens.Count);
        Assert.All(tokens, t =>
        {
            Assert.Equal(LoketBewijs.Type, t.Typ);
            Assert.Equal("ES256", t.Alg);
            Assert.Equal(LoketBewijzen.Sleutel.Ondertekening.Key.KeyId, t.Kid);
            Assert.Equal("vloket", t.Issuer);
            Assert.Equal("vloket", t.Subject);
            Assert.Equal([ontvanger.AbsoluteUri], t.Audiences);
            Assert.InRange(t.ValidTo - t.IssuedAt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        });
        Assert.NotEqual(tokens[0].Id, tokens[1].Id);
    }

    [Fact]
    public async Task Het_bewijs_gaat_nooit_naar_een_ander_adres_dan_zijn_ontvanger()
    {
        var opvanger = new Opvanger();
        using var http = new HttpClient(new LoketBewijsHandler(LoketBewijzen.Bewijs(), new Uri("https://a.example.be/instanties/OVO1/")) { InnerHandler = opvanger });

        await Assert.ThrowsAsync<InvalidOperationException>(() => http.GetAsync("https://a.example.be/instanties/OVO12/aanvragen"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => http.GetAsync("https://b.example.be/instanties/OVO1/aanvragen"));
        Assert.Empty(opvanger.Bearers);
    }

    [Fact]
    public async Task Zonder_ontvanger_vertrekt_er_niets()
    {
        var opvanger = new Opvanger();
        using var http = new HttpClient(new LoketBewijsHandler(LoketBewijzen.Bewijs(), null) { InnerHandler = opvanger });

        await Assert.ThrowsAsync<InvalidOperationException>(() => http.GetAsync("https://a.example.be/x"));
        Assert.Empty(opvanger.Bearers);
    }

    sealed class Opvanger : HttpMessageHandler
    {
        public List<string> Bearers { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bearers.Add(request.Headers.Authorization!.Parameter!);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
