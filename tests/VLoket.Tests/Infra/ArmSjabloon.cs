using System.Text.Json.Nodes;

namespace VLoket.Tests.Infra;

/// <summary>One resource of the compiled template, with the (nested) template it sits in.</summary>
public sealed record ArmResource(string Type, JsonObject Body, JsonObject Sjabloon)
{
    public JsonObject? Properties => Body["properties"] as JsonObject;
}

/// <summary>
/// infra/main.bicep compiled once (<c>bicep build --stdout</c>) for every test that inspects it; modules become nested
/// <c>Microsoft.Resources/deployments</c> whose templates are walked as well.
/// </summary>
public sealed class ArmSjabloon : IAsyncLifetime
{
    public BicepResultaat Build { get; private set; } = null!;

    public JsonObject Hoofd { get; private set; } = null!;

    /// <summary>The main template and every nested module template.</summary>
    public IReadOnlyList<JsonObject> Sjablonen { get; private set; } = [];

    public IReadOnlyList<ArmResource> Resources { get; private set; } = [];

    // Built once per test run, shared by every class that inspects it.
    static readonly Lazy<Task<BicepResultaat>> Gedeeld = new(() => BicepCli.RunAsync(["build", "main.bicep", "--stdout"]));

    public async Task InitializeAsync()
    {
        Build = await Gedeeld.Value;
        if (Build.ExitCode != 0)
        {
            return; // BicepTests reports the failure; the inspections then fail on an empty template.
        }

        Hoofd = JsonNode.Parse(Build.Stdout)!.AsObject();
        var sjablonen = new List<JsonObject>();
        var resources = new List<ArmResource>();
        Loop(Hoofd, sjablonen, resources);
        Sjablonen = sjablonen;
        Resources = resources;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Resources of one type (case-insensitive, as ARM treats types).</summary>
    public IReadOnlyList<ArmResource> VanType(string type) =>
        Resources.Where(r => string.Equals(r.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>The single resource of a type; fails when there is none or more than one.</summary>
    public ArmResource Enige(string type)
    {
        var lijst = VanType(type);
        Assert.True(lijst.Count == 1, $"Expected exactly one {type}, found {lijst.Count}.");
        return lijst[0];
    }

    static void Loop(JsonObject sjabloon, List<JsonObject> sjablonen, List<ArmResource> resources)
    {
        sjablonen.Add(sjabloon);
        // languageVersion 2.0 templates keep resources in an object keyed by symbolic name, older ones in an array.
        IEnumerable<JsonNode?> lijst = sjabloon["resources"] switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var resource in lijst.OfType<JsonObject>())
        {
            string type = resource["type"]!.GetValue<string>();
            resources.Add(new ArmResource(type, resource, sjabloon));
            if (type.Equals("Microsoft.Resources/deployments", StringComparison.OrdinalIgnoreCase)
                && resource["properties"]?["template"] is JsonObject genest)
            {
                Loop(genest, sjablonen, resources);
            }
        }
    }
}
