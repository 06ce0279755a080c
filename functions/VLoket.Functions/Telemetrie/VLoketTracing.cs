using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using VLoket.Orchestrations.Telemetrie;
using VLoket.Functions.Configuratie;

namespace VLoket.Functions.Telemetrie;

/// <summary>
/// OpenTelemetry tracing, registered once for both runtimes (the Functions app and the local host): incoming HTTP
/// (ASP.NET Core), outgoing HTTP to agencies and data sources (HttpClient), the Durable Task SDK's spans and the app's
/// own workflow spans (<see cref="VLoketSporen"/>). Export goes to Azure Monitor when a connection string is configured,
/// to the console only when asked for, and nowhere otherwise (spans are still created, so logs carry trace ids).
/// </summary>
public static class VLoketTracing
{
    /// <summary>Application Insights connection string; the name the Azure tooling sets.</summary>
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>Set to true to print spans on the console (local debugging); off by default so test output stays readable.</summary>
    public const string ConsoleSetting = "VLoket:Tracing:Console";

    /// <summary>The Durable Task SDK's ActivitySource (client and worker).</summary>
    public const string DurableTaskBron = "Microsoft.DurableTask";

    public static IServiceCollection AddVLoketTracing(this IServiceCollection services, IConfiguration configuration)
    {
        string? azureMonitor = configuration.Waarde(AzureMonitorSetting);
        bool console = configuration.GetValue<bool>(ConsoleSetting);

        // Every log record gets the current trace and span id, so logs correlate with traces in any log sink.
        services.Configure<LoggerFactoryOptions>(o =>
            o.ActivityTrackingOptions |= ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);

        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("VLoket"))
            .WithTracing(t =>
            {
                t.AddSource(VLoketSporen.Naam, DurableTaskBron)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (azureMonitor is not null)
                {
                    t.AddAzureMonitorTraceExporter(o => o.ConnectionString = azureMonitor);
                }

                if (console)
                {
                    t.AddConsoleExporter();
                }
            });

        // Logs go to Azure Monitor as well when it is configured: there they sit under the request's operation id.
        if (azureMonitor is not null)
        {
            otel.WithLogging(l => l.AddAzureMonitorLogExporter(o => o.ConnectionString = azureMonitor));
        }

        return services;
    }
}
