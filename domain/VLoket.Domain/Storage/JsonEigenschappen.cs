using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace VLoket.Domain.Storage;

/// <summary>
/// Stores a JSON document in table entity properties. A string property holds at most 64 KiB, so larger documents
/// are split over <c>Data0</c>, <c>Data1</c>, … (an entity holds up to 1 MiB).
/// </summary>
public static class JsonEigenschappen
{
    const int DeelGrootte = 30_000; // characters; UTF-16 keeps this under the 64 KiB property limit
    const string Voorvoegsel = "Data";

    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web);

    public static void Schrijf<T>(TableEntity entity, T document) => SchrijfJson(entity, JsonSerializer.Serialize(document, Opties));

    /// <summary>Stores a document already serialised with <see cref="Opties"/> (when the caller needs the JSON too).</summary>
    public static void SchrijfJson(TableEntity entity, string json)
    {
        int delen = Math.Max(1, (json.Length + DeelGrootte - 1) / DeelGrootte);
        for (int i = 0; i < delen; i++)
        {
            entity[Voorvoegsel + i] = json.Substring(i * DeelGrootte, Math.Min(DeelGrootte, json.Length - (i * DeelGrootte)));
        }

        entity["Delen"] = delen;
    }

    public static T Lees<T>(TableEntity entity)
    {
        int delen = entity.GetInt32("Delen") ?? 1;
        var json = new StringBuilder();
        for (int i = 0; i < delen; i++)
        {
            json.Append(entity.GetString(Voorvoegsel + i));
        }

        return JsonSerializer.Deserialize<T>(json.ToString(), Opties)
            ?? throw new InvalidOperationException($"Entity {entity.PartitionKey}/{entity.RowKey} holds no document.");
    }
}
