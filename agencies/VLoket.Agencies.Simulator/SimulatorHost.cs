using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using VLoket.Agencies.Simulator.Beveiliging;
using VLoket.Agencies.Simulator.Bronnen;
using VLoket.Agencies.Simulator.Instanties;
using VLoket.Agencies.Simulator.Kbo;
using VLoket.Agencies.Simulator.Reservaties;

namespace VLoket.Agencies.Simulator;

/// <summary>
/// Simulated agencies and data sources, a real HTTP service for the demo and the tests.
/// The local host starts it in demo mode; tests start it themselves on a free port.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    readonly WebApplication app;
    readonly SimulatorOpties opties;

    SimulatorHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
        opties = app.Services.GetRequiredService<SimulatorOpties>();
    }

    public Uri BaseAddress { get; }

    /// <summary>Base URL of the simulated KBO data source.</summary>
    public Uri KboUrl => new(BaseAddress, "kbo/");

    /// <summary>Base URL of a simulated data source (<c>bank</c>, <c>attesten</c>, <c>erkenningen</c>) behind the data-source connector contract.</summary>
    public Uri BronUrl(string bron) => BronnenGegevens.Bronnen.Contains(bron)
        ? new Uri(BaseAddress, $"bronnen/{bron}/")
        : throw new ArgumentException($"Geen gesimuleerde bron {bron}.", nameof(bron));

    /// <summary>What the simulated data sources know and which are down; tests and the demo seed it.</summary>
    public BronnenGegevens Bronnen => app.Services.GetRequiredService<BronnenGegevens>();

    /// <summary>What the simulated KBO knows (enterprises and their functions); tests seed mandates here.</summary>
    public KboRegister Kbo => app.Services.GetRequiredService<KboRegister>();

    /// <summary>How the simulated agencies check hand-offs; set <see cref="OverdrachtVerificatie.JwksUrl"/> once the loket runs.</summary>
    public OverdrachtVerificatie Overdrachten => app.Services.GetRequiredService<OverdrachtVerificatie>();

    /// <summary>
    /// Where the loket publishes its keys (<c>/api/.well-known/jwks.json</c>): the agencies and sources check the loket's
    /// credential on every connector call, and hand-offs, with them. Until it is known they refuse every connector call.
    /// </summary>
    public Uri? LoketJwksUrl
    {
        get => app.Services.GetRequiredService<LoketJwks>().Url;
        set
        {
            app.Services.GetRequiredService<LoketJwks>().Url = value;
            Overdrachten.JwksUrl = value;
        }
    }

    /// <summary>The settings in effect (processing delays, callback secrets), after defaults.</summary>
    public SimulatorOpties Opties => opties;

    /// <summary>
    /// Every route the simulator maps, as <c>"METHOD /pattern"</c> (e.g. <c>"POST /instanties/{ovoCode}/aanvragen"</c>),
    /// so a test can hold the contract document against what really answers.
    /// </summary>
    public IReadOnlyList<string> Routes =>
        [.. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText}"))];

    /// <summary>The connector base URL of a simulated agency: <c>{simulator}/instanties/{ovoCode}/</c>.</summary>
    public Uri InstantieUrl(string ovoCode) => SimulatorInstanties.Zoek(ovoCode) is not null
        ? new Uri(BaseAddress, $"instanties/{ovoCode}/")
        : throw new ArgumentException($"Geen gesimuleerde instantie {ovoCode}.", nameof(ovoCode));

    /// <summary>The secret this simulator signs <paramref name="ovoCode"/>'s callbacks with (configured or the development default).</summary>
    public string CallbackGeheim(string ovoCode) => opties.Geheimen.TryGetValue(ovoCode, out string? geheim)
        ? geheim
        : throw new ArgumentException($"Geen gesimuleerde instantie {ovoCode}.", nameof(ovoCode));

    /// <summary>
    /// Starts the simulator. <paramref name="settings"/> come on top of the usual configuration (arguments, environment):
    /// <c>Simulator:VerwerkingMs</c>, <c>Simulator:TraagSeconden</c>, <c>Simulator:Geheimen:&lt;ovoCode&gt;</c>,
    /// <c>Simulator:HoudMinuten</c>.
    /// <paramref name="tijd"/> replaces the system clock for the agencies' timelines.
    /// </summary>
    public static async Task<SimulatorHost> StartAsync(
        string[] args, string url = "http://127.0.0.1:0", IDictionary<string, string?>? settings = null, TimeProvider? tijd = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // Only its own command line may move the simulator: ASPNETCORE_URLS in the environment is the loket's address
        // (the host starts the simulator in the same process), and taking it would crash the loket with "address in use".
        string? eigen = new ConfigurationBuilder().AddCommandLine(args).Build()["urls"];
        builder.WebHost.UseUrls(string.IsNullOrEmpty(eigen) ? url : eigen);

        if (tijd is not null)
        {
            builder.Services.AddSingleton(tijd);
        }

        builder.Services.AddInstanties(builder.Configuration);
        builder.Services.AddReservaties();
        builder.Services.AddStoringen();
        builder.Services.AddBronnen();
        builder.Services.AddKbo();
        builder.Services.AddOverdracht();
        builder.Services.AddLoketBewijs();

        var app = builder.Build();
        app.UseLoketBewijs();
        app.UseStoringen();
        app.MapKbo();
        app.MapInstanties();
        app.MapReservaties();
        app.MapStoringen();
        app.MapBronnen();
        app.MapGegevenswijzigingen();
        app.MapOverdracht();
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    /// <summary>Stops listening and cancels the agencies' background work (timelines, callback retries).</summary>
    public Task StopAsync() => app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
