using System.Text.Json.Nodes;
using VLoket.Host;
using VLoket.Host.Durable;
using VLoket.Host.Functions;

namespace VLoket.Tests.Foundation;

/// <summary>The local engine takes its throughput settings from the Functions app's host.json, as production does.</summary>
public sealed class DurableInstellingenTests
{
    [Fact]
    public void De_instellingen_van_host_json_worden_gelezen_met_de_namen_van_Durable_Functions()
    {
        var lees = DurableInstellingen.Lees(JsonNode.Parse("""
            {
              "maxConcurrentActivityFunctions": 7, "maxConcurrentOrchestratorFunctions": 9,
              "extendedSessionsEnabled": true, "extendedSessionIdleTimeoutInSeconds": 12,
              "storageProvider": { "partitionCount": 3, "controlQueueBatchSize": 16, "controlQueueBufferThreshold": 40,
                                   "maxQueuePollingInterval": "00:00:02.5" }
            }
            """));

        Assert.Equal(new DurableInstellingen
        {
            MaxActiviteiten = 7, MaxOrkestraties = 9, ExtendedSessions = true, ExtendedSessionIdleTimeout = TimeSpan.FromSeconds(12),
            Partities = 3, ControlQueueBatchSize = 16, ControlQueueBufferThreshold = 40, MaxQueuePollingInterval = TimeSpan.FromSeconds(2.5),
        }, lees);
    }

    [Fact]
    public void Een_ontbrekende_instelling_houdt_de_standaard_van_Durable_Functions()
    {
        var lees = DurableInstellingen.Lees(JsonNode.Parse("""{ "hubName": "X" }"""));

        Assert.Equal(4, lees.Partities);
        Assert.Equal(TimeSpan.FromSeconds(30), lees.MaxQueuePollingInterval);
        Assert.Equal(10 * Environment.ProcessorCount, lees.MaxActiviteiten);
        Assert.False(lees.ExtendedSessions);
    }

    [Fact]
    public void De_host_json_van_de_app_stelt_de_motor_in()
    {
        var hostJson = FunctionsHostJson.Load(Path.Combine(ProjectRoot.Find(), "functions", "VLoket.Functions", "host.json"));

        // The values bench/README.md (motor) measured; the local host runs with exactly these.
        Assert.Equal(4, hostJson.Durable.Partities);
        Assert.True(hostJson.Durable.MaxQueuePollingInterval <= TimeSpan.FromSeconds(1));
        Assert.False(hostJson.Durable.ExtendedSessions);
    }
}
