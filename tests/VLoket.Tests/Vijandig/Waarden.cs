using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace VLoket.Tests.Vijandig;

/// <summary>
/// Generators of hostile values, as raw JSON text so that what a serialiser would refuse to write (a lone surrogate, a
/// nesting thousands deep, a number past double) can still be sent. Built from CsCheck generators, so a failing case shrinks.
/// </summary>
public static class Waarden
{
    static string Json(string tekst) => JsonSerializer.Serialize(tekst);

    /// <summary>Hostile texts that are valid JSON strings (Unicode and injection-like).</summary>
    public static readonly string[] VijandigeTeksten =
    [
        "\"\"", "\"   \"", "\"\\u0000\"", "\"naam\\u0000na\"", "\"abc\\u202Eexe.pdf\"", "\"\\ud800\"", "\"x\\udc00y\"", "\"\\udbff\\udfff\"",
        "\"\\u200B\\uFEFF\"", "\"e\\u0301\\u0301\\u0301\"", "\"\\uD83D\\uDE00\"", "\"\\t\\r\\n\"",
        Json("' OR '1'='1"), Json("Robert'); DROP TABLE Verenigingen;--"), Json("<script>alert(1)</script>"), Json("\"><img src=x onerror=alert(1)>"),
        Json("../../../../etc/passwd"), Json("..\\..\\windows\\win.ini"), Json("${jndi:ldap://x.invalid/a}"), Json("{{7*7}}"),
        Json("PartitionKey eq 'x' or true"), Json("%00%2F%2e%2e"), Json("V0001001"), Json("BE68 5390 0754 7034"), Json("-1"),
        Json("9999999999999999999999999"), Json("2001-02-30"), Json("0001-01-01"), Json("NaN"), Json("true"),
    ];

    /// <summary>Values of the wrong type or shape.</summary>
    public static readonly string[] VerkeerdeTypes =
    [
        "null", "0", "-1", "1.5", "1e309", "-1e309", "99999999999999999999999999999", "true", "false", "[]", "{}", "[null]", "[\"\"]",
        "{\"\":null}", "[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
    ];

    /// <summary>Nesting deeper than any reader should follow.</summary>
    public static string Diep(int diepte, bool lijst) => lijst
        ? new string('[', diepte) + new string(']', diepte)
        : string.Concat(Enumerable.Repeat("{\"a\":", diepte)) + "1" + new string('}', diepte);

    // Past the declared limit, past a table property (64 KiB) and past an entity (1 MiB); huge bodies are LimietTests' part.
    static Gen<string> LangeTekst(int? max, int diepte) =>
        (diepte == 0 ? Gen.OneOf(Gen.Const(max ?? 500), Gen.Const((max ?? 500) + 1), Gen.Const(40_000), Gen.Const(600_000))
            : Gen.OneOf(Gen.Const(max ?? 500), Gen.Const((max ?? 500) + 1), Gen.Const(40_000)))
        .Select(n => "\"" + new string('é', n) + "\"");

    static Gen<string> GewoneTekst => Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789 @.-"], 1, 20].Select(Json);

    /// <summary>A hostile or ordinary value for <paramref name="schema"/> (raw JSON).</summary>
    public static Gen<string> Waarde(JsonNode schema, int diepte)
    {
        string type = Operaties.Type(schema);
        var vijandig = Gen.Frequency(
            (4, Gen.OneOf(VijandigeTeksten)),
            (3, Gen.OneOf(VerkeerdeTypes)),
            (2, LangeTekst(schema["maxLength"]?.GetValue<int>(), diepte)),
            (1, Gen.OneOf(Gen.Const(Diep(100, true)), Gen.Const(Diep(5_000, true)), Gen.Const(Diep(70, false)))));
        var gewoon = diepte > 4 ? Gen.Const("null") : type switch
        {
            "object" => Object(schema, diepte + 1),
            "array" => Lijst(schema, diepte + 1),
            "integer" => Gen.OneOf(Gen.Const("1"), Gen.Const("18"), Gen.Const("0"), Gen.Const("2147483648")),
            "number" => Gen.OneOf(Gen.Const("1.5"), Gen.Const("0")),
            "boolean" => Gen.OneOf(Gen.Const("true"), Gen.Const("false")),
            _ when schema["enum"] is JsonArray waarden => Gen.OneOf(waarden.Select(w => w!.ToJsonString()).ToArray()),
            _ => GewoneTekst,
        };
        return Gen.Frequency((3, gewoon), (2, vijandig));
    }

    static Gen<string> Lijst(JsonNode schema, int diepte)
    {
        var item = schema["items"] is { } items ? Waarde(items, diepte) : GewoneTekst;
        int? max = schema["maxItems"]?.GetValue<int>();
        // Long lists repeat one item, and only near the top, so a body stays within a few megabytes.
        var aantal = diepte <= 2 ? Gen.OneOf(Gen.Int[0, 3], Gen.Const(max ?? 60), Gen.Const((max ?? 60) + 1), Gen.Const(3_000)) : Gen.Int[0, 2];
        return aantal.SelectMany(n => n > 10
            ? item.Where(i => i.Length < 1_000).Select(i => "[" + string.Join(',', Enumerable.Repeat(i, n)) + "]")
            : item.Array[n, n].Select(a => "[" + string.Join(',', a) + "]"));
    }

    /// <summary>An object for <paramref name="schema"/>: each field ordinary, hostile or missing, sometimes an unknown one more.</summary>
    public static Gen<string> Object(JsonNode schema, int diepte)
    {
        var velden = (schema["properties"] as JsonObject)?.Select(p => (Naam: p.Key, Schema: p.Value!)).ToList() ?? [];
        if (schema["additionalProperties"] is JsonObject waarde)
        {
            velden.Add(("sleutel", waarde));
            velden.Add(("\\u0000\\ud800", waarde));
        }

        var perVeld = velden.Select(v => Gen.Frequency((1, Gen.Const((string?)null)), (4, Waarde(v.Schema, diepte).Select(w => (string?)$"\"{v.Naam}\":{w}")))).ToArray();
        var extra = Gen.Frequency((4, Gen.Const((string?)null)), (1, Gen.OneOf(VijandigeTeksten).Select(w => (string?)$"\"onbekendVeld\":{w}")),
            (1, Gen.Const<string?>("\"__proto__\":{\"isAdmin\":true}")), (1, Gen.Const<string?>("\"naam\":\"dubbel\",\"naam\":\"veld\"")));
        if (perVeld.Length == 0)
        {
            return extra.Select(e => "{" + e + "}");
        }

        return Gen.Select(Alle(perVeld), extra, (delen, e) => "{" + string.Join(',', delen.Append(e).Where(d => d is not null)) + "}");
    }

    static Gen<string?[]> Alle(Gen<string?>[] gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<string?>()), (acc, g) => Gen.Select(acc, g, (a, x) => a.Append(x).ToArray()));

    /// <summary>Bodies that are not a JSON object at all.</summary>
    public static readonly byte[][] RauweBodies =
    [
        [], Encoding.UTF8.GetBytes("{"), Encoding.UTF8.GetBytes("null"), Encoding.UTF8.GetBytes("[]"), Encoding.UTF8.GetBytes("\"x\""),
        Encoding.UTF8.GetBytes("<xml/>"), Encoding.UTF8.GetBytes("naam=club&x=1"), [0xEF, 0xBB, 0xBF, (byte)'{', (byte)'}'],
        [0xC3, 0x28, 0xFF, 0xFE], [(byte)'{', (byte)'"', (byte)'a', 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}'],
        Encoding.UTF8.GetBytes(Diep(10_000, false)), Encoding.Unicode.GetBytes("{\"naam\":\"club\"}"),
    ];
}
