using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;
using VLoket.Host;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Aanmelden;

/// <summary>Development-only sign-in stays in Development: elsewhere the route is gone and the development key stops the app.</summary>
public sealed class OmgevingTests
{
    static async Task<Dictionary<string, string?>> ProductieInstellingenAsync()
    {
        var settings = HostFixture.BaseSettings(await AzuriteServer.ConnectionStringAsync(), HostFixture.NewTaskHubName());
        settings["VLoket:Aanmelden:Authority"] = "https://idp.example.invalid/op";
        settings["VLoket:Aanmelden:Publiek"] = "vloket";
        settings["VLoket:Geheimen:InszSleutel"] = new string('k', 40);
        settings["VLoket:Geheimen:BevestigingsSleutel"] = new string('b', 40);
        settings["VLoket:Geheimen:OndertekenSleutel"] = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256).ExportPkcs8PrivateKeyPem();
        settings["VLoket:Bronnen:Kbo:Url"] = "https://kbo.example.invalid/";
        settings["VLoket:Meldingen:Smtp:Host"] = "smtp.example.invalid";
        settings["VLoket:Meldingen:LoketUrl"] = "https://loket.example.invalid/";
        settings["VLoket:PubliekeUrl"] = "https://loket.example.invalid/";
        return settings;
    }

    [Fact]
    public async Task Buiten_development_weigert_de_app_te_starten_zonder_mailserver_of_met_smtp_zonder_tls()
    {
        var settings = await ProductieInstellingenAsync();
        settings.Remove("VLoket:Meldingen:Smtp:Host");
        settings["VLoket:Meldingen:LoketUrl"] = "http://loket.example.invalid/";
        settings["VLoket:Meldingen:Smtp:Tls"] = "None";

        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("VLoket:Meldingen:Smtp:Host", fout.Message);
        Assert.Contains("VLoket:Meldingen:LoketUrl", fout.Message);
        Assert.Contains("VLoket:Meldingen:Smtp:Tls=None", fout.Message);
    }

    // Without a public address the callback address an agency gets came from the request's Host header, which the client
    // chooses: an agency would then send its decisions elsewhere. And sources that receive INSZ must be https.
    [Fact]
    public async Task Buiten_development_weigert_de_app_te_starten_zonder_https_publiek_adres_of_met_een_bron_over_http()
    {
        var zonder = await ProductieInstellingenAsync();
        zonder.Remove("VLoket:PubliekeUrl");
        zonder["VLoket:Bronnen:Kbo:Url"] = "http://kbo.example.invalid/";
        zonder["VLoket:Bronnen:bank:Url"] = "http://bank.example.invalid/";

        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => VLoketHost.StartAsync(["--environment", "Production"], zonder));

        Assert.Contains("VLoket:PubliekeUrl is required", fout.Message);
        Assert.Contains("VLoket:Bronnen:Kbo:Url must be an absolute https address", fout.Message);
        Assert.Contains("VLoket:Bronnen:bank:Url must be an absolute https address", fout.Message);

        var overHttp = await ProductieInstellingenAsync();
        overHttp["VLoket:PubliekeUrl"] = "http://loket.example.invalid/";
        var fout2 = await Assert.ThrowsAsync<InvalidOperationException>(() => VLoketHost.StartAsync(["--environment", "Production"], overHttp));
        Assert.Contains("VLoket:PubliekeUrl must be an absolute https address", fout2.Message);
    }

    [Fact]
    public async Task Buiten_development_antwoordt_de_dev_token_route_404()
    {
        await using var host = await VLoketHost.StartAsync(["--environment", "Production"], await ProductieInstellingenAsync());
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var r = await http.PostAsJsonAsync("api/dev/token", new { insz = "01131500149", voornaam = "A", achternaam = "B" });

        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("api/dev/personas")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("api/mijn/verenigingen")).StatusCode);
        // No local provider in production: the front end is sent to the configured authority (ACM).
        Assert.Null(host.Aanbieder);
        var aanmelding = await http.GetFromJsonAsync<System.Text.Json.Nodes.JsonObject>("api/aanmelding");
        Assert.Equal("https://idp.example.invalid/op", aanmelding!["authority"]!.GetValue<string>());
    }

    [Fact]
    public async Task Buiten_development_weigert_de_app_te_starten_zonder_autoriteit()
    {
        var settings = await ProductieInstellingenAsync();
        settings.Remove("VLoket:Aanmelden:Authority");

        var fout = await Assert.ThrowsAsync<OptionsValidationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("Authority", fout.Message);
    }

    [Fact]
    public async Task Buiten_development_weigert_de_host_de_lokale_openid_aanbieder_te_starten()
    {
        var settings = await ProductieInstellingenAsync();
        settings["VLoket:OntwikkelAanbieder:Aan"] = "true";

        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("OntwikkelAanbieder", fout.Message);
    }

    [Fact]
    public async Task Buiten_development_weigert_de_app_te_starten_met_de_ontwikkelsleutel()
    {
        var settings = await ProductieInstellingenAsync();
        settings["VLoket:Aanmelden:OntwikkelSleutel"] = "ONTWIKKELING-ALLEEN-vloket-token-sleutel-niet-geheim-0001";

        var fout = await Assert.ThrowsAsync<OptionsValidationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("OntwikkelSleutel", fout.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Buiten_development_weigert_de_app_de_ontwikkelsleutel_die_het_loket_ondertekent(bool andereRegeleinden)
    {
        // The key signs hand-offs and the loket's credential to agencies and sources: the public one would let anyone be the loket.
        var settings = await ProductieInstellingenAsync();
        string pem = VLoket.Functions.Configuratie.OntwikkelStandaarden.OndertekenSleutel;
        settings["VLoket:Geheimen:OndertekenSleutel"] = andereRegeleinden ? pem.ReplaceLineEndings("\r\n") + "\r\n" : pem;

        var fout = await Assert.ThrowsAsync<OptionsValidationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("OndertekenSleutel", fout.Message);
    }

    [Fact]
    public async Task Buiten_development_weigert_de_app_te_starten_zonder_eigen_geheimen()
    {
        var settings = await ProductieInstellingenAsync();
        settings["VLoket:Geheimen:InszSleutel"] = "ONTWIKKELING-ALLEEN-vloket-insz-sleutel-niet-geheim-0001";
        settings.Remove("VLoket:Geheimen:BevestigingsSleutel");

        var fout = await Assert.ThrowsAsync<OptionsValidationException>(() => VLoketHost.StartAsync(["--environment", "Staging"], settings));

        Assert.Contains("InszSleutel", fout.Message);
        Assert.Contains("BevestigingsSleutel", fout.Message);
    }

    [Fact]
    public async Task Buiten_development_weigert_de_app_te_starten_zonder_adres_van_de_kbo()
    {
        var settings = await ProductieInstellingenAsync();
        settings.Remove("VLoket:Bronnen:Kbo:Url");

        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("VLoket:Bronnen:Kbo:Url", fout.Message);
    }

    [Fact]
    public async Task Buiten_development_weigert_de_app_een_ondertekensleutel_die_geen_ec_sleutel_is()
    {
        var settings = await ProductieInstellingenAsync();
        settings["VLoket:Geheimen:OndertekenSleutel"] = new string('o', 40);

        var fout = await Assert.ThrowsAsync<OptionsValidationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("OndertekenSleutel", fout.Message);
    }

    [Theory]
    [InlineData("http://instantie.example.invalid/")]
    [InlineData("http://127.0.0.1:7071/instanties/OVO000001/")]
    public async Task Buiten_development_weigert_de_app_een_instantie_zonder_https(string url)
    {
        var settings = await ProductieInstellingenAsync();
        settings["VLoket:Instanties:OVO000001:Url"] = url;
        settings["VLoket:Instanties:OVO000001:Geheim"] = new string('g', 40);

        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("OVO000001:Url must be https", fout.Message);
    }

    [Fact]
    public async Task Buiten_development_weigert_de_app_te_starten_zonder_publiek_of_met_een_symmetrisch_algoritme()
    {
        var settings = await ProductieInstellingenAsync();
        settings.Remove("VLoket:Aanmelden:Publiek");
        settings["VLoket:Aanmelden:Algoritmen:0"] = "HS256";

        var fout = await Assert.ThrowsAsync<OptionsValidationException>(() => VLoketHost.StartAsync(["--environment", "Production"], settings));

        Assert.Contains("Publiek", fout.Message);
        Assert.Contains("Algoritmen", fout.Message);
    }
}
