using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Functions.Health;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Foundation;

/// <summary>Health names what the app is still busy with (the demo loading): 503 "opstarten" until it is done.</summary>
public sealed class GereedheidTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Zolang_iets_nog_laadt_is_health_503_opstarten_met_die_controle()
    {
        var gereedheid = fixture.Host.Services.GetRequiredService<Gereedheid>();
        gereedheid.Begin("demo", "de demogegevens worden nog geladen");
        try
        {
            var bezig = await fixture.Client.GetAsync("api/health");
            var rapport = JsonNode.Parse(await bezig.Content.ReadAsStringAsync())!;

            Assert.Equal(HttpStatusCode.ServiceUnavailable, bezig.StatusCode);
            Assert.Equal("opstarten", rapport["status"]!.GetValue<string>());
            var demo = Assert.Single(rapport["controles"]!.AsArray(), c => c!["naam"]!.GetValue<string>() == "demo")!;
            Assert.False(demo["ok"]!.GetValue<bool>());
            Assert.Equal("de demogegevens worden nog geladen", demo["fout"]!.GetValue<string>());
        }
        finally
        {
            gereedheid.Klaar("demo");
        }

        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync("api/health")).StatusCode);
    }
}
