using System.Text.Json.Nodes;
using DurableTask.AzureStorage;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VLoket.Host.Durable;

namespace VLoket.Bench;

/// <summary>
/// The bare Durable Task engine as the host runs it (<see cref="DurableEngine"/>, Azure Storage provider on Azurite, gRPC
/// worker), once per settings profile, all on the same Azurite: fan-out, sequential activities, external events and many
/// small orchestrations, measured in rounds that alternate the profiles, so each profile's effect is a same-run ratio.
/// Options: [rondes=3] [profiel …]. A profile is <c>hostjson</c> (functions/VLoket.Functions/host.json) or <c>oud</c>
/// (the local engine before issue 18), optionally followed by host.json settings that replace its own, comma-separated:
/// <c>hostjson,partitionCount=1</c>, <c>hostjson,kanaal=oud</c> (the worker's channel as before), <c>hostjson,ophalers=1</c>
/// (activity fetch loops of the local engine, <see cref="VLoket.Host.Durable.VoorophalendeDienst"/>; 1 as the sidecar comes).
/// </summary>
public static class MotorBenchmark
{
    static readonly string[] OpslagSleutels = ["partitionCount", "controlQueueBatchSize", "controlQueueBufferThreshold", "maxQueuePollingInterval"];

    public static async Task RunAsync(string[] args)
    {
        int rondes = args.Length > 0 ? int.Parse(args[0]) : 3;
        string[] profielen = args.Length > 1 ? args[1..] : ["oud", "hostjson"];
        var omvang = new MotorWerklast.Omvang(FanOut: 500, Reeks: 100, Orkestraties: 20, EventsPerOrkestratie: 5, Klein: 200, Gelijktijdig: 16);
        var opwarming = new MotorWerklast.Omvang(50, 10, 4, 2, 20, 16);

        await using var omgeving = await BenchOmgeving.StartAsync();
        var motoren = new List<Motor>();
        try
        {
            foreach (string profiel in profielen)
            {
                var motor = await Motor.StartAsync(profiel, omgeving.ConnectionString);
                motoren.Add(motor);
                Console.WriteLine($"{profiel}: {motor.Beschrijving}");
                await MotorWerklast.MeetAsync(motor.Client, opwarming);
            }

            var metingen = motoren.ToDictionary(m => m, _ => new List<MotorWerklast.Meting>());
            for (int ronde = 0; ronde < rondes; ronde++)
            {
                // Each round starts with another profile, so none always runs first (or last) on a warming machine.
                foreach (var motor in motoren.Skip(ronde % motoren.Count).Concat(motoren.Take(ronde % motoren.Count)))
                {
                    var meting = await MotorWerklast.MeetAsync(motor.Client, omvang);
                    metingen[motor].Add(meting);
                    Console.WriteLine($"  ronde {ronde + 1} {motor.Profiel}: {Tekst(meting)}");
                }
            }

            Console.WriteLine($"motor: {omvang.FanOut} activiteiten fan-out, {omvang.Reeks} na elkaar, " +
                              $"{omvang.Orkestraties * omvang.EventsPerOrkestratie} events over {omvang.Orkestraties} orkestraties, " +
                              $"{omvang.Klein} kleine orkestraties; mediaan van {rondes} rondes (laagste–hoogste), verhouding tot {motoren[0].Profiel}");
            var basis = Mediaan(metingen[motoren[0]]);
            foreach (var motor in motoren)
            {
                var m = Mediaan(metingen[motor]);
                var r = metingen[motor];
                Console.WriteLine($"{motor.Profiel}: fan-out {m.FanOutPerSeconde:F0} act/s ({r.Min(x => x.FanOutPerSeconde):F0}–{r.Max(x => x.FanOutPerSeconde):F0}) ×{m.FanOutPerSeconde / basis.FanOutPerSeconde:F2}; " +
                                  $"reeks {m.ReeksPerSeconde:F1} act/s ({r.Min(x => x.ReeksPerSeconde):F1}–{r.Max(x => x.ReeksPerSeconde):F1}) ×{m.ReeksPerSeconde / basis.ReeksPerSeconde:F2}; " +
                                  $"events {m.EventsPerSeconde:F0}/s ({r.Min(x => x.EventsPerSeconde):F0}–{r.Max(x => x.EventsPerSeconde):F0}) ×{m.EventsPerSeconde / basis.EventsPerSeconde:F2}; " +
                                  $"klein {m.KleinPerSeconde:F1} orch/s ({r.Min(x => x.KleinPerSeconde):F1}–{r.Max(x => x.KleinPerSeconde):F1}) ×{m.KleinPerSeconde / basis.KleinPerSeconde:F2}; " +
                                  $"'stopped receiving traffic': {motor.Teller.KanaalWaarschuwingen}, andere waarschuwingen {motor.Teller.Waarschuwingen}");
            }
        }
        finally
        {
            foreach (var motor in motoren)
            {
                await motor.DisposeAsync();
            }
        }
    }

    static string Tekst(MotorWerklast.Meting m) =>
        $"fan-out {m.FanOutPerSeconde:F0} act/s, reeks {m.ReeksPerSeconde:F1} act/s, events {m.EventsPerSeconde:F0}/s, klein {m.KleinPerSeconde:F1} orch/s";

    static MotorWerklast.Meting Mediaan(List<MotorWerklast.Meting> r)
    {
        static double M(IEnumerable<double> x) => BenchOmgeving.Percentielen(x.ToList()).Mediaan;
        return new(M(r.Select(x => x.FanOutPerSeconde)), M(r.Select(x => x.ReeksPerSeconde)), M(r.Select(x => x.EventsPerSeconde)), M(r.Select(x => x.KleinPerSeconde)));
    }

    /// <summary>The settings of a profile, from host.json or as the local engine had them before, with overrides.</summary>
    static (DurableInstellingen Instellingen, bool OudKanaal) Instellingen(string profiel)
    {
        string[] delen = profiel.Split(',');
        var durableTask = (JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.host.json")))!
            ["extensions"]!["durableTask"]!.DeepClone()).AsObject();
        bool oudKanaal = false;
        int? ophalers = null;
        TimeSpan? zichtbaarheid = null;
        if (delen[0] == "oud")
        {
            // What DurableEngine set before issue 18; the rest were the provider's and the worker's defaults.
            var standaard = new AzureStorageOrchestrationServiceSettings();
            durableTask = new JsonObject
            {
                ["maxConcurrentActivityFunctions"] = standaard.MaxConcurrentTaskActivityWorkItems,
                ["maxConcurrentOrchestratorFunctions"] = standaard.MaxConcurrentTaskOrchestrationWorkItems,
                ["storageProvider"] = new JsonObject
                {
                    ["partitionCount"] = 1, ["maxQueuePollingInterval"] = "00:00:00.5000000",
                    ["controlQueueBatchSize"] = standaard.ControlQueueBatchSize, ["controlQueueBufferThreshold"] = standaard.ControlQueueBufferThreshold,
                },
            };
            oudKanaal = true;
            ophalers = 1;
        }
        else if (delen[0] != "hostjson")
        {
            throw new ArgumentException($"Onbekend profiel {delen[0]}: kies hostjson of oud.");
        }

        foreach (string deel in delen.Skip(1))
        {
            var (sleutel, waarde) = (deel.Split('=')[0], deel.Split('=')[1]);
            if (sleutel == "kanaal")
            {
                oudKanaal = waarde == "oud";
                continue;
            }

            if (sleutel == "zichtbaarheid")
            {
                zichtbaarheid = TimeSpan.FromSeconds(int.Parse(waarde));
                continue;
            }

            if (sleutel == "ophalers")
            {
                ophalers = int.Parse(waarde);
                continue;
            }

            var doel = OpslagSleutels.Contains(sleutel) ? durableTask["storageProvider"]!.AsObject() : durableTask;
            doel[sleutel] = bool.TryParse(waarde, out bool b) ? JsonValue.Create(b)
                : int.TryParse(waarde, out int i) ? JsonValue.Create(i) : JsonValue.Create(waarde);
        }

        var instellingen = DurableInstellingen.Lees(durableTask);
        instellingen = ophalers is { } n ? instellingen with { ActiviteitOphalers = n } : instellingen;
        return (zichtbaarheid is { } z ? instellingen with { Zichtbaarheid = z } : instellingen, oudKanaal);
    }

    sealed class Motor : IAsyncDisposable
    {
        DurableEngine engine = null!;
        IHost host = null!;
        GrpcChannel? oudKanaal;

        public string Profiel { get; private init; } = "";

        public string Beschrijving { get; private set; } = "";

        public WaarschuwingTeller Teller { get; } = new();

        public DurableTaskClient Client => host.Services.GetRequiredService<DurableTaskClient>();

        public static async Task<Motor> StartAsync(string profiel, string opslag)
        {
            var (instellingen, oud) = Instellingen(profiel);
            var motor = new Motor { Profiel = profiel };
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:DurableTask.AzureStorage"] = "Error",
                ["Logging:LogLevel:DurableTask.Core"] = "Error",
            }).Build();
            motor.engine = await DurableEngine.StartAsync(opslag, "motor" + Guid.NewGuid().ToString("N")[..8], instellingen, config, CancellationToken.None);
            motor.oudKanaal = oud ? GrpcChannel.ForAddress("http://" + motor.engine.Channel.Target) : null;
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
            builder.Logging.ClearProviders();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddProvider(motor.Teller);
            builder.Services.AddDurableTaskWorker(b =>
            {
                if (motor.oudKanaal is { } kanaal)
                {
                    b.UseGrpc(kanaal);
                }
                else
                {
                    b.UseGrpc(motor.engine.ConfigureerKanaal);
                    b.Configure(motor.engine.ConfigureerGelijktijdigheid);
                }

                b.AddTasks(MotorWerklast.Registreer);
            });
            builder.Services.AddDurableTaskClient(b => b.UseGrpc(motor.oudKanaal ?? motor.engine.Channel));
            motor.host = builder.Build();
            await motor.host.StartAsync();
            motor.Beschrijving = $"{instellingen} kanaal {(oud ? "oud (één HTTP/2-verbinding, stille-verbrekingsdetectie)" : "nieuw")}";
            return motor;
        }

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
            await engine.DisposeAsync();
            oudKanaal?.Dispose();
        }
    }

    /// <summary>Counts the worker's warnings, and among them the channel's reconnects.</summary>
    sealed class WaarschuwingTeller : ILoggerProvider, ILogger
    {
        int waarschuwingen;
        int kanaal;

        public int Waarschuwingen => waarschuwingen;

        public int KanaalWaarschuwingen => kanaal;

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            if (formatter(state, exception).Contains("stopped receiving traffic", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref kanaal);
            }
            else
            {
                Interlocked.Increment(ref waarschuwingen);
            }
        }

        public void Dispose()
        {
        }
    }
}
