using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using VLoket.Domain;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Http;

/// <summary>
/// The limits on what a client may send, declared once and read by both the request reading (<see cref="JsonBody"/>) and the
/// OpenAPI document: a body's size from the operation's <see cref="VerzoekAttribute.MaxBytes"/>, a text's length and a list's
/// number of items from <see cref="MaxLengthAttribute"/> on the input records. Checked right after the body is parsed, before
/// any domain work, so an oversized request costs no more than reading it.
/// </summary>
public static class Limieten
{
    /// <summary>
    /// The body size of an operation that declares none: room for a 10 MiB document in base64 with its JSON around it,
    /// and well under the servers' own limit (30 MB), which would otherwise answer first and without a problem.
    /// </summary>
    public const int StandaardMaxBytes = 16 * 1024 * 1024;

    /// <summary>A body of one or two short fields (a KBO number, a reason, a product number).</summary>
    public const int KleinVerzoek = 16 * 1024;

    /// <summary>One part of an association, or its basic data: every field at its longest, escaped, fits.</summary>
    public const int OnderdeelVerzoek = 64 * 1024;

    /// <summary>A whole association at registration: every list at its longest.</summary>
    public const int RegistratieVerzoek = 512 * 1024;

    /// <summary>Key in <see cref="HttpContext.Items"/> under which the Functions worker names the function being run.</summary>
    public const string FunctieSleutel = "VLoket.Functie";

    static readonly Lazy<IReadOnlyDictionary<string, int>> MaxBytesPerFunctie = new(() =>
        HttpFunctions.Discover(typeof(Limieten).Assembly)
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => MaxBytes(g.First().Method), StringComparer.Ordinal));

    static readonly ConcurrentDictionary<Type, IReadOnlyList<Eigenschap>> Eigenschappen = new();

    static readonly JsonNamingPolicy Naming = JsonAntwoord.Opties.PropertyNamingPolicy ?? JsonNamingPolicy.CamelCase;

    /// <summary>The largest body <paramref name="method"/> accepts.</summary>
    public static int MaxBytes(MethodInfo method) => OpenApiGenerator.Verzoek(method)?.MaxBytes ?? StandaardMaxBytes;

    /// <summary>
    /// The largest body the function handling <paramref name="context"/> accepts: found by the endpoint's name in the local
    /// host and by the name the worker middleware records in the Functions app.
    /// </summary>
    public static int MaxBytes(HttpContext context)
    {
        string? naam = context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IEndpointNameMetadata>()?.EndpointName
            ?? context.Items[FunctieSleutel] as string;
        return naam is not null && MaxBytesPerFunctie.Value.TryGetValue(naam, out int max) ? max : StandaardMaxBytes;
    }

    /// <summary>The length or item limit declared on <paramref name="property"/>, if any.</summary>
    public static int? MaxLengte(PropertyInfo property) => Limiet(property)?.Length;

    /// <summary>Every text and list in <paramref name="invoer"/> within its declared limit; otherwise a 400 naming each field.</summary>
    public static void Controleer(object invoer)
    {
        var fouten = new FoutVerzamelaar();
        Controleer(invoer, string.Empty, fouten, diepte: 0);
        fouten.GooiAlsFouten();
    }

    static void Controleer(object? waarde, string pad, FoutVerzamelaar fouten, int diepte)
    {
        // Input records nest a few levels at most; the JSON reader already refused deeper documents.
        if (waarde is null || diepte > 16 || waarde is string || waarde.GetType().IsPrimitive || waarde is JsonElement)
        {
            return;
        }

        if (waarde is IDictionary woordenboek)
        {
            foreach (DictionaryEntry e in woordenboek)
            {
                Controleer(e.Value, Pad(pad, Convert.ToString(e.Key, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty), fouten, diepte + 1);
            }

            return;
        }

        if (waarde is IList lijst)
        {
            for (int i = 0; i < lijst.Count; i++)
            {
                Controleer(lijst[i], $"{pad}[{i}]", fouten, diepte + 1);
            }

            return;
        }

        foreach (var e in Eigenschappen.GetOrAdd(waarde.GetType(), Lees))
        {
            object? inhoud = e.Property.GetValue(waarde);
            string veld = Pad(pad, e.Naam);
            switch (inhoud)
            {
                case string tekst when e.Max is { } max && tekst.Length > max:
                    fouten.Voeg(veld, $"Deze tekst is te lang: maximaal {max} tekens, nu {tekst.Length}.");
                    break;
                case ICollection items when e.Max is { } max && items.Count > max:
                    fouten.Voeg(veld, $"Te veel items: maximaal {max}, nu {items.Count}.");
                    break;
                default:
                    Controleer(inhoud, veld, fouten, diepte + 1);
                    break;
            }
        }
    }

    static string Pad(string pad, string naam) => pad.Length == 0 ? naam : pad + "." + naam;

    static MaxLengthAttribute? Limiet(PropertyInfo property) =>
        property.GetCustomAttribute<MaxLengthAttribute>()
        // A positional record's attribute may sit on its constructor parameter instead of the property.
        ?? property.DeclaringType?.GetConstructors().SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name && p.ParameterType == property.PropertyType)?.GetCustomAttribute<MaxLengthAttribute>();

    static IReadOnlyList<Eigenschap> Lees(Type type) =>
        type.Namespace?.StartsWith("VLoket", StringComparison.Ordinal) != true
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
                .Select(p => new Eigenschap(p, p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? Naming.ConvertName(p.Name), Limiet(p)?.Length))
                .ToList();

    sealed record Eigenschap(PropertyInfo Property, string Naam, int? Max);
}

/// <summary>A request body over its operation's limit. Answers 413; nothing of it was read further.</summary>
public sealed class VerzoekTeGrootFout(int maxBytes) : Exception($"De aanvraag is groter dan {maxBytes} bytes.")
{
    /// <summary>The operation's limit.</summary>
    public int MaxBytes { get; } = maxBytes;
}
