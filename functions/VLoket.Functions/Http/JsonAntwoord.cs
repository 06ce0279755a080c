using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace VLoket.Functions.Http;

/// <summary>
/// A JSON answer with status and headers, written the same way under the Functions host and the local host
/// (no dependency on MVC formatters that the two might configure differently).
/// </summary>
public sealed class JsonAntwoord(int status, object? inhoud, string contentType = "application/json") : IActionResult
{
    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public int Status { get; } = status;

    public object? Inhoud { get; } = inhoud;

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public JsonAntwoord MetHeader(string naam, string? waarde)
    {
        if (!string.IsNullOrEmpty(waarde))
        {
            Headers[naam] = waarde;
        }

        return this;
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = Status;
        foreach (var (naam, waarde) in Headers)
        {
            response.Headers[naam] = waarde;
        }

        if (Inhoud is null)
        {
            return;
        }

        response.ContentType = contentType + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, Inhoud, Inhoud.GetType(), Opties, context.HttpContext.RequestAborted);
    }

    public static JsonAntwoord Ok(object inhoud) => new(StatusCodes.Status200OK, inhoud);
}
