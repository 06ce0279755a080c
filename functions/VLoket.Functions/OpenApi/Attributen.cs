namespace VLoket.Functions.OpenApi;

/// <summary>The JSON body an HTTP function reads; documents the operation's request body.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class VerzoekAttribute(Type type) : Attribute
{
    /// <summary>The C# type the body is deserialised into.</summary>
    public Type Type { get; } = type;

    /// <summary>Media type of the body.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Whether a body must be sent.</summary>
    public bool Verplicht { get; init; } = true;

    /// <summary>
    /// The largest body accepted, in bytes; a larger one is refused with 413 before it is read further. Shown in the
    /// OpenAPI document as <c>x-max-bytes</c>.
    /// </summary>
    public int MaxBytes { get; init; } = VLoket.Functions.Http.Limieten.StandaardMaxBytes;
}

/// <summary>
/// Marks a POST, PUT or PATCH function that reads no body: the route itself names the action (restart, confirm).
/// Without it, such a function must have a <see cref="VerzoekAttribute"/>; the contract test holds every function to that.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ZonderVerzoekAttribute : Attribute;

/// <summary>
/// One status code an HTTP function answers with. A function with no <see cref="AntwoordAttribute"/> counts as undocumented.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class AntwoordAttribute(int status, Type? type = null) : Attribute
{
    /// <summary>HTTP status code.</summary>
    public int Status { get; } = status;

    /// <summary>The C# type of the body, or null when the answer has no (described) body.</summary>
    public Type? Type { get; } = type;

    /// <summary>Media type; problems default to application/problem+json.</summary>
    public string? ContentType { get; init; }

    /// <summary>What this answer means, in Dutch; a default per status code is used when empty.</summary>
    public string? Beschrijving { get; init; }
}

/// <summary>
/// The problem+json answers (RFC 9457) an HTTP function gives, one attribute for the whole set:
/// <c>[Problemen(400, 401, 404, 409)]</c> documents as four <see cref="AntwoordAttribute"/>s with <see cref="VLoket.Functions.Http.Probleem"/>
/// bodies would. The generator expands it (<see cref="OpenApiGenerator.Antwoorden"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ProblemenAttribute(params int[] statussen) : Attribute
{
    /// <summary>The 4xx/5xx status codes answered with a problem.</summary>
    public IReadOnlyList<int> Statussen { get; } = statussen;
}

/// <summary>
/// A write on an association guarded by its version: reads the <c>If-Match</c> header and answers the problems every such
/// write shares: 400 (invalid input or a rule), 401, 404 (no such association or part), 412 (stale version) and 428 (no
/// If-Match). One attribute so that the association's write routes cannot drift apart in what they promise.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class VersieWijzigingAttribute : Attribute
{
    /// <summary>The problems a versioned write answers with.</summary>
    public static readonly IReadOnlyList<int> Statussen = [400, 401, 404, 412, 428];

    /// <summary>The header it reads, as documented.</summary>
    public static readonly HeaderParameterAttribute IfMatch = new("If-Match", "ETag van de vereniging zoals laatst gelezen.");
}

/// <summary>A query-string parameter an HTTP function reads.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class QueryParameterAttribute(string name, string beschrijving) : Attribute
{
    /// <summary>Parameter name as it appears in the query string.</summary>
    public string Name { get; } = name;

    /// <summary>Meaning and allowed values, e.g. "lopend|afgesloten".</summary>
    public string Beschrijving { get; } = beschrijving;

    /// <summary>Whether the parameter must be present.</summary>
    public bool Verplicht { get; init; }
}

/// <summary>Marks an HTTP function that needs no bearer token (public search, callbacks, health, development helpers).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class OpenbaarAttribute : Attribute;

/// <summary>A request header an HTTP function reads (If-Match, VL-Bevestigingstoken...).</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class HeaderParameterAttribute(string name, string beschrijving) : Attribute
{
    /// <summary>Header name.</summary>
    public string Name { get; } = name;

    /// <summary>Meaning of the header.</summary>
    public string Beschrijving { get; } = beschrijving;

    /// <summary>The longest value the operation accepts (0: no limit of its own); longer gets 400.</summary>
    public int MaxLength { get; init; }

    /// <summary>The pattern a value must match (null: any); another value gets 400.</summary>
    public string? Pattern { get; init; }
}

/// <summary>
/// Marks an HTTP function that is no operation of the API and stays out of the OpenAPI document: the answer for
/// addresses no operation serves (<see cref="VLoket.Functions.Http.OnbekendAdresFunction"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BuitenDocumentAttribute : Attribute;
