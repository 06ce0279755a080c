using System.Text.Json.Nodes;
using Microsoft.AspNetCore.StaticFiles;

namespace VLoket.Host.Functions;

/// <summary>
/// The security headers of the static front end, declared once in <c>web/staticwebapp.config.json</c> (which the Static Web
/// App applies in production) and applied here to every static file the local host serves. In Development the hand-off
/// may also post to an agency on this machine (<c>http://127.0.0.1</c>, the simulator), so that origin joins
/// <c>form-action</c>, and the local OpenID provider (its own loopback origin, as ACM has its own) joins
/// <c>connect-src</c>; nothing else differs.
/// </summary>
public static class WebKoppen
{
    public static IReadOnlyDictionary<string, string> Lees(string webRoot, bool development, Uri? aanbieder = null)
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(webRoot, "staticwebapp.config.json")))!;
        var koppen = config["globalHeaders"]!.AsObject().ToDictionary(k => k.Key, k => k.Value!.GetValue<string>());
        if (development && koppen.TryGetValue("Content-Security-Policy", out string? csp))
        {
            csp = csp.Replace("form-action 'self'", "form-action 'self' http://127.0.0.1:*", StringComparison.Ordinal);
            if (aanbieder is not null)
            {
                csp = csp.Replace("connect-src 'self'", $"connect-src 'self' {aanbieder.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
            }

            koppen["Content-Security-Policy"] = csp;
        }

        return koppen;
    }

    /// <summary>Static file options that put <paramref name="koppen"/> on every response.</summary>
    public static StaticFileOptions Opties(IReadOnlyDictionary<string, string> koppen) => new()
    {
        OnPrepareResponse = context =>
        {
            foreach (var (naam, waarde) in koppen)
            {
                context.Context.Response.Headers[naam] = waarde;
            }
        },
    };
}
