using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using VLoket.Agencies.Simulator;
using VLoket.Agencies.Simulator.Instanties;

using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Instanties;

/// <summary>Settings from configuration, their defaults, and a clean stop while background work is pending.</summary>
public sealed class LevensduurTests
{
    [Fact]
    public async Task Zonder_instellingen_gelden_de_standaardwaarden_en_de_ontwikkelgeheimen()
    {
        await using var simulator = await SimulatorHost.StartAsync([]);

        Assert.Equal(TimeSpan.FromMilliseconds(300), simulator.Opties.Verwerking);
        Assert.Equal(TimeSpan.FromSeconds(5), simulator.Opties.Traag);
        foreach (string ovoCode in new[] { "OVO002949", "OVO004021", "OVO003103" })
        {
            Assert.Equal($"ONTWIKKELING-ALLEEN-instantie-geheim-{ovoCode}", simulator.CallbackGeheim(ovoCode));
        }
    }

    [Fact]
    public async Task Instellingen_komen_ook_uit_de_gewone_configuratie()
    {
        await using var simulator = await SimulatorHost.StartAsync(
            ["--Simulator:VerwerkingMs=1234", "--Simulator:TraagSeconden=0.5", "--Simulator:Geheimen:OVO004021=uit-argumenten"]);

        Assert.Equal(TimeSpan.FromMilliseconds(1234), simulator.Opties.Verwerking);
        Assert.Equal(TimeSpan.FromSeconds(0.5), simulator.Opties.Traag);
        Assert.Equal("uit-argumenten", simulator.CallbackGeheim("OVO004021"));
        Assert.Equal(OntwikkelGeheimen.Voor("OVO002949"), simulator.CallbackGeheim("OVO002949"));
    }

    [Fact]
    public async Task Een_ongeldige_instelling_stopt_het_starten()
    {
        var fout = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SimulatorHost.StartAsync([], settings: new Dictionary<string, string?> { [SimulatorOpties.VerwerkingMsSetting] = "snel" }));

        Assert.Contains(SimulatorOpties.VerwerkingMsSetting, fout.Message);
    }

    [Fact]
    public async Task Stoppen_breekt_het_achtergrondwerk_af()
    {
        var simulator = await SimulatorHost.StartAsync([], settings: new Dictionary<string, string?>
        {
            [SimulatorOpties.VerwerkingMsSetting] = "0",
            [SimulatorOpties.TraagSecondenSetting] = "60",
        });
        simulator.LoketJwksUrl = await LoketBewijzen.JwksUrlAsync();
        using var http = new HttpClient(LoketBewijzen.Handler()) { BaseAddress = simulator.InstantieUrl("OVO002949") };
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "aanvragen")
        {
            Content = JsonContent.Create(new
            {
                dossierId = "D-stop",
                vCode = "V0001001",
                productnummer = "P",
                antwoorden = new Dictionary<string, string> { ["scenario"] = "traag" },
                // Nothing listens on port 9 (discard): every callback fails and waits to retry.
                callbackUrl = "http://127.0.0.1:9/callbacks",
            }),
        };
        verzoek.Headers.Add("Idempotency-Key", "stop");
        Assert.Equal(HttpStatusCode.Created, (await http.SendAsync(verzoek)).StatusCode);
        await Task.Delay(300);

        var klok = Stopwatch.StartNew();
        await simulator.StopAsync();
        var gestopt = klok.Elapsed;
        await simulator.DisposeAsync();

        // A 60 s timeline and callback retries are pending; without cancellation the stop would wait for them.
        Assert.True(gestopt < TimeSpan.FromSeconds(5), $"Stoppen duurde {gestopt}");
        Assert.True(klok.Elapsed < TimeSpan.FromSeconds(6), $"Stoppen en opruimen duurde {klok.Elapsed}");
    }
}
