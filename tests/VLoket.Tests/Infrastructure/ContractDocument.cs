using System.Text.Json.Nodes;

namespace VLoket.Tests.Infrastructure;

/// <summary>What the tests of the contract documents in <c>docs/contracts</c> share: reading one, resolving references, walking it.</summary>
public static class ContractDocument
{
    public static JsonObject Lees(string bestand) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "contracts", bestand)))!.AsObject();

    /// <summary>The node a local reference (<c>#/components/schemas/X</c>) points at, or null.</summary>
    public static JsonNode? Los(JsonObject document, string verwijzing)
    {
        Assert.StartsWith("#/", verwijzing);
        JsonNode? node = document;
        foreach (string deel in verwijzing[2..].Split('/'))
        {
            node = node?[deel];
        }

        return node;
    }

    /// <summary>Every node of the document, depth first.</summary>
    public static IEnumerable<JsonNode> Alle(JsonNode node)
    {
        yield return node;
        var kinderen = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var n in kinderen.OfType<JsonNode>().SelectMany(Alle))
        {
            yield return n;
        }
    }
}
