using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using VLoket.Agencies.Simulator;
using VLoket.Functions;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Health;
using VLoket.Host.Aanmelden;
using VLoket.Host.Demo;
using VLoket.Host.Durable;
using VLoket.Host.Functions;
using VLoket.Host.Storage;
using VLoket.Orchestrations;

namespace VLoket.Host;

/// <summary>
/// The local runtime: the Functions app's HTTP functions, orchestrators and activities in one ASP.NET Core process,
/// on the storage the configuration names, with the real Durable Task engine in-process.
/// </summary>
public sealed class VLoketHost : IAsyncDisposable
{
    /// <summary>Overrides the task hub name from host.json (tests give each test class its own).</summary>
    public const string TaskHubSetting = "VLoket:TaskHub";

    /// <summary>When true: start the simulated agencies and data sources, and load the demo personas' data.</summary>
    public const string DemoSetting = "VLoket:Demo";

    readonly WebApplication app;
    readonly DurableEngine engine;
    readonly AzuriteProcess? azurite;
    readonly SimulatorHost? simulator;
    Meldingen.Smtp4devProcess? smtp4dev;

    VLoketHost(WebApplication app, DurableEngine engine, AzuriteProcess? azurite, SimulatorHost? simulator, OntwikkelAanbieder? aanbieder, Uri baseAddress)
    {
        this.app = app;
        this.engine = engine;
        this.azurite = azurite;
        this.simulator = simulator;
        Aanbieder = aanbieder;
        BaseAddress = baseAddress;
    }

    /// <summary>The local OpenID provider (Development without a configured authority), or null.</summary>
    public OntwikkelAanbieder? Aanbieder { get; }

    /// <summary>Where the host listens, e.g. <c>http://127.0.0.1:7071/</c>.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public string TaskHub => engine.TaskHub;

    /// <summary>Builds and starts the host. <paramref name="configure"/> lets tests add configuration on top of args and environment.</summary>
    public static async Task<VLoketHost> StartAsync(
        string[] args, IDictionary<string, string?>? settings = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var config = builder.Configuration;
        string root = ProjectRoot.Find(config["VLoket:ProjectRoot"]);
        builder.Environment.WebRootPath = Path.Combine(root, "web");
        builder.Environment.WebRootFileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(builder.Environment.WebRootPath);
        if (string.IsNullOrEmpty(config["urls"]) && string.IsNullOrEmpty(config["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls("http://127.0.0.1:7071");
        }

        using var bootLogs = LoggerFactory.Create(l => l.AddConfiguration(config.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true));
        var log = bootLogs.CreateLogger<VLoketHost>();

        string storage = config.Waarde(VLoketServiceCollectionExtensions.StorageSetting) ?? "UseDevelopmentStorage=true";
        config[VLoketServiceCollectionExtensions.StorageSetting] = storage;
        AzuriteProcess? azurite = null;
        DurableEngine? engine = null;
        SimulatorHost? simulator = null;
        OntwikkelAanbieder? aanbieder = null;
        Meldingen.Smtp4devProcess? smtp4dev = null;
        WebApplication? app = null;
        try
        {
            if (MetOntwikkelAanbieder(config, builder.Environment))
            {
                aanbieder = await OntwikkelAanbieder.StartAsync(config, builder.Environment.WebRootPath, cancellationToken);
                config[$"{AanmeldOpties.Sectie}:Authority"] = aanbieder.Adres.ToString();
                config[$"{AanmeldOpties.Sectie}:WebClientId"] = OntwikkelAanbieder.WebClientId;
                if (string.IsNullOrEmpty(config[$"{AanmeldOpties.Sectie}:Publiek"]))
                {
                    config[$"{AanmeldOpties.Sectie}:Publiek"] = OntwikkelStandaarden.Publiek;
                }

                config[$"{AanmeldOpties.Sectie}:Scope"] = "openid profile email roles offline_access";
                log.LogInformation("Lokale OpenID-aanbieder (enkel ontwikkeling) op {Url}", aanbieder.Adres);
            }

            if (IsDevelopmentStorage(storage) && !await AzuriteProcess.IsListeningAsync(10000))
            {
                string location = Path.Combine(root, ".azurite");
                log.LogInformation("Azurite antwoordt niet op 127.0.0.1:10000; ik start het zelf met data in {Location}", location);
                azurite = await AzuriteProcess.StartAsync(root, location, 10000, 10001, 10002, inMemory: false, cancellationToken);
            }

            var hostJson = FunctionsHostJson.Load(Path.Combine(AppContext.BaseDirectory, "functions.host.json"));
            string taskHub = config.Waarde(TaskHubSetting) ?? hostJson.HubName;
            engine = await DurableEngine.StartAsync(storage, taskHub, hostJson.Durable, config, cancellationToken);

            bool demo = config.GetValue<bool>(DemoSetting);
            if (demo)
            {
                simulator = await SimulatorHost.StartAsync([]);
                log.LogInformation("Gesimuleerde instanties en gegevensbronnen op {Url}", simulator.BaseAddress);
                if (string.IsNullOrEmpty(config[VLoketServiceCollectionExtensions.KboUrlSetting]))
                {
                    config[VLoketServiceCollectionExtensions.KboUrlSetting] = simulator.KboUrl.ToString();
                }

                if (string.IsNullOrEmpty(config[InstantieOpties.SimulatorUrlSetting]))
                {
                    config[InstantieOpties.SimulatorUrlSetting] = simulator.BaseAddress.ToString();
                }

                // The demo's agencies without a case system handle their applications in the behandelloket (configuration, as anywhere).
                foreach (string ovoCode in InstantieOpties.DemoBehandelloket)
                {
                    string sleutel = $"{InstantieOpties.Sectie}:{ovoCode}:Behandeling";
                    if (string.IsNullOrEmpty(config[sleutel]))
                    {
                        config[sleutel] = VLoket.Domain.Instanties.Behandelingen.Loket;
                    }
                }

                smtp4dev = await StartSmtp4devAsync(config, root, log, cancellationToken);
            }

            builder.Services.AddVLoket(config);
            builder.Services.AddHostedService<Delen.UitgaandeWijzigingenVeger>();
            builder.Services.AddHostedService<Meldingen.MailUitboxVeger>();
            builder.Services.AddHostedService<Meldingen.DienstvensterPlanner>();
            builder.Services.AddHostedService<Meldingen.MailBundelVeger>();
            builder.Services.AddHostedService<Beheer.WorkflowOpruimer>();
            builder.Services.AddHostedService<Dossiers.DossierOpruimer>();
            builder.Services.AddHostedService<Dossiers.DossierHersteller>();
            builder.Services.AddMvcCore();
            builder.Services.AddDurableTaskWorker(b =>
            {
                b.UseGrpc(engine.ConfigureerKanaal);
                b.Configure(engine.ConfigureerGelijktijdigheid);
                b.AddTasks(r =>
                {
                    foreach (var type in DurableTaskTypes.Orchestrators)
                    {
                        r.AddOrchestrator(type);
                    }

                    foreach (var type in DurableTaskTypes.Activities)
                    {
                        r.AddActivity(type);
                    }
                });
            });
            builder.Services.AddDurableTaskClient(b =>
            {
                b.UseGrpc(engine.Channel);
                b.RegisterDirectly();
            });

            // Long enough to stop cleanly, short enough that Ctrl-C or SIGTERM ends the host within ten seconds, also when
            // storage is gone and the durable worker cannot say goodbye to it.
            builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(4));
            app = builder.Build();
            if (demo)
            {
                app.Services.GetRequiredService<Gereedheid>().Begin("demo", "de demogegevens worden nog geladen");
            }

            app.UseDefaultFiles();
            app.UseStaticFiles(WebKoppen.Opties(WebKoppen.Lees(builder.Environment.WebRootPath, builder.Environment.IsDevelopment(), aanbieder?.Adres)));
            app.UseVLoketPipeline();
            app.MapHttpFunctions(typeof(VLoketServiceCollectionExtensions).Assembly, hostJson.RoutePrefix);
            await app.StartAsync(cancellationToken);

            string address = app.Services.GetRequiredService<IServer>().Features
                .Get<IServerAddressesFeature>()!.Addresses.First();
            var baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
            if (aanbieder is not null)
            {
                await aanbieder.RegistreerWebAsync(baseAddress, opwarmen: demo, cancellationToken);
            }

            // Mails link to this host when no public address is set (Development: StartControle requires one elsewhere).
            app.Services.GetRequiredService<VLoket.Domain.Meldingen.MailInstellingen>().LoketUrl ??= baseAddress;
            if (demo)
            {
                // The simulated agencies and sources verify the loket's credential and hand-offs with its published keys.
                simulator!.LoketJwksUrl = new Uri(baseAddress, $"{hostJson.RoutePrefix}/.well-known/jwks.json");
                await DemoGegevens.LaadAsync(app.Services, app.Logger, cancellationToken, simulator);
                app.Services.GetRequiredService<Gereedheid>().Klaar("demo");
            }

            app.Logger.LogInformation("VLoket luistert op {Url} (task hub {TaskHub})", baseAddress, taskHub);
            return new VLoketHost(app, engine, azurite, simulator, aanbieder, baseAddress) { smtp4dev = smtp4dev };
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (simulator is not null)
            {
                await simulator.DisposeAsync();
            }

            if (aanbieder is not null)
            {
                await aanbieder.DisposeAsync();
            }

            if (smtp4dev is not null)
            {
                await smtp4dev.DisposeAsync();
            }

            if (engine is not null)
            {
                await engine.DisposeAsync();
            }

            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Runs until the process is asked to stop (Ctrl-C, SIGTERM).</summary>
    public Task WaitForShutdownAsync() => app.WaitForShutdownAsync();

    /// <summary>
    /// The local OpenID provider runs in Development unless an authority is configured (tests with a stand-in provider,
    /// or ACM's test environment) or <see cref="OntwikkelAanbieder.AanSetting"/> is false; asked for anywhere else, the
    /// host refuses to start.
    /// </summary>
    static bool MetOntwikkelAanbieder(IConfiguration config, IHostEnvironment omgeving)
    {
        bool? gevraagd = config.GetValue<bool?>(OntwikkelAanbieder.AanSetting);
        if (!omgeving.IsDevelopment())
        {
            return gevraagd == true
                ? throw new InvalidOperationException($"{OntwikkelAanbieder.AanSetting} is true in the '{omgeving.EnvironmentName}' environment; the local OpenID provider only runs in Development.")
                : false;
        }

        return gevraagd ?? string.IsNullOrEmpty(config[$"{AanmeldOpties.Sectie}:Authority"]);
    }

    /// <summary>
    /// Demo mode: starts smtp4dev on the development SMTP port when no mail server is configured and nothing listens
    /// there, and prints where to read the mails. A mail server that already listens is used as it is.
    /// </summary>
    static async Task<Meldingen.Smtp4devProcess?> StartSmtp4devAsync(ConfigurationManager config, string root, ILogger log, CancellationToken ct)
    {
        int poort = config.GetValue<int?>(VLoket.Functions.Meldingen.MeldingOpties.SmtpPoortSetting) ?? VLoket.Functions.Meldingen.MeldingOpties.OntwikkelSmtpPoort;
        if (config.Waarde(VLoket.Functions.Meldingen.MeldingOpties.SmtpHostSetting) is not null || await AzuriteProcess.IsListeningAsync(poort))
        {
            return null;
        }

        int web = config.GetValue<int?>(Smtp4devWebPoortSetting) ?? 5080;
        try
        {
            var smtp4dev = await Meldingen.Smtp4devProcess.StartAsync(root, poort, web, ct);
            log.LogInformation("smtp4dev ontvangt de mails van de demo op SMTP-poort {Poort}; lees ze op {Url}", poort, smtp4dev.WebAddress);
            return smtp4dev;
        }
        catch (InvalidOperationException e)
        {
            // The demo works without mail; the outbox keeps the mails until a mail server answers.
            log.LogWarning("smtp4dev kon niet starten, de demo verstuurt voorlopig geen mails: {Fout}", e.Message);
            return null;
        }
    }

    /// <summary>The port of smtp4dev's web interface in demo mode (default 5080).</summary>
    public const string Smtp4devWebPoortSetting = "VLoket:Demo:Smtp4devWebPoort";

    static bool IsDevelopmentStorage(string connectionString) =>
        connectionString.Replace(" ", string.Empty).Contains("UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Stops the worker before the engine, and the engine before the storage it runs on.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await app.StopAsync();
        }
        finally
        {
            await app.DisposeAsync();
            // The engine stops its storage provider, which can wait long on storage that is gone: at most a few seconds.
            await Task.WhenAny(engine.DisposeAsync().AsTask(), Task.Delay(TimeSpan.FromSeconds(4)));
            if (simulator is not null)
            {
                await simulator.DisposeAsync();
            }

            if (Aanbieder is not null)
            {
                await Aanbieder.DisposeAsync();
            }

            if (smtp4dev is not null)
            {
                await smtp4dev.DisposeAsync();
            }

            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }
        }
    }
}
