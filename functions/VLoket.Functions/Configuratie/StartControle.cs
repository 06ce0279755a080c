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

        if (!omgeving.IsDevelopment() && AdresFouten(services.GetRequiredService<IConfiguration>()) is { Count: > 0 } adresFouten)
        {
            throw new InvalidOperationException(string.Join(" ", adresFouten));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Outside Development: the public address agencies call back on must be set (otherwise it would come from the
    /// request's Host header, which a client chooses), and it and every source that receives personal data (KBO and the
    /// external sources get representatives' INSZ) must be absolute https addresses.
    /// </summary>
    public static IReadOnlyList<string> AdresFouten(IConfiguration configuratie)
    {
        var fouten = new List<string>();
        if (configuratie.Waarde(Dossiers.DossierOpties.PubliekeUrlSetting) is not { } publiek)
        {
            fouten.Add($"{Dossiers.DossierOpties.PubliekeUrlSetting} is required outside Development: agencies call back on it, and the request's Host header is not to be trusted.");
        }
        else if (!VeiligAdres.IsToegestaan(publiek, ontwikkeling: false))
        {
            fouten.Add($"{Dossiers.DossierOpties.PubliekeUrlSetting} must be an absolute https address.");
        }

        foreach (string instelling in Bronnen.BronnenRegistratie.Extern.Select(b => Bronnen.BronnenRegistratie.UrlSetting(b.Code))
                     .Append(VLoketServiceCollectionExtensions.KboUrlSetting))
        {
            if (configuratie.Waarde(instelling) is { } url && !VeiligAdres.IsToegestaan(url, ontwikkeling: false))
            {
                fouten.Add($"{instelling} must be an absolute https address: the source receives representatives' INSZ.");
            }
        }

        if (configuratie.Waarde(InstantieOpties.SimulatorUrlSetting) is not null)
        {
            fouten.Add($"{InstantieOpties.SimulatorUrlSetting} is for Development only: configure each source and agency by its own address.");
        }

        return fouten;
    }
}
