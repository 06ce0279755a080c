using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi;
using VLoket.Functions;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.OpenApi;

/// <summary>A function class only this test knows: an HTTP function without the OpenAPI attributes.</summary>
public sealed class OngedocumenteerdeFunctie
{
    [Function("Ongedocumenteerd")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "test/{id}")] HttpRequest req, string id) =>
        new OkResult();
}

/// <summary>A function class only this test knows: documented, but without a success schema and without a request body.</summary>
public sealed class SchemaLozeFunctie
{
    [Function("SchemaLoos")]
    [Antwoord(200, Beschrijving = "{ iets: [...] }")]
    [Antwoord(404, typeof(Probleem))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "test/schemaloos")] HttpRequest req) =>
        new OkResult();
}

/// <summary>A function class only this test knows: a versioned write and a problem set, each in one attribute.</summary>
public sealed class ProbleemsetFuncties
{
    [Function("Versiewijziging")]
    [Verzoek(typeof(string))]
    [Antwoord(200, typeof(string))]
    [VersieWijziging]
    public IActionResult Wijzig([HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "test/{id}")] HttpRequest req, string id) =>
        new OkResult();

    [Function("Probleemset")]
    [Antwoord(200, typeof(string))]
    [Problemen(409, 400)]
    public IActionResult Lees([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "test/{id}")] HttpRequest req, string id) =>
        new OkResult();

    [Function("Dubbel")]
    [Antwoord(404, typeof(Probleem), Beschrijving = "Geen beheerder.")]
    [Problemen(404)]
    public IActionResult Dubbel([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "test/dubbel")] HttpRequest req) =>
        new OkResult();
}

/// <summary>
/// The served OpenAPI document is a contract: every HTTP function of the Functions app must be in it with its route,
/// methods, parameters, body and status codes, and the document must read back without errors.
/// </summary>
public sealed partial class OpenApiTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    // Every operation: the answer for unknown addresses is no operation and stays out of the document.
    static IReadOnlyList<HttpFunction> Functies() => HttpFunctions.Discover(typeof(VLoketServiceCollectionExtensions).Assembly)
        .Where(f => f.Method.GetCustomAttribute<BuitenDocumentAttribute>() is null).ToList();

    async Task<(OpenApiDocument Document, string Json)> LeesAsync()
    {
        using var response = await fixture.Client.GetAsync("/api/openapi.json");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        string json = await response.Content.ReadAsStringAsync();
        var (document, diagnostic) = OpenApiDocument.Parse(json, "json");
        Assert.NotNull(diagnostic);
        Assert.True(diagnostic.Errors.Count == 0, string.Join("\n", diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.NotNull(document);
        return (document, json);
    }

    [Fact]
    public void Every_http_function_is_documented()
    {
        var resultaat = OpenApiGenerator.Genereer(Functies(), "api");
        Assert.True(resultaat.Ongedocumenteerd.Count == 0,
            "Zonder [Antwoord]-attributen: " + string.Join(", ", resultaat.Ongedocumenteerd.Select(f => f.Name)));
    }

    /// <summary>
    /// What a function's attributes leave undescribed: a success answer with a body but no schema (204 has no body),
    /// or a POST/PUT/PATCH without a request schema that does not say it reads no body.
    /// </summary>
    static IEnumerable<string> Gebreken(HttpFunction functie)
    {
        foreach (var antwoord in OpenApiGenerator.Antwoorden(functie.Method))
        {
            if (antwoord.Status is >= 200 and < 300 and not 204 && antwoord.Type is null)
            {
                yield return $"{functie.Name}: {antwoord.Status} zonder schema";
            }
        }

        if (functie.Methods.Any(m => m.ToLowerInvariant() is "post" or "put" or "patch")
            && OpenApiGenerator.Verzoek(functie.Method) is null && functie.Method.GetCustomAttribute<ZonderVerzoekAttribute>() is null)
        {
            yield return $"{functie.Name}: geen [Verzoek] en geen [ZonderVerzoek]";
        }
    }

    [Fact]
    public void Every_success_answer_has_a_schema_and_every_body_a_request_schema()
    {
        var gebreken = Functies().SelectMany(Gebreken).ToList();
        Assert.True(gebreken.Count == 0, string.Join("\n", gebreken));
    }

    [Fact]
    public void A_success_answer_without_schema_or_a_post_without_request_schema_is_reported()
    {
        var functie = Assert.Single(HttpFunctions.Discover([typeof(SchemaLozeFunctie)]));

        Assert.Equal(["SchemaLoos: 200 zonder schema", "SchemaLoos: geen [Verzoek] en geen [ZonderVerzoek]"], Gebreken(functie));
    }

    [Fact]
    public void A_function_without_attributes_is_reported_as_undocumented()
    {
        var functies = HttpFunctions.Discover([typeof(OngedocumenteerdeFunctie)]);
        var resultaat = OpenApiGenerator.Genereer(functies, "api");

        var ongedocumenteerd = Assert.Single(resultaat.Ongedocumenteerd);
        Assert.Equal("Ongedocumenteerd", ongedocumenteerd.Name);
        // The route still shows in the document, flagged, so the gap is visible there too.
        var operatie = resultaat.Document.Paths["/api/test/{id}"].Operations![HttpMethod.Get];
        Assert.True(operatie.Extensions!.ContainsKey("x-ongedocumenteerd"));
    }

    [Fact]
    public void A_versioned_write_documents_if_match_and_the_problems_every_write_shares()
    {
        var functies = HttpFunctions.Discover([typeof(ProbleemsetFuncties)]).Where(f => f.Name != "Dubbel").ToList();
        var document = OpenApiGenerator.Genereer(functies, "api").Document;

        var schrijven = document.Paths["/api/test/{id}"].Operations![HttpMethod.Patch];
        // A write with a body may also be too large (413, JsonBody).
        Assert.Equal(["200", "400", "401", "404", "412", "413", "428"], schrijven.Responses!.Keys.Order());
        Assert.All(schrijven.Responses.Where(r => r.Key != "200"), r => Assert.Equal(["application/problem+json"], r.Value.Content!.Keys));
        Assert.Equal("De versie (If-Match) is niet meer de huidige.", schrijven.Responses["412"].Description);
        var header = Assert.Single(schrijven.Parameters!, p => p.In == ParameterLocation.Header);
        Assert.Equal("If-Match", header.Name);

        var lezen = document.Paths["/api/test/{id}"].Operations![HttpMethod.Get];
        Assert.Equal(["200", "400", "409"], lezen.Responses!.Keys.Order());
        Assert.Equal(["application/problem+json"], lezen.Responses["409"].Content!.Keys);
        Assert.DoesNotContain(lezen.Parameters!, p => p.In == ParameterLocation.Header);
    }

    [Fact]
    public void A_status_declared_twice_is_refused_rather_than_one_silently_winning()
    {
        var dubbel = Assert.Single(HttpFunctions.Discover([typeof(ProbleemsetFuncties)]), f => f.Name == "Dubbel");

        var fout = Assert.Throws<InvalidOperationException>(() => OpenApiGenerator.Antwoorden(dubbel.Method));
        Assert.Contains("404", fout.Message);
    }

    [Fact]
    public async Task Served_document_reads_back_and_lists_every_http_function()
    {
        var (document, _) = await LeesAsync();
        Assert.False(string.IsNullOrEmpty(document.Info.Title));

        foreach (var functie in Functies())
        {
            string pad = "/api/" + RouteParameter().Replace(functie.Route, m => "{" + m.Groups["naam"].Value + "}");
            Assert.True(document.Paths.TryGetValue(pad, out var item), $"{functie.Name}: {pad} ontbreekt.");
            foreach (string methode in functie.Methods)
            {
                Assert.True(item.Operations!.TryGetValue(new HttpMethod(methode), out var operatie), $"{functie.Name}: {methode} {pad} ontbreekt.");
                Assert.False(operatie.Extensions?.ContainsKey("x-ongedocumenteerd") ?? false, $"{functie.Name} is niet gedocumenteerd.");

                var padParameters = RouteParameter().Matches(functie.Route).Select(m => m.Groups["naam"].Value).Order();
                var gedocumenteerd = (operatie.Parameters ?? []).Where(p => p.In == ParameterLocation.Path).Select(p => p.Name!).Order();
                Assert.Equal(padParameters, gedocumenteerd);

                var queries = functie.Method.GetCustomAttributes<QueryParameterAttribute>().Select(q => q.Name).Order();
                Assert.Equal(queries, (operatie.Parameters ?? []).Where(p => p.In == ParameterLocation.Query).Select(p => p.Name!).Order());

                var headers = OpenApiGenerator.Headers(functie.Method).Select(h => h.Name).Order();
                Assert.Equal(headers, (operatie.Parameters ?? []).Where(p => p.In == ParameterLocation.Header).Select(p => p.Name!).Order());

                var verzoek = OpenApiGenerator.Verzoek(functie.Method);
                Assert.Equal(verzoek is not null, operatie.RequestBody is not null);
                if (verzoek is not null)
                {
                    Assert.NotNull(operatie.RequestBody!.Content![verzoek.ContentType].Schema);
                }

                var codes = OpenApiGenerator.Antwoorden(functie.Method).Select(a => a.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order();
                Assert.Equal(codes, operatie.Responses!.Keys.Order());
                foreach (var (code, antwoord) in operatie.Responses!.Where(r => r.Key.StartsWith('2') && r.Key != "204"))
                {
                    var inhoud = Assert.Single(antwoord.Content ?? new Dictionary<string, IOpenApiMediaType>());
                    Assert.True(inhoud.Value.Schema is not null, $"{functie.Name}: {code} zonder schema in het document.");
                }

                bool openbaar = functie.Method.GetCustomAttribute<OpenbaarAttribute>() is not null;
                Assert.Equal(openbaar, operatie.Security is { Count: 0 });
            }
        }
    }

    [Fact]
    public async Task Public_routes_need_no_token_and_the_rest_need_a_bearer_token()
    {
        var (document, _) = await LeesAsync();
        Assert.Empty(document.Paths["/api/health"].Operations![HttpMethod.Get].Security!);
        Assert.Empty(document.Paths["/api/diensten"].Operations![HttpMethod.Get].Security!);
        Assert.Empty(document.Paths["/api/openapi.json"].Operations![HttpMethod.Get].Security!);
        Assert.Empty(document.Paths["/api/instanties/{ovoCode}/callbacks"].Operations![HttpMethod.Post].Security!);
        var beveiligd = Assert.Single(document.Paths["/api/verenigingen/{vCode}"].Operations![HttpMethod.Get].Security!);
        Assert.Contains(beveiligd.Keys, s => s.Reference.Id == OpenApiGenerator.BearerSchema);
        Assert.Equal(SecuritySchemeType.Http, document.Components!.SecuritySchemes![OpenApiGenerator.BearerSchema].Type);
    }

    [Fact]
    public async Task Schemas_use_the_api_s_camel_case_names_nullable_lists_and_problem_json()
    {
        var (document, _) = await LeesAsync();
        var schemas = document.Components!.Schemas!;

        var dossiers = schemas["DevTokenVraag"];
        Assert.Contains("insz", dossiers.Properties!.Keys);
        Assert.True(dossiers.Properties["rollen"].Type!.Value.HasFlag(JsonSchemaType.Array));
        Assert.True(dossiers.Properties["rollen"].Type!.Value.HasFlag(JsonSchemaType.Null));
        Assert.Contains("token", schemas["DevTokenAntwoord"].Required!);

        var fout = document.Paths["/api/verenigingen/{vCode}"].Operations![HttpMethod.Get].Responses!["404"];
        Assert.Contains("application/problem+json", fout.Content!.Keys);
        Assert.Contains("status", schemas["Probleem"].Properties!.Keys);
    }

    [GeneratedRegex(@"\{\*?(?<naam>[A-Za-z_][A-Za-z0-9_]*)(:[^}?]*)?\??\}")]
    private static partial Regex RouteParameter();
}
