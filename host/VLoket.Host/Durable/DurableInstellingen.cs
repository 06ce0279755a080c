using System.Globalization;
using System.Text.Json.Nodes;

namespace VLoket.Host.Durable;

/// <summary>
/// The engine's throughput settings, read from the <c>extensions.durableTask</c> section of the Functions app's host.json
/// with the names and defaults Durable Functions uses there, so the local engine runs as production is configured.
/// The effect of each is measured by the <c>motor</c> benchmark (bench/README.md).
/// </summary>
public sealed record DurableInstellingen
{
    /// <summary><c>storageProvider.partitionCount</c>: control queues, the unit of orchestration parallelism across instances.</summary>
    public int Partities { get; init; } = 4;

    /// <summary><c>storageProvider.controlQueueBatchSize</c>: messages taken from a control queue per read (at most 32).</summary>
    public int ControlQueueBatchSize { get; init; } = 32;

    /// <summary><c>storageProvider.controlQueueBufferThreshold</c>: control messages buffered in memory before reading pauses.</summary>
    public int ControlQueueBufferThreshold { get; init; } = 256;

    /// <summary><c>storageProvider.maxQueuePollingInterval</c>: the longest back-off between reads of an empty queue.</summary>
    public TimeSpan MaxQueuePollingInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary><c>maxConcurrentActivityFunctions</c>.</summary>
    public int MaxActiviteiten { get; init; } = 10 * Environment.ProcessorCount;

    /// <summary><c>maxConcurrentOrchestratorFunctions</c>.</summary>
    public int MaxOrkestraties { get; init; } = 10 * Environment.ProcessorCount;

    /// <summary><c>extendedSessionsEnabled</c>.</summary>
    public bool ExtendedSessions { get; init; }

    /// <summary><c>extendedSessionIdleTimeoutInSeconds</c>.</summary>
    public TimeSpan ExtendedSessionIdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The local engine only (not a host.json setting: the Functions host has its own dispatchers): how many loops fetch
    /// activity work items side by side (<see cref="VoorophalendeDienst"/>). 1 is the sidecar as it comes.
    /// </summary>
    public int ActiviteitOphalers { get; init; } = 4;

    /// <summary>
    /// The local engine only: how long a taken queue message stays invisible before another reader may take it (the
    /// provider's default is 5 minutes). A message taken by a process that then dies reappears after this time, so locally a
    /// restart picks work up quickly; it stays well above the longest activity (agency calls time out at 30 s). 5 minutes
    /// made no difference to the <c>motor</c> benchmark's stalls (bench/README.md).
    /// </summary>
    public TimeSpan Zichtbaarheid { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Reads the section; a setting that is absent keeps the Durable Functions default.</summary>
    public static DurableInstellingen Lees(JsonNode? durableTask)
    {
        var standaard = new DurableInstellingen();
        if (durableTask is null)
        {
            return standaard;
        }

        var opslag = durableTask["storageProvider"];
        return new DurableInstellingen
        {
            Partities = Getal(opslag?["partitionCount"]) ?? standaard.Partities,
            ControlQueueBatchSize = Getal(opslag?["controlQueueBatchSize"]) ?? standaard.ControlQueueBatchSize,
            ControlQueueBufferThreshold = Getal(opslag?["controlQueueBufferThreshold"]) ?? standaard.ControlQueueBufferThreshold,
            MaxQueuePollingInterval = Duur(opslag?["maxQueuePollingInterval"]) ?? standaard.MaxQueuePollingInterval,
            MaxActiviteiten = Getal(durableTask["maxConcurrentActivityFunctions"]) ?? standaard.MaxActiviteiten,
            MaxOrkestraties = Getal(durableTask["maxConcurrentOrchestratorFunctions"]) ?? standaard.MaxOrkestraties,
            ExtendedSessions = durableTask["extendedSessionsEnabled"]?.GetValue<bool>() ?? standaard.ExtendedSessions,
            ExtendedSessionIdleTimeout = Getal(durableTask["extendedSessionIdleTimeoutInSeconds"]) is { } s
                ? TimeSpan.FromSeconds(s) : standaard.ExtendedSessionIdleTimeout,
        };
    }

    static int? Getal(JsonNode? waarde) => waarde?.GetValue<int>();

    // host.json writes durations as "hh:mm:ss" (TimeSpan's constant format), as Durable Functions parses them.
    static TimeSpan? Duur(JsonNode? waarde) =>
        waarde is null ? null : TimeSpan.ParseExact(waarde.GetValue<string>(), "c", CultureInfo.InvariantCulture);
}
