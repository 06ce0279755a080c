using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi;

namespace VLoket.Functions.OpenApi;

/// <summary>Serves the OpenAPI document of the loket's own HTTP API.</summary>
public sealed class OpenApiFunction
{
    // Built once: the functions and their attributes cannot change while the app runs.
    static readonly Lazy<Task<string>> Document = new(async () =>
    {
        var resultaat = OpenApiGenerator.Genereer(HttpFunctions.Discover(typeof(OpenApiFunction).Assembly), RoutePrefix());
        return await resultaat.Document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
    });

    [Function("OpenApi")]
    [Openbaar]
    [Antwoord(200, typeof(JsonObject), Beschrijving = "Het OpenAPI 3.1-document (zijn schema is dat van OpenAPI 3.1 zelf).")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest req) =>
        new ContentResult { Content = await Document.Value, ContentType = "application/json", StatusCode = StatusCodes.Status200OK };

    /// <summary>
    /// The route prefix from host.json, as the Functions host applies it; the local host ships it as functions.host.json.
    /// </summary>
    public static string RoutePrefix()
    {
        foreach (string naam in new[] { "host.json", "functions.host.json" })
        {
            string pad = Path.Combine(AppContext.BaseDirectory, naam);
            if (File.Exists(pad) && JsonNode.Parse(File.ReadAllText(pad))?["extensions"]?["http"]?["routePrefix"]?.GetValue<string>() is { } prefix)
            {
                return prefix.Trim('/');
            }
        }

        // The Functions host's own default.
        return "api";
    }
}
