using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VLoket.Functions.Beheer;

/// <summary>
/// Masks national register numbers (INSZ) in workflow inputs and outputs before an operator sees them: operators
/// steer workflows, they have no business reading who applied.
/// </summary>
public static partial class Persoonsgegevens
{
    public const string Masker = "xx.xx.xx-xxx.xx";

    // Eleven digits on their own, or written as yy.mm.dd-xxx.cc. Longer digit runs (IBANs) and digits inside a word
    // (hexadecimal instance ids such as "bf84700415638ad") are left alone: a GUID often holds eleven digits in a row.
    [GeneratedRegex(@"(?<![0-9A-Za-z])([0-9]{11}|[0-9]{2}\.[0-9]{2}\.[0-9]{2}-[0-9]{3}\.[0-9]{2})(?![0-9A-Za-z])")]
    private static partial Regex InszPatroon();

    /// <summary>Serialized JSON with every INSZ masked, as a JSON node; text that is not JSON comes back as a masked string.</summary>
    public static JsonNode? Maskeer(string? geserialiseerd)
    {
        if (string.IsNullOrEmpty(geserialiseerd))
        {
            return null;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(geserialiseerd);
        }
        catch (JsonException)
        {
            return JsonValue.Create(MaskeerTekst(geserialiseerd));
        }

        return Maskeer(node, isInsz: false);
    }

    public static string MaskeerTekst(string tekst) => InszPatroon().Replace(tekst, Masker);

    static JsonNode? Maskeer(JsonNode? node, bool isInsz)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (naam, waarde) in o.ToList())
                {
                    o[naam] = Maskeer(waarde?.DeepClone(), string.Equals(naam, "insz", StringComparison.OrdinalIgnoreCase));
                }

                return o;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    a[i] = Maskeer(a[i]?.DeepClone(), isInsz);
                }

                return a;
            case JsonValue v when isInsz:
                return v.GetValueKind() == JsonValueKind.Null ? null : JsonValue.Create(Masker);
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                return JsonValue.Create(MaskeerTekst(v.GetValue<string>()));
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                return InszPatroon().IsMatch(v.ToJsonString()) ? JsonValue.Create(Masker) : v;
            default:
                return node;
        }
    }
}
