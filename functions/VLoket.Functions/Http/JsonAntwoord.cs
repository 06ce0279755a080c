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

        // Serialised whole before anything is sent: the answer goes out with its Content-Length in one write (no chunks
        // for the client to wait on), and a failure while serialising still becomes a problem answer, not a cut-off body.
        byte[] inhoud = JsonSerializer.SerializeToUtf8Bytes(Inhoud, Inhoud.GetType(), Opties);
        response.ContentType = contentType + "; charset=utf-8";
        response.ContentLength = inhoud.Length;
        await response.Body.WriteAsync(inhoud, context.HttpContext.RequestAborted);
    }

    public static JsonAntwoord Ok(object inhoud) => new(StatusCodes.Status200OK, inhoud);
}
