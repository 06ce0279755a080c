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
}
