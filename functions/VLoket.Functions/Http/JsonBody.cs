using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using VLoket.Domain;

namespace VLoket.Functions.Http;

/// <summary>
/// Reads a request body as JSON; malformed JSON is a field error on <c>body</c>, never a 500. A body over the operation's
/// limit is refused (413) before it is read further, and texts and lists over theirs (400) before any domain work
/// (<see cref="Limieten"/>).
/// </summary>
public static class JsonBody
{
    /// <summary>Reads the whole body, for requests that also need the raw bytes (signatures, confirmation tokens).</summary>
    public static async Task<byte[]> LeesBytesAsync(HttpRequest request)
    {
        int max = Limieten.MaxBytes(request.HttpContext);
        if (request.ContentLength > max)
        {
            throw new VerzoekTeGrootFout(max);
        }

        if (request.ContentLength is { } lengte)
        {
            // The usual case: the size is known and within the limit, so read straight into an array of that size.
            byte[] inhoud = new byte[lengte];
            int ontvangen = await request.Body.ReadAtLeastAsync(inhoud, inhoud.Length, throwOnEndOfStream: false, request.HttpContext.RequestAborted);
            return ontvangen == inhoud.Length ? inhoud : inhoud[..ontvangen];
        }

        // A body without Content-Length (chunked) is read up to one byte past the limit, never further.
        using var buffer = new MemoryStream();
        byte[] blok = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int gelezen;
            while ((gelezen = await request.Body.ReadAsync(blok, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + gelezen > max)
                {
                    throw new VerzoekTeGrootFout(max);
                }

                buffer.Write(blok, 0, gelezen);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(blok);
        }

        return buffer.ToArray();
    }

    public static T Lees<T>(byte[] body)
    {
        if (body.Length == 0)
        {
            throw new DomeinFout("body", "De aanvraag is leeg. Stuur de gegevens als JSON.");
        }

        T invoer;
        try
        {
            invoer = JsonSerializer.Deserialize<T>(body, JsonAntwoord.Opties)
                ?? throw new DomeinFout("body", "De aanvraag is leeg. Stuur de gegevens als JSON.");
        }
        catch (JsonException e)
        {
            string veld = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            throw new DomeinFout(veld, Melding(e));
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json reports a text it cannot turn into a .NET string (a lone surrogate: "\ud800") this way.
            throw new DomeinFout("body", "De aanvraag bevat tekst die geen geldige Unicode is (bijvoorbeeld een losse surrogaat).");
        }

        Limieten.Controleer(invoer);
        return invoer;
    }

    public static async Task<T> LeesAsync<T>(HttpRequest request) => Lees<T>(await LeesBytesAsync(request));

    // A value of the wrong kind ("vijf" for a number) is something a person typed: say what the field wants, not "JSON".
    // System.Text.Json names the wanted kind only in its inner exception's message ("… out of bounds for an Int32",
    // "… as a number", "… as a boolean", "… supported DateOnly format").
    static string Melding(JsonException e)
    {
        string tekst = e.InnerException?.Message ?? string.Empty;
        bool Noemt(params string[] woorden) => woorden.Any(w => tekst.Contains(w, StringComparison.Ordinal));
        if (Noemt("as a number", "Int32", "Int64", "Int16", "Byte", "Decimal", "Double", "Single"))
        {
            return "Vul een getal in, in cijfers (bijvoorbeeld 5).";
        }

        if (Noemt("as a boolean", "Boolean"))
        {
            return "Kies ja of nee (true of false).";
        }

        return Noemt("DateOnly", "DateTime")
            ? "Geef een datum als jjjj-mm-dd."
            : "Dit gegeven heeft een ongeldig formaat of de JSON klopt niet.";
    }
}
