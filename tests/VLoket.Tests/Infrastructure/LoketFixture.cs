using VLoket.Agencies.Simulator;
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

    /// <summary>A client signed in as the given person, with a token from <c>POST /api/dev/token</c>.</summary>
    public Task<LoketClient> AlsAsync(string insz, string voornaam = "Test", string achternaam = "Persoon", params string[] rollen) =>
        LoketClient.AanmeldenAsync(Host.BaseAddress, insz, voornaam, achternaam, rollen);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }
    }
}
