using System.Net;
using VLoket.Functions.Http;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Vijandig;

/// <summary>
/// An address no operation serves, or a method an operation does not take, gets the loket's Dutch problem 404 (signed in
/// or not), never the server's empty one; and the operations themselves still answer as before.
/// </summary>
public sealed class OnbekendAdresTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    public static TheoryData<string, string> Adressen => new()
    {
        { "GET", "api/bestaat-niet" },
        { "GET", "api/" },
        { "POST", "api/verenigingen/V0000001/bestaat/niet" },
        { "GET", "api/mijn/85073003328" }, // a path that holds an INSZ: not echoed
    };

    public static TheoryData<string, string, string> AndereMethoden => new()
    {
        { "DELETE", "api/health", "GET" },
        { "PUT", "api/openapi.json", "GET" },
        { "PATCH", "api/verenigingen", "POST" },
        { "GET", "api/verenigingen/V0000001/stop", "POST" },
    };

    [Theory]
    [MemberData(nameof(Adressen))]
    public async Task Een_onbekend_adres_of_een_andere_methode_krijgt_een_nederlandse_404(string methode, string adres)
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());

        foreach (var stuur in new Func<HttpRequestMessage, Task<HttpResponseMessage>>[] { v => fixture.Client.SendAsync(v), ik.SendRauwAsync })
        {
            using var vraag = new HttpRequestMessage(new HttpMethod(methode), adres);
            using var r = await stuur(vraag);
            string tekst = await r.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            var probleem = System.Text.Json.Nodes.JsonNode.Parse(tekst)!;
            Assert.Equal("Niet gevonden.", probleem["title"]!.GetValue<string>());
            Assert.Equal(OnbekendAdresFunction.Melding, probleem["detail"]!.GetValue<string>());
            Assert.DoesNotContain("85073003328", tekst);
        }
    }

    [Theory]
    [MemberData(nameof(AndereMethoden))]
    public async Task Een_andere_methode_op_een_bestaand_adres_krijgt_een_nederlandse_405_met_de_toegestane(string methode, string adres, string toegestaan)
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        using var vraag = new HttpRequestMessage(new HttpMethod(methode), adres);
        using var r = await ik.SendRauwAsync(vraag);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        Assert.Equal(toegestaan, string.Join(", ", r.Content.Headers.Allow));
        var probleem = System.Text.Json.Nodes.JsonNode.Parse(await r.Content.ReadAsStringAsync())!;
        Assert.Equal("Deze methode kan hier niet.", probleem["title"]!.GetValue<string>());
        Assert.Equal($"Dit adres kent {methode} niet, wel {toegestaan}. Er is niets gewijzigd.", probleem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task De_operaties_zelf_winnen_van_het_onbekende_adres()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());

        Assert.Equal(HttpStatusCode.OK, (await fixture.Client.GetAsync("api/openapi.json")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ik.GetAsync("api/mijn/verenigingen")).Status);
        // A route with a parameter, for a vereniging that does not exist: the operation's own 404, not the unknown address's.
        var onbekend = await ik.GetAsync("api/verenigingen/V9999999");
        Assert.Equal(HttpStatusCode.NotFound, onbekend.Status);
        Assert.NotEqual(OnbekendAdresFunction.Melding, onbekend.Json["detail"]?.GetValue<string>());
    }
}
