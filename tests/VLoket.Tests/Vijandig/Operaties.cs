using System.Text.Json.Nodes;

namespace VLoket.Tests.Vijandig;

/// <summary>A parameter of an operation as the OpenAPI document declares it.</summary>
public sealed record Parameter(string Naam, string Plaats);

/// <summary>One operation of <c>/api/openapi.json</c>: what the adversarial suite varies.</summary>
public sealed record Operatie(string Methode, string Pad, IReadOnlyList<Parameter> Parameters, JsonNode? BodySchema, bool Openbaar)
{
    public override string ToString() => $"{Methode} {Pad}";
}

/// <summary>Reads the operations, parameters and request body schemas (with $refs resolved) from the OpenAPI document.</summary>
public static class Operaties
{
    public static IReadOnlyList<Operatie> Lees(JsonNode document)
    {
        var operaties = new List<Operatie>();
        foreach (var (pad, item) in document["paths"]!.AsObject())
        {
            foreach (var (methode, operatie) in item!.AsObject())
            {
                var parameters = operatie!["parameters"]?.AsArray()
                    .Select(p => new Parameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>())).ToList() ?? [];
                var schema = operatie["requestBody"]?["content"]?.AsObject().FirstOrDefault().Value?["schema"];
                bool openbaar = operatie["security"] is JsonArray { Count: 0 };
                operaties.Add(new Operatie(methode.ToUpperInvariant(), pad, parameters, schema is null ? null : Los(document, schema, 0), openbaar));
            }
        }

        return operaties.OrderBy(o => o.Pad, StringComparer.Ordinal).ThenBy(o => o.Methode, StringComparer.Ordinal).ToList();
    }

    // Inlines $refs (to a fixed depth: input records do not recurse), so the generator sees plain schemas.
    static JsonNode Los(JsonNode document, JsonNode schema, int diepte)
    {
        if (schema["$ref"]?.GetValue<string>() is { } referentie && diepte < 8)
        {
            string naam = referentie.Split('/').Last();
            return Los(document, document["components"]!["schemas"]![naam]!, diepte + 1);
        }

        var kopie = schema.DeepClone().AsObject();
        if (kopie["properties"] is JsonObject eigenschappen)
        {
            foreach (var naam in eigenschappen.Select(e => e.Key).ToList())
            {
                eigenschappen[naam] = Los(document, eigenschappen[naam]!, diepte + 1);
            }
        }

        if (kopie["items"] is { } items)
        {
            kopie["items"] = Los(document, items, diepte + 1);
        }

        if (kopie["additionalProperties"] is JsonObject extra)
        {
            kopie["additionalProperties"] = Los(document, extra, diepte + 1);
        }

        return kopie;
    }

    /// <summary>The schema's type, without "null".</summary>
    public static string Type(JsonNode schema) => schema["type"] switch
    {
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
        JsonValue type => type.GetValue<string>(),
        _ => schema["properties"] is not null ? "object" : "any",
    };
}
