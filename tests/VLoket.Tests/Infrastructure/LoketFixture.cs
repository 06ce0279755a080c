using VLoket.Agencies.Simulator;
using VLoket.Agencies.Simulator.Kbo;
using VLoket.Functions;

namespace VLoket.Tests.Infrastructure;

/// <summary>A host in Development with the simulated agencies and data sources (KBO) started by the test itself.</summary>
public class LoketFixture : HostFixture
{
    public SimulatorHost Simulator { get; private set; } = null!;

    /// <summary>Settings for the simulated agencies (e.g. <c>Simulator:HoudMinuten</c>); none by default.</summary>
    protected virtual IDictionary<string, string?>? SimulatorSettings => null;

    protected override async Task BeforeHostStartAsync() => Simulator = await SimulatorHost.StartAsync([], settings: SimulatorSettings);

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[VLoketServiceCollectionExtensions.KboUrlSetting] = Simulator.KboUrl.ToString();
        settings[VLoket.Functions.Configuratie.InstantieOpties.SimulatorUrlSetting] = Simulator.BaseAddress.ToString();
        return settings;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The simulated agencies and sources verify the loket's calls and hand-offs with its published keys, as real ones would.
        Simulator.LoketJwksUrl = new Uri(Host.BaseAddress, "api/.well-known/jwks.json");
    }

    /// <summary>A client signed in as the given person, with a token from <c>POST /api/dev/token</c>.</summary>
    public Task<LoketClient> AlsAsync(string insz, string voornaam = "Test", string achternaam = "Persoon", params string[] rollen) =>
        LoketClient.AanmeldenAsync(Host.BaseAddress, insz, voornaam, achternaam, rollen);

    /// <summary>A client signed in as the given person whose sign-in carries an e-mail address, verified unless said otherwise.</summary>
    public Task<LoketClient> AlsMetEMailAsync(string insz, string voornaam, string achternaam, string eMail, bool geverifieerd = true) =>
        LoketClient.AanmeldenAsync(Host.BaseAddress, insz, voornaam, achternaam, [], eMail, geverifieerd);

    /// <summary>The signed-in person accepts their (only) invitation of <paramref name="vCode"/>; answers the association.</summary>
    public static async Task<Antwoord> AanvaardAsync(LoketClient uitgenodigde, string vCode)
    {
        var lijst = await uitgenodigde.GetAsync("api/mijn/uitnodigingen");
        var uitnodiging = lijst.Json["uitnodigingen"]!.AsArray().Single(u => u!["vCode"]!.GetValue<string>() == vCode)!;
        var r = await uitgenodigde.PostAsync($"api/mijn/uitnodigingen/{vCode}/{uitnodiging["uitnodigingId"]}/aanvaarden", null);
        Assert.True(r.Status == System.Net.HttpStatusCode.OK, r.ToString());
        return r;
    }

    /// <summary>Makes the simulated KBO register <paramref name="insz"/> in a function of the enterprise (an end date ends it).</summary>
    public void Mandaat(string kboNummer, string insz, string functie = "Bestuurder", string? begin = "2020-01-01", string? einde = null,
        string voornaam = "Test", string achternaam = "Persoon") =>
        Assert.True(Simulator.Kbo.ZetFunctie(kboNummer, new KboFunctie(insz, voornaam, achternaam, functie, begin, einde)), kboNummer);

    /// <summary>A vzw of the test's own at the simulated KBO, with a fresh valid number and no functions yet.</summary>
    public string NieuweVzw(string naam)
    {
        string nummer = NieuwKboNummer();
        Simulator.Kbo.ZetOnderneming(new KboOnderneming(nummer, naam, null, "017", "2010-01-01",
            new KboAdres("Markt", "1", null, "9000", "Gent", "België"), [], []));
        return nummer;
    }

    static int kboTeller;

    static string NieuwKboNummer()
    {
        string eerste8 = $"0{7_000_000 + Interlocked.Increment(ref kboTeller) + (Environment.ProcessId % 1000) * 1000:D7}";
        return eerste8 + (97 - (long.Parse(eerste8) % 97)).ToString("D2");
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }
    }
}
