using DurableTask.AzureStorage;
using DurableTask.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.DurableTask.Worker.Grpc.Internal;

namespace VLoket.Host.Durable;

/// <summary>
/// The Durable Task engine in this process: the gRPC sidecar <see cref="TaskHubGrpcServer"/> over the
/// Azure Storage provider, so the task hub has the same tables and queues that Durable Functions writes.
/// The portable worker and client talk to it over a loopback gRPC channel.
/// </summary>
public sealed class DurableEngine : IAsyncDisposable
{
    readonly WebApplication sidecar;

    readonly ILoggerFactory loggerFactory;
    readonly AzureStorageOrchestrationService service;
    readonly VoorophalendeDienst voorophaler;

    DurableEngine(WebApplication sidecar, ILoggerFactory loggerFactory, AzureStorageOrchestrationService service,
        VoorophalendeDienst voorophaler, GrpcChannel channel, string taskHub, bool dispatching, DurableInstellingen instellingen)
    {
        this.voorophaler = voorophaler;
        Instellingen = instellingen;
        this.sidecar = sidecar;
        this.loggerFactory = loggerFactory;
        this.service = service;
        Channel = channel;
        TaskHub = taskHub;
        IsDispatching = dispatching;
    }

    /// <summary>Channel for <c>UseGrpc(channel)</c> on the worker and the client.</summary>
    public GrpcChannel Channel { get; }

    public string TaskHub { get; }

    /// <summary>False when the task hub could not be created at start-up (storage unreachable): the engine then only answers management calls.</summary>
    public bool IsDispatching { get; }

    /// <summary>The throughput settings the engine runs with (from host.json).</summary>
    public DurableInstellingen Instellingen { get; }

    public static async Task<DurableEngine> StartAsync(
        string storageConnectionString, string taskHub, DurableInstellingen instellingen, IConfiguration configuration,
        CancellationToken cancellationToken)
    {
        // The engine's own logger factory lives as long as the engine: the storage provider logs until it is disposed.
        var loggerFactory = LoggerFactory.Create(l => l
            .AddConfiguration(configuration.GetSection("Logging"))
            .AddSimpleConsole(o => o.SingleLine = true));
        var settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHub,
            StorageAccountClientProvider = new StorageAccountClientProvider(storageConnectionString),
            // As host.json configures production (measured by the 'motor' benchmark, bench/README.md).
            PartitionCount = instellingen.Partities,
            ControlQueueBatchSize = instellingen.ControlQueueBatchSize,
            ControlQueueBufferThreshold = instellingen.ControlQueueBufferThreshold,
            MaxQueuePollingInterval = instellingen.MaxQueuePollingInterval,
            MaxConcurrentTaskActivityWorkItems = instellingen.MaxActiviteiten,
            MaxConcurrentTaskOrchestrationWorkItems = instellingen.MaxOrkestraties,
            ExtendedSessionsEnabled = instellingen.ExtendedSessions,
            ExtendedSessionIdleTimeout = instellingen.ExtendedSessionIdleTimeout,
            ControlQueueVisibilityTimeout = instellingen.Zichtbaarheid,
            WorkItemQueueVisibilityTimeout = instellingen.Zichtbaarheid,
            LoggerFactory = loggerFactory,
            WorkerId = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}",
        };
        var service = new AzureStorageOrchestrationService(settings);
        var log = loggerFactory.CreateLogger<DurableEngine>();

        bool dispatching = true;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            await service.CreateIfNotExistsAsync().WaitAsync(timeout.Token);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Start anyway so /api/health can report the failing storage instead of the process dying.
            dispatching = false;
            log.LogError(e, "Task hub {TaskHub} could not be created; the durable engine will not run orchestrations until the host restarts", taskHub);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0,
            listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var voorophaler = new VoorophalendeDienst(service, instellingen.ActiviteitOphalers);
        builder.Services.AddSingleton<IOrchestrationService>(voorophaler);
        builder.Services.AddSingleton<IOrchestrationServiceClient>(service);
        builder.Services.Configure<TaskHubGrpcServerOptions>(o =>
            o.Mode = dispatching ? TaskHubGrpcServerMode.ApiServerAndDispatcher : TaskHubGrpcServerMode.ApiServerOnly);
        builder.Services.AddSingleton<TaskHubGrpcServer>();
        var app = builder.Build();
        app.MapGrpcService<TaskHubGrpcServer>();
        await app.StartAsync(cancellationToken);

        string address = app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First();
        // Several HTTP/2 connections: one connection caps the worker's concurrent calls (work-item stream, completions,
        // client calls) at the server's 100 streams, which a fan-out of hundreds of activities reaches.
        var channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            HttpHandler = new SocketsHttpHandler
            {
                EnableMultipleHttp2Connections = true,
                PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
            },
        });
        return new DurableEngine(app, loggerFactory, service, voorophaler, channel, taskHub, dispatching, instellingen);
    }

    /// <summary>
    /// The worker's side of the loopback channel: as many work items at once as the engine hands out, and no
    /// silent-disconnect detection. That detection reconnects when no message arrived for two minutes, counting on the
    /// backend's health pings, which this sidecar does not send: every quiet spell (or a long stall under load) logged
    /// "Channel to backend has stopped receiving traffic" and dropped the stream with the work items on it. The server
    /// lives in this process, so there is no half-open connection to detect.
    /// </summary>
    public void ConfigureerKanaal(GrpcDurableTaskWorkerOptions opties)
    {
        opties.Channel = Channel;
        opties.SetSilentDisconnectTimeout(TimeSpan.Zero);
    }

    /// <summary>The worker's concurrency, matched to the engine's.</summary>
    public void ConfigureerGelijktijdigheid(DurableTaskWorkerOptions opties)
    {
        opties.Concurrency.MaximumConcurrentActivityWorkItems = Instellingen.MaxActiviteiten;
        opties.Concurrency.MaximumConcurrentOrchestrationWorkItems = Instellingen.MaxOrkestraties;
    }

    public async ValueTask DisposeAsync()
    {
        // The sidecar stops the provider from an async void callback, which crashes the process when the provider
        // never started (no worker connected, e.g. the app failed to start). So the sidecar only stops serving,
        // and the engine stops the provider itself, where a failure can be handled.
        sidecar.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TaskHubGrpcServerOptions>>().Value.Mode =
            TaskHubGrpcServerMode.ApiServerOnly;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await sidecar.StopAsync(timeout.Token);
        }
        finally
        {
            // Always stop the provider's background loops (lease renewal, queue polling): a provider left running in
            // this process would keep the partition leases from the next engine on the same task hub.
            try
            {
                await voorophaler.DisposeAsync();
                await service.StopAsync(isForced: true);
            }
            catch (NullReferenceException)
            {
                // Never started: nothing to release.
            }

            await sidecar.DisposeAsync();
        }

        Channel.Dispose();
        loggerFactory.Dispose();
    }
}
