using System.Text.Json;
using Microsoft.AspNetCore.Http;
using VLoket.Domain;

namespace VLoket.Functions.Http;

/// <summary>Reads a request body as JSON; malformed JSON is a field error on <c>body</c>, never a 500.</summary>
public static class JsonBody
{
    /// <summary>Reads the whole body, for requests that also need the raw bytes (signatures, confirmation tokens).</summary>
    public static async Task<byte[]> LeesBytesAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        return buffer.ToArray();
    }

    public static T Lees<T>(byte[] body)
    {
        if (body.Length == 0)
        {
            throw new DomeinFout("body", "De aanvraag is leeg. Stuur de gegevens als JSON.");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(body, JsonAntwoord.Opties)
                ?? throw new DomeinFout("body", "De aanvraag is leeg. Stuur de gegevens als JSON.");
        }
        catch (JsonException e)
        {
            string veld = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            throw new DomeinFout(veld, "Dit gegeven heeft een ongeldig formaat of de JSON klopt niet.");
        }
    }

    public static async Task<T> LeesAsync<T>(HttpRequest request) => Lees<T>(await LeesBytesAsync(request));
}
