using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Bronnen.Kbo;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Sleutels;

namespace VLoket.Functions.Bronnen;

/// <summary>Registers the data sources of the "gekende gegevens" view, their snapshots and the view itself.</summary>
public static class BronnenRegistratie
{
    /// <summary>Base URL of an external source: <c>VLoket:Bronnen:{code}:Url</c>; without it, the simulator's <c>bronnen/{code}/</c>.</summary>
    public static string UrlSetting(string code) => $"VLoket:Bronnen:{code}:Url";

    /// <summary>How old a snapshot may be before the view asks the source again (TimeSpan, default 15 minutes).</summary>
    public const string MaxLeeftijdSetting = "VLoket:Bronnen:MaxLeeftijd";

    /// <summary>How long the view waits for a source (TimeSpan, default 4 seconds).</summary>
    public const string WachttijdSetting = "VLoket:Bronnen:Wachttijd";

    /// <summary>The external sources behind the one HTTP contract: code and the name users see.</summary>
    public static readonly IReadOnlyList<(string Code, string Naam)> Extern =
    [
        ("bank", "Bankbevestigingen door overheidsinstanties"),
        ("attesten", "Jeugdadministratie (attesten jeugdwerk)"),
        ("erkenningen", "Erkenningen van de Vlaamse overheid"),
    ];

    public static IServiceCollection AddBronnen(this IServiceCollection services, IConfiguration configuration)
    {
        var standaard = new GegevensOpties();
        services.AddSingleton(new GegevensOpties
        {
            MaxLeeftijd = configuration.GetValue<TimeSpan?>(MaxLeeftijdSetting) ?? standaard.MaxLeeftijd,
            Wachttijd = configuration.GetValue<TimeSpan?>(WachttijdSetting) ?? standaard.Wachttijd,
        });
        services.AddSingleton<BronSnapshots>();
        services.AddSingleton<GegevensDienst>();
        services.AddSingleton<IGegevensBron, RegisterBron>();
        services.AddSingleton<IGegevensBron, KboGegevensBron>();

        string? simulator = configuration.Waarde(InstantieOpties.SimulatorUrlSetting);
        foreach (var (code, naam) in Extern)
        {
            string? url = configuration.Waarde(UrlSetting(code)) ?? (simulator is null ? null : $"{simulator.TrimEnd('/')}/bronnen/{code}/");
            if (url is null)
            {
                continue; // not configured: the view simply does not list it
            }

            var basis = new Uri(url.EndsWith('/') ? url : url + "/");
            var client = services.AddHttpClient(HttpGegevensBron.ClientNaam(code), http => http.BaseAddress = basis);
            client.AddStandardResilienceHandler(o =>
                {
                    // Short limits: the view waits for sources while a person looks at the screen. One quick retry only.
                    o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(2);
                    o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(5);
                    o.Retry.MaxRetryAttempts = 1;
                    o.Retry.Delay = TimeSpan.FromMilliseconds(200);
                });
            client.MetLoketBewijs(basis); // after (inside) the retries: each attempt gets a fresh credential
            services.AddSingleton<IGegevensBron>(sp => new HttpGegevensBron(sp.GetRequiredService<IHttpClientFactory>(), code, naam));
        }

        return services;
    }
}
