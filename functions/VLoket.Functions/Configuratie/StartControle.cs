using Microsoft.Extensions.Hosting;
using VLoket.Domain.Instanties;

namespace VLoket.Functions.Configuratie;

/// <summary>Builds the agency registry and legal bases at start-up, so a missing URL or secret stops the app now rather than at the first application.</summary>
public sealed class StartControle(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetService(typeof(InstantieRegister)) ?? throw new InvalidOperationException("No agency registry.");
        _ = services.GetService(typeof(VLoket.Domain.Delen.Rechtsgronden)) ?? throw new InvalidOperationException("No legal bases.");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
