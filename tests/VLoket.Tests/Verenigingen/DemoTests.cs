using System.Net;
using VLoket.Host;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Verenigingen;

/// <summary>A host started with demo data on.</summary>
public sealed class DemoFixture : HostFixture
{
    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[VLoketHost.DemoSetting] = "true";
        return settings;
    }
}

public sealed class DemoTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    Task<LoketClient> Als(string insz) => LoketClient.AanmeldenAsync(fixture.Host.BaseAddress, insz, "Demo", "Persona", []);

    [Fact]
    public async Task De_persona_s_hebben_hun_verenigingen()
    {
        using var voorzitter = await Als(Voorbeelden.InszAn);
        using var penningmeester = await Als(Voorbeelden.InszKarim);
        using var nieuwkomer = await Als(Voorbeelden.InszLotte);

        var van_an = (await voorzitter.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray();
        var van_karim = (await penningmeester.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray();

        Assert.Equal(new[] { "Buurtcomité Den Dries", "Chiro Sint-Jan Gent" }, van_an.Select(v => v!["naam"]!.GetValue<string>()).Order());
        Assert.All(van_an, v => Assert.True(v!["isPrimair"]!.GetValue<bool>()));
        Assert.Contains(van_karim, v => v!["verenigingstype"]!["code"]!.GetValue<string>() == "VZW" && v["isPrimair"]!.GetValue<bool>());
        Assert.Contains(van_karim, v => v!["naam"]!.GetValue<string>() == "Chiro Sint-Jan Gent" && !v["isPrimair"]!.GetValue<bool>());
        Assert.Empty((await nieuwkomer.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());

        var chiro = van_an.Single(v => v!["naam"]!.GetValue<string>() == "Chiro Sint-Jan Gent")!;
        var detail = await voorzitter.GetAsync("api/verenigingen/" + chiro["vCode"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Equal("Gent", detail.Json["locaties"]![0]!["adres"]!["gemeente"]!.GetValue<string>());
    }
}
