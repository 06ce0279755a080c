using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using VLoket.Agencies.Simulator.Kbo;

namespace VLoket.Agencies.Simulator;

/// <summary>
/// Simulated agencies and data sources, a real HTTP service for the demo and the tests.
/// The local host starts it in demo mode; tests start it themselves on a free port.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    readonly WebApplication app;

    SimulatorHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Base URL of the simulated KBO data source.</summary>
    public Uri KboUrl => new(BaseAddress, "kbo/");

    public static async Task<SimulatorHost> StartAsync(string[] args, string url = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(url);
        }

        var app = builder.Build();
        app.MapKbo();
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
