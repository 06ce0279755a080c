using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VLoket.Domain.Instanties;

namespace VLoket.Functions.Configuratie;

/// <summary>
/// Builds the agency registry and legal bases at start-up, so a missing URL or secret stops the app now rather than at
/// the first application; and outside Development refuses the development-only default address of KBO.
/// </summary>
public sealed class StartControle(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetService(typeof(InstantieRegister)) ?? throw new InvalidOperationException("No agency registry.");
        _ = services.GetService(typeof(VLoket.Domain.Delen.Rechtsgronden)) ?? throw new InvalidOperationException("No legal bases.");
        var omgeving = services.GetRequiredService<IHostEnvironment>();
        if (!omgeving.IsDevelopment() && services.GetRequiredService<IConfiguration>().Waarde(VLoketServiceCollectionExtensions.KboUrlSetting) is null)
        {
            throw new InvalidOperationException(
                $"{VLoketServiceCollectionExtensions.KboUrlSetting} is required in the '{omgeving.EnvironmentName}' environment; " +
                "the local default address is for Development only.");
        }

        if (!omgeving.IsDevelopment() && Meldingen.MeldingOpties.Fouten(services.GetRequiredService<IConfiguration>()) is { Count: > 0 } mailFouten)
        {
            throw new InvalidOperationException(string.Join(" ", mailFouten));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
