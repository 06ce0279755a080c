using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using VLoket.Functions.Http;

namespace VLoket.Functions.OpenApi;

/// <summary>The generated document and the HTTP functions that lack the attributes to describe them.</summary>
public sealed record OpenApiResultaat(OpenApiDocument Document, IReadOnlyList<HttpFunction> Ongedocumenteerd);

/// <summary>
/// Builds the OpenAPI document of the loket's HTTP API from the functions' own attributes, so the document cannot
/// drift from the route table: routes and methods from <c>[HttpTrigger]</c>, bodies and status codes from
/// <see cref="VerzoekAttribute"/>, <see cref="AntwoordAttribute"/>, <see cref="ProblemenAttribute"/> and
/// <see cref="VersieWijzigingAttribute"/>, schemas from the C# types.
/// </summary>
public static partial class OpenApiGenerator
{
    /// <summary>Name of the bearer security scheme.</summary>
    public const string BearerSchema = "bearer";

    // The policy the API's own answers use, so schema names match the wire.
    static readonly JsonNamingPolicy Naming = JsonAntwoord.Opties.PropertyNamingPolicy ?? JsonNamingPolicy.CamelCase;

    /// <summary>Describes <paramref name="functions"/>, served under <paramref name="routePrefix"/>.</summary>
    public static OpenApiResultaat Genereer(IEnumerable<HttpFunction> functions, string routePrefix)
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "VLoket",
                Version = "1",
                Description = "De HTTP API van het verenigingsloket. Fouten volgen RFC 9457 (application/problem+json).",
            },
            // The paths carry the route prefix, so the API is at the root of the host that serves this document.
            Servers = [new OpenApiServer { Url = "/", Description = "De host die dit document serveert." }],
            Paths = new OpenApiPaths(),
            Components = new OpenApiComponents
            {
                Schemas = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
                SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    [BearerSchema] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        BearerFormat = "JWT",
                        Description = "ID-token van de aanmelding (of, in ontwikkeling, van /api/dev/token).",
                    },
                },
            },
            Tags = new HashSet<OpenApiTag>(),
        };
        var schemas = new SchemaBouwer(document);
        var ongedocumenteerd = new List<HttpFunction>();
        string prefix = string.IsNullOrEmpty(routePrefix) ? string.Empty : "/" + routePrefix.Trim('/');

        // What is no operation (the answer for unknown addresses) is no part of the contract.
        foreach (var function in functions.Where(f => f.Method.GetCustomAttribute<BuitenDocumentAttribute>() is null))
        {
            var antwoorden = Antwoorden(function.Method);
            if (antwoorden.Count == 0)
            {
                ongedocumenteerd.Add(function);
            }

            // Route constraints ({id:int}) and optional markers ({x?}) are not part of an OpenAPI path template.
            string path = prefix + "/" + RouteParameters.Template().Replace(function.Route, m => "{" + m.Groups["naam"].Value + "}");
            if (!document.Paths.TryGetValue(path, out var item))
            {
                item = new OpenApiPathItem();
                document.Paths[path] = item;
            }

            string tag = Tag(function);
            if (!document.Tags.Any(t => t.Name == tag))
            {
                document.Tags.Add(new OpenApiTag { Name = tag });
            }

            foreach (string method in function.Methods)
            {
                var operation = Operatie(function, antwoorden, schemas, document, tag, method);
                ((OpenApiPathItem)item).AddOperation(new HttpMethod(method), operation);
            }
        }

        return new OpenApiResultaat(document, ongedocumenteerd);
    }

    /// <summary>
    /// Every answer <paramref name="method"/> declares: its own <see cref="AntwoordAttribute"/>s and those that
    /// <see cref="ProblemenAttribute"/> and <see cref="VersieWijzigingAttribute"/> stand for, ordered by status.
    /// </summary>
    /// <exception cref="InvalidOperationException">A status is declared twice, so one declaration would silently win.</exception>
    public static IReadOnlyList<AntwoordAttribute> Antwoorden(MethodInfo method)
    {
        var problemen = (method.GetCustomAttribute<ProblemenAttribute>()?.Statussen ?? [])
            .Concat(IsVersieWijziging(method) ? VersieWijzigingAttribute.Statussen : [])
            // Every body is read by JsonBody, which refuses one over the operation's limit.
            .Concat(Verzoek(method) is null ? [] : [413]);
        var antwoorden = method.GetCustomAttributes<AntwoordAttribute>()
            .Concat(Samengesteld(method)?.Antwoorden ?? [])
            .Concat(problemen.Select(status => new AntwoordAttribute(status, typeof(Probleem))))
            .OrderBy(a => a.Status)
            .ToList();
        if (antwoorden.GroupBy(a => a.Status).FirstOrDefault(g => g.Count() > 1) is { } dubbel)
        {
            throw new InvalidOperationException($"{method.DeclaringType?.Name}.{method.Name} declares answer {dubbel.Key} more than once.");
        }

        return antwoorden;
    }

    /// <summary>Every request header <paramref name="method"/> reads, including the If-Match of a <see cref="VersieWijzigingAttribute"/>.</summary>
    public static IReadOnlyList<HeaderParameterAttribute> Headers(MethodInfo method) =>
        method.GetCustomAttributes<HeaderParameterAttribute>()
            .Concat(IsVersieWijziging(method) ? [VersieWijzigingAttribute.IfMatch] : [])
            .ToList();

    /// <summary>The body <paramref name="method"/> reads: its own <see cref="VerzoekAttribute"/> or the one a <see cref="ISamengesteldeBeschrijving"/> stands for.</summary>
    public static VerzoekAttribute? Verzoek(MethodInfo method) =>
        method.GetCustomAttribute<VerzoekAttribute>() ?? Samengesteld(method)?.Verzoek;

    static bool IsVersieWijziging(MethodInfo method) =>
        method.GetCustomAttribute<VersieWijzigingAttribute>() is not null || Samengesteld(method)?.VersieWijziging == true;

    static ISamengesteldeBeschrijving? Samengesteld(MethodInfo method) =>
        method.GetCustomAttributes().OfType<ISamengesteldeBeschrijving>().SingleOrDefault();

    /// <summary>The function's folder (Verenigingen, Diensten...) groups its operations.</summary>
    static string Tag(HttpFunction function) =>
        Samengesteld(function.Method)?.Tag ?? function.Method.DeclaringType?.Namespace?.Split('.').Last() ?? "Overige";

    static OpenApiOperation Operatie(
        HttpFunction function, IReadOnlyList<AntwoordAttribute> antwoorden, SchemaBouwer schemas, OpenApiDocument document, string tag, string method)
    {
        var operation = new OpenApiOperation
        {
            // Several methods on one function need distinct ids; a single method keeps the function's own name.
            OperationId = function.Methods.Count == 1 ? function.Name : function.Name + "_" + method.ToLowerInvariant(),
            Summary = function.Name,
            Tags = new HashSet<OpenApiTagReference> { new(tag, document) },
            Parameters = [],
            Responses = [],
        };

        foreach (string naam in RouteParameters.Namen(function.Route))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = naam,
                In = ParameterLocation.Path,
                Required = true,
                Description = RouteParameters.Patroon(naam) is null ? null : "Een waarde met een andere vorm krijgt 404, zonder dat er iets gelezen wordt.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = RouteParameters.Patroon(naam) },
            });
        }

        foreach (var q in function.Method.GetCustomAttributes<QueryParameterAttribute>())
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = q.Name,
                In = ParameterLocation.Query,
                Required = q.Verplicht,
                Description = q.Beschrijving,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        foreach (var h in Headers(function.Method))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = h.Name,
                In = ParameterLocation.Header,
                Description = h.Beschrijving,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = h.MaxLength > 0 ? h.MaxLength : null, Pattern = h.Pattern },
            });
        }

        if (Verzoek(function.Method) is { } verzoek)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = verzoek.Verplicht,
                Description = $"Hoogstens {verzoek.MaxBytes} bytes; een grotere aanvraag krijgt 413.",
                Extensions = new Dictionary<string, IOpenApiExtension> { ["x-max-bytes"] = new JsonNodeExtension(verzoek.MaxBytes) },
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [verzoek.ContentType] = new OpenApiMediaType { Schema = schemas.Schema(verzoek.Type) },
                },
            };
        }

        foreach (var antwoord in antwoorden)
        {
            var response = new OpenApiResponse { Description = antwoord.Beschrijving ?? StandaardBeschrijving(antwoord.Status) };
            if (antwoord.Type is { } type)
            {
                string contentType = antwoord.ContentType
                    ?? (type == typeof(Probleem) ? "application/problem+json" : "application/json");
                response.Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [contentType] = new OpenApiMediaType { Schema = schemas.Schema(type) },
                };
            }

            operation.Responses[antwoord.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = response;
        }

        if (antwoorden.Count == 0)
        {
            // An undocumented function still shows its route, so the gap is visible in the document itself.
            operation.Responses["default"] = new OpenApiResponse { Description = "Niet gedocumenteerd." };
            operation.Extensions = new Dictionary<string, IOpenApiExtension> { ["x-ongedocumenteerd"] = new JsonNodeExtension(true) };
        }

        operation.Security = function.Method.GetCustomAttribute<OpenbaarAttribute>() is not null
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerSchema, document)] = [] }];
        return operation;
    }

    static string StandaardBeschrijving(int status) => status switch
    {
        200 => "OK.",
        201 => "Aangemaakt.",
        202 => "Aanvaard; de verwerking loopt verder.",
        204 => "Gelukt, zonder inhoud.",
        302 => "Doorverwijzing.",
        400 => "Ongeldige invoer of een regel laat dit niet toe.",
        401 => "Niet aangemeld.",
        403 => "Geen toegang.",
        404 => "Niet gevonden.",
        409 => "Conflict.",
        412 => "De versie (If-Match) is niet meer de huidige.",
        413 => "De aanvraag is te groot.",
        428 => "If-Match ontbreekt.",
        500 => "Interne fout.",
        503 => "Een bron is niet beschikbaar.",
        _ => "Antwoord " + status.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".",
    };

    /// <summary>Turns C# types into JSON schemas as System.Text.Json's web defaults serialise them.</summary>
    sealed class SchemaBouwer(OpenApiDocument document)
    {
        readonly NullabilityInfoContext nullability = new();

        public IOpenApiSchema Schema(Type type)
        {
            if (Nullable.GetUnderlyingType(type) is { } onder)
            {
                return MetNull(Schema(onder));
            }

            if (Inline(type) is { } inline)
            {
                return inline;
            }

            if (WoordenboekWaarde(type) is { } waarde)
            {
                return new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalProperties = Schema(waarde) };
            }

            if (ElementType(type) is { } element)
            {
                return new OpenApiSchema { Type = JsonSchemaType.Array, Items = Schema(element) };
            }

            return Referentie(type);
        }

        static IOpenApiSchema MetNull(IOpenApiSchema schema) => schema is OpenApiSchema { Type: { } t } s
            ? new OpenApiSchema { Type = t | JsonSchemaType.Null, Format = s.Format, Enum = s.Enum, Items = s.Items, AdditionalProperties = s.AdditionalProperties }
            : new OpenApiSchema { OneOf = [schema, new OpenApiSchema { Type = JsonSchemaType.Null }] };

        static OpenApiSchema? Inline(Type type)
        {
            if (type == typeof(string) || type == typeof(char)) return new() { Type = JsonSchemaType.String };
            if (type == typeof(bool)) return new() { Type = JsonSchemaType.Boolean };
            if (type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ushort))
                return new() { Type = JsonSchemaType.Integer, Format = "int32" };
            if (type == typeof(long) || type == typeof(ulong)) return new() { Type = JsonSchemaType.Integer, Format = "int64" };
            if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return new() { Type = JsonSchemaType.Number };
            if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return new() { Type = JsonSchemaType.String, Format = "date-time" };
            if (type == typeof(DateOnly)) return new() { Type = JsonSchemaType.String, Format = "date" };
            if (type == typeof(TimeOnly) || type == typeof(TimeSpan)) return new() { Type = JsonSchemaType.String, Format = "time" };
            if (type == typeof(Guid)) return new() { Type = JsonSchemaType.String, Format = "uuid" };
            if (type == typeof(Uri)) return new() { Type = JsonSchemaType.String, Format = "uri" };
            if (type == typeof(byte[])) return new() { Type = JsonSchemaType.String, Format = "byte" };
            // A file answered as is (a document download), not JSON.
            if (typeof(Stream).IsAssignableFrom(type)) return new() { Type = JsonSchemaType.String, Format = "binary" };
            // Free-form JSON: anything goes.
            if (type == typeof(object) || type == typeof(JsonElement) || typeof(JsonNode).IsAssignableFrom(type)) return new();
            return null;
        }

        static Type? WoordenboekWaarde(Type type) =>
            new[] { type }.Concat(type.GetInterfaces())
                .Where(i => i.IsGenericType && (i.GetGenericTypeDefinition() == typeof(IDictionary<,>) || i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>)))
                .Select(i => i.GetGenericArguments()[1])
                .FirstOrDefault();

        static Type? ElementType(Type type) => type.IsArray
            ? type.GetElementType()
            : type == typeof(string) || !typeof(IEnumerable).IsAssignableFrom(type)
                ? null
                : new[] { type }.Concat(type.GetInterfaces())
                    .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                    .Select(i => i.GetGenericArguments()[0])
                    .FirstOrDefault() ?? typeof(object);

        IOpenApiSchema Referentie(Type type)
        {
            string id = SchemaId(type);
            var schemas = document.Components!.Schemas!;
            if (!schemas.ContainsKey(id))
            {
                // Registered before its properties are built, so self-referencing types end in a $ref, not a loop.
                var schema = new OpenApiSchema { Title = id };
                schemas[id] = schema;
                Vul(schema, type);
            }

            return new OpenApiSchemaReference(id, document);
        }

        void Vul(OpenApiSchema schema, Type type)
        {
            if (type.IsEnum)
            {
                // JsonAntwoord's JsonStringEnumConverter has no naming policy: enums go out as their C# names.
                schema.Type = JsonSchemaType.String;
                schema.Enum = Enum.GetNames(type).Select(n => (JsonNode)JsonValue.Create(n)).ToList();
                return;
            }

            schema.Type = JsonSchemaType.Object;
            schema.Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
            schema.Required = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.GetCustomAttribute<JsonIgnoreAttribute>() is { Condition: JsonIgnoreCondition.Always })
                {
                    continue;
                }

                string naam = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? Naming.ConvertName(property.Name);
                var propertySchema = Schema(property.PropertyType);
                bool nullable = !property.PropertyType.IsValueType
                    && nullability.Create(property).ReadState != NullabilityState.NotNull;
                if (nullable)
                {
                    propertySchema = MetNull(propertySchema);
                }

                if (Limieten.MaxLengte(property) is { } max && propertySchema is OpenApiSchema metLimiet)
                {
                    if (metLimiet.Type?.HasFlag(JsonSchemaType.Array) == true)
                    {
                        metLimiet.MaxItems = max;
                    }
                    else
                    {
                        metLimiet.MaxLength = max;
                    }
                }
                else if (Nullable.GetUnderlyingType(property.PropertyType) is null)
                {
                    schema.Required.Add(naam);
                }

                schema.Properties[naam] = propertySchema;
            }
        }

        static string SchemaId(Type type) => type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Van" + string.Concat(type.GetGenericArguments().Select(SchemaId))
            : type.Name;
    }
}
