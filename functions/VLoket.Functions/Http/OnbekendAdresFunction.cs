using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Http;

/// <summary>
/// Any address under the route prefix that no operation serves: a Dutch problem 404, or 405 when an operation serves it
/// with another method, instead of the server's bare, empty answer. A catch-all template has the lowest route precedence
/// (in the Functions host as in the local host), so every operation still wins. It logs nothing and echoes nothing: the
/// path is the client's and may hold anything, an INSZ included.
/// </summary>
public static class OnbekendAdresFunction
{
    /// <summary>The detail of the 404; names the OpenAPI document, which lists every operation.</summary>
    public const string Melding = "Het loket heeft op dit adres geen dienst. Het overzicht van alle diensten staat in /api/openapi.json.";

    // Route constraints ({id:int}) are not checked: an address that fits a template but not its constraint hears 405, not 404.
    static readonly Lazy<IReadOnlyList<(TemplateMatcher Sjabloon, IReadOnlyList<string> Methoden)>> Operaties = new(() =>
        HttpFunctions.Discover(typeof(OnbekendAdresFunction).Assembly)
            .Where(f => f.Method.GetCustomAttributes(typeof(BuitenDocumentAttribute), false).Length == 0)
            .GroupBy(f => f.Route, StringComparer.OrdinalIgnoreCase)
            .Select(g => (new TemplateMatcher(TemplateParser.Parse(g.Key), new RouteValueDictionary()),
                (IReadOnlyList<string>)g.SelectMany(f => f.Methods).Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList());

    [Openbaar]
    [BuitenDocument]
    [Function("OnbekendAdres")]
    public static IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", Route = "{*pad}")] HttpRequest req,
        string? pad)
    {
        var toegestaan = Toegestaan("/" + pad);
        return toegestaan.Count == 0 ? Probleem.NietGevonden(Melding) : Probleem.MethodeNietToegestaan(req.Method.ToUpperInvariant(), toegestaan);
    }

    /// <summary>The methods of the operations whose route fits <paramref name="pad"/> (after the prefix); empty for none.</summary>
    public static IReadOnlyList<string> Toegestaan(string pad) =>
        Operaties.Value.Where(o => o.Sjabloon.TryMatch(pad, new RouteValueDictionary()))
            .SelectMany(o => o.Methoden).Distinct().Order(StringComparer.Ordinal).ToList();
}
