using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VLoket.Domain.Delen;
using VLoket.Functions.Delen;
using Microsoft.Extensions.Options;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Bronnen.Kbo;
using VLoket.Domain.Verenigingen.Mandaten;
using VLoket.Domain.Verenigingen.Uitnodigingen;
using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Import;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Duplicaten;
using VLoket.Domain.Privacy;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Registratie;
using Microsoft.Extensions.Hosting;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Functions.Dossiers;
using VLoket.Domain.Instanties;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Instanties;
using VLoket.Functions.Bronnen;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Health;
using VLoket.Functions.Telemetrie;
using VLoket.Functions.Sleutels;
using VLoket.Functions.Verenigingen;

namespace VLoket.Functions;

/// <summary>Registers what the Functions app and the local host share.</summary>
public static class VLoketServiceCollectionExtensions
{
    /// <summary>The setting that names the storage account, as the Functions host reads it too (a connection string; see <see cref="OpslagVerbinding"/> for identity).</summary>
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>Prefix for the app's table names (letters and digits), to keep instances apart in one account; empty in production.</summary>
    public const string TabelVoorvoegselSetting = "VLoket:Opslag:TabelVoorvoegsel";

    /// <summary>Base URL of the KBO data source (the simulator's <c>/kbo/</c> in the demo and tests).</summary>
    public const string KboUrlSetting = "VLoket:Bronnen:Kbo:Url";

    /// <summary>Score (0..1) from which two names in the same municipality count as possible duplicates.</summary>
    public const string DuplicaatDrempelSetting = "VLoket:Duplicaten:Drempel";

    /// <summary>How many vCodes an instance reserves at once (default 100); a stopped instance leaves the rest unused.</summary>
    public const string VCodeBlokSetting = "VLoket:VCodes:BlokGrootte";

    /// <summary>Seconds an instance's duplicate index may lag behind other instances' writes (default 2).</summary>
    public const string DuplicaatVerversingSetting = "VLoket:Duplicaten:VerversingSeconden";

    /// <summary>Names an instance keeps in its duplicate indexes over all municipalities (default 400,000).</summary>
    public const string DuplicaatMaxNamenSetting = "VLoket:Duplicaten:MaxNamen";

    /// <summary>Registers every VLoket service both runtimes need. Runtime-specific parts (durable client, HTTP pipeline) stay with each runtime.</summary>
    public static IServiceCollection AddVLoket(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(OpslagVerbinding.Bouw(configuration));
        services.AddSingleton(sp => new Tabellen(sp.GetRequiredService<StorageClients>(), configuration[TabelVoorvoegselSetting] ?? string.Empty));
        services.AddSingleton<HealthService>();
        services.AddSingleton<Gereedheid>();
        services.AddSingleton<Beheer.WorkflowOpruiming>();
        services.AddVLoketTracing(configuration);

        AddAanmelden(services, configuration);
        AddVerenigingen(services, configuration);
        AddDiensten(services);
        AddAanvragen(services, configuration);
        services.AddBronnen(configuration);
        AddDelen(services, configuration);
        AddMeldingen(services, configuration);
        return services;
    }

    static void AddAanmelden(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AanmeldOpties>().Bind(configuration.GetSection(AanmeldOpties.Sectie)).ValidateOnStart();
        services.AddOptions<GeheimenOpties>().Bind(configuration.GetSection(GeheimenOpties.Sectie)).ValidateOnStart();
        services.AddSingleton<OptiesControle>();
        services.AddSingleton<IPostConfigureOptions<AanmeldOpties>>(sp => sp.GetRequiredService<OptiesControle>());
        services.AddSingleton<IValidateOptions<AanmeldOpties>>(sp => sp.GetRequiredService<OptiesControle>());
        services.AddSingleton<IPostConfigureOptions<GeheimenOpties>>(sp => sp.GetRequiredService<OptiesControle>());
        services.AddSingleton<IValidateOptions<GeheimenOpties>>(sp => sp.GetRequiredService<OptiesControle>());
        services.AddSingleton<TokenDienst>();
        services.AddSingleton<BearerAanmelding>();
    }

    static void AddAanvragen(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => InstantieOpties.Bouw(configuration, sp.GetRequiredService<IHostEnvironment>()));
        services.AddHostedService<StartControle>();
        services.AddSingleton<DossierRepository>();
        services.AddSingleton<VerzoekOpslag>();
        services.AddSingleton<MeldingOpslag>();
        services.AddSingleton(sp => new DocumentOpslag(sp.GetRequiredService<StorageClients>(), configuration[TabelVoorvoegselSetting] ?? string.Empty));
        services.AddSingleton(sp => new BijlageOpslag(sp.GetRequiredService<StorageClients>(), configuration[TabelVoorvoegselSetting] ?? string.Empty));
        services.AddSingleton(sp => BijlageLinks.Van(sp.GetRequiredService<IOptions<GeheimenOpties>>().Value.BevestigingsSleutel!, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(DossierOpties.Instellingen(configuration));
        services.AddSingleton(DossierOpties.Lees(configuration));
        services.AddSingleton<DossierDienst>();
        services.AddSingleton<DossierWorkflowFabriek>();
        services.AddSingleton<VLoket.Functions.Sleutels.LoketSleutel>();
        services.AddSingleton<LoketBewijs>();
        services.AddSingleton<VLoket.Functions.Doorverwijzingen.Overdracht>();

        // Agencies get one attempt per call with a time limit: the workflow's retry policy decides about retries.
        // Each request carries the loket's credential for the agency it goes to (InstantieVerkeer names it).
        services.AddHttpClient<InstantieHttpConnector>(http => http.Timeout = TimeSpan.FromSeconds(30)).MetLoketBewijs();
        services.AddTransient<IInstantieConnector, InstantieConnectorKeuze>();

        // The behandelloket: the built-in agency behind the same contract, and its case workers' use cases.
        services.AddSingleton<VLoket.Domain.Behandeling.Opslag.BehandelzaakOpslag>();
        services.AddSingleton<VLoket.Domain.Behandeling.BehandelloketConnector>();
        services.AddSingleton<VLoket.Domain.Behandeling.BehandelDienst>();
        services.AddSingleton<VLoket.Domain.Behandeling.IBesluitDocument, VLoket.Functions.Behandeling.BesluitPdf>();
        services.AddHttpClient<ReservatieHttpConnector>(http => http.Timeout = TimeSpan.FromSeconds(30)).MetLoketBewijs();
        services.AddTransient<IReservatieConnector, ReservatieConnectorKeuze>();
        services.AddSingleton<VLoket.Domain.Behandeling.Voorraad.VoorraadOpslag>();
        services.AddSingleton<VLoket.Domain.Behandeling.Voorraad.VoorraadConnector>();
        services.AddSingleton<VLoket.Domain.Behandeling.Voorraad.VoorraadDienst>();
        services.AddSingleton<VLoket.Functions.Behandeling.BehandelFunctions.Aanmelding>();
    }

    static void AddMeldingen(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Meldingen.MeldingOpties.Instellingen(configuration));
        // The unsubscribe links are signed with the loket's own confirmation key, under a label of their own.
        services.AddSingleton(sp => new VLoket.Domain.Meldingen.AfmeldToken(sp.GetRequiredService<IOptions<GeheimenOpties>>().Value.BevestigingsSleutel!));
        services.AddSingleton<VLoket.Domain.Meldingen.MailUitbox>();
        services.AddSingleton<VLoket.Domain.Meldingen.MailRegister>();
        services.AddSingleton<VLoket.Domain.Meldingen.VastgelopenMails>();
        services.AddSingleton<VLoket.Domain.Meldingen.MailVoorkeuren>();
        services.AddSingleton<VLoket.Domain.Meldingen.MailBundels>();
        services.AddSingleton<VLoket.Domain.Meldingen.IMailVerzender, Meldingen.SmtpMailVerzender>();
        services.AddSingleton<VLoket.Domain.Meldingen.MailBezorger>();
        services.AddSingleton<VLoket.Domain.Meldingen.MailBundelaar>();
        services.AddSingleton<Meldingen.MailVerwerker>();
        services.AddSingleton<VLoket.Domain.Meldingen.VensterKandidaten>();
        services.AddSingleton<VLoket.Domain.Meldingen.DienstvensterVeger>();
    }

    static void AddDelen(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => DelenOpties.Rechtsgronden(configuration, sp.GetRequiredService<IHostEnvironment>()));
        services.AddSingleton(DelenOpties.Instellingen(configuration));
        // The data sources register the real standing relations (recognitions, bank confirmations); until then: none.
        services.AddSingleton<IVasteRelaties, BronRelaties>();
        services.AddSingleton<UitgaandeWijzigingOpslag>();
        services.AddSingleton<GegevensdelingRepository>();
        services.AddSingleton<DelingStarter>();
        services.AddHttpClient<GegevensHttpConnector>(http => http.Timeout = TimeSpan.FromSeconds(30)).MetLoketBewijs();
        services.AddTransient<IGegevensConnector, GegevensConnectorKeuze>();
    }

    static void AddVerenigingen(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => new InszSleutel(sp.GetRequiredService<IOptions<GeheimenOpties>>().Value.InszSleutel!));
        services.AddSingleton(sp => new BevestigingsToken(sp.GetRequiredService<IOptions<GeheimenOpties>>().Value.BevestigingsSleutel!));
        services.AddSingleton<VerenigingRepository>();
        services.AddSingleton(sp => new VCodeTeller(sp.GetRequiredService<Tabellen>(),
            configuration.GetValue<int?>(VCodeBlokSetting) ?? VCodeTeller.StandaardBlokGrootte));
        services.AddSingleton<VertegenwoordigerIndex>();
        services.AddSingleton<UitnodigingIndex>();
        services.AddSingleton<UitnodigingDienst>();
        services.AddSingleton<KboIndex>();
        services.AddSingleton<GemeenteIndex>();
        services.AddSingleton<GebiedsindexAanvulling>();
        services.AddSingleton<NieuweVerenigingOpslag>();
        double drempel = configuration.GetValue<double?>(DuplicaatDrempelSetting) ?? DuplicaatDetector.StandaardDrempel;
        services.AddSingleton(new DuplicaatDetector(drempel));
        services.AddSingleton(new KandidatenCacheOpties(
            TimeSpan.FromSeconds(configuration.GetValue<double?>(DuplicaatVerversingSetting) ?? KandidatenCacheOpties.Standaard.Verversing.TotalSeconds),
            configuration.GetValue<int?>(DuplicaatMaxNamenSetting) ?? KandidatenCacheOpties.Standaard.MaxNamen));
        services.AddSingleton<KandidatenCache>();
        services.AddSingleton<DuplicaatControle>();
        services.AddSingleton<MandaatDienst>();
        services.AddSingleton<RegistratieDienst>();
        services.AddSingleton<VerenigingDienst>();
        services.AddSingleton<Onderdelen>();

        string kbo = configuration.Waarde(KboUrlSetting) ?? "http://127.0.0.1:7081/kbo/";
        var kboBasis = new Uri(kbo.EndsWith('/') ? kbo : kbo + "/");
        var kboClient = services.AddHttpClient<IKboBron, KboHttpBron>(http => http.BaseAddress = kboBasis);
        kboClient.AddStandardResilienceHandler(o =>
            {
                // A person waits for KBO (registration, the gegevens view): give up within ten seconds, not the default thirty.
                o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(3);
                o.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(10);
                o.Retry.MaxRetryAttempts = 2;
                o.Retry.Delay = TimeSpan.FromMilliseconds(300);
            });
        kboClient.MetLoketBewijs(kboBasis); // inside the retries: each attempt gets a fresh credential
    }

    static void AddDiensten(IServiceCollection services)
    {
        services.AddSingleton<DienstRepository>();
        services.AddSingleton<DienstCatalogus>();
        services.AddSingleton<DienstImport>();
        services.AddSingleton<AanbodDienst>();
    }
}
