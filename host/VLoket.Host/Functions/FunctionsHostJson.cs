using System.Text.Json.Nodes;
using VLoket.Host.Durable;

namespace VLoket.Host.Functions;

/// <summary>The settings the local host takes from the Functions app's host.json, so both runtimes agree.</summary>
public sealed record FunctionsHostJson(string RoutePrefix, string HubName, DurableInstellingen Durable)
{
    public static FunctionsHostJson Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidOperationException($"{path} is empty.");
        string prefix = root["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() ?? "api";
        string hub = root["extensions"]?["durableTask"]?["hubName"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"{path} names no durableTask hubName.");
        return new FunctionsHostJson(prefix.Trim('/'), hub, DurableInstellingen.Lees(root["extensions"]?["durableTask"]));
    }
}
