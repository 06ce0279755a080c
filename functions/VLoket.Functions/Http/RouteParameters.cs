using System.Text.RegularExpressions;
using VLoket.Domain;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Http;

/// <summary>
/// The shape of the ids routes carry, declared once. The OpenAPI document gives each as its path parameter's pattern,
/// and both runtimes answer 404 before the function runs when an id has another shape, so a malformed id never reaches a
/// table key or a blob name. Azure Table storage refuses '/', '\', '#', '?' and control characters in a key with a 400,
/// which would surface as a 500; Azurite does not check keys at all, so only this guard keeps the two alike.
/// </summary>
public static partial class RouteParameters
{
    sealed record Vorm(Regex Patroon, string Melding);

    static readonly Dictionary<string, Vorm> Vormen = new(StringComparer.Ordinal)
    {
        // VCode.Create accepts a lower-case v too.
        ["vCode"] = new(VCodeVorm(), VLoket.Domain.Verenigingen.VerenigingDienst.OnbekendMelding),
        // "D" and 32 lower-case hex digits: a new dossier's GUID or its idempotency key's hash (DossierDienst, Aanvraagsleutel).
        ["dossierId"] = new(DossierIdVorm(), "Dit dossier bestaat niet."),
        // An agency's OVO code is a partition key of the back office's tables.
        ["ovoCode"] = new(OvoCodeVorm(), "Deze instantie is niet gekend bij het loket."),
    };

    static readonly Lazy<IReadOnlyDictionary<string, string[]>> NamenPerFunctie = new(() =>
        HttpFunctions.Discover(typeof(RouteParameters).Assembly)
            .GroupBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Namen(g.First().Route).Where(Vormen.ContainsKey).ToArray(), StringComparer.Ordinal));

    /// <summary>The pattern a route parameter named <paramref name="naam"/> must match, or null when any value goes.</summary>
    public static string? Patroon(string naam) => Vormen.TryGetValue(naam, out var vorm) ? vorm.Patroon.ToString() : null;

    /// <summary>The parameter names in a route template, constraints and optional markers left out.</summary>
    public static IEnumerable<string> Namen(string route) => Template().Matches(route).Select(m => m.Groups["naam"].Value);

    /// <summary>
    /// Refuses (<see cref="NietGevondenFout"/>, a 404) a request to function <paramref name="functie"/> whose route value
    /// (read by <paramref name="waarde"/>) does not have its declared shape. Returns the declared names the runtime gave no
    /// value for: those are let through, since the guard must never refuse a request it cannot read, and the caller may log them.
    /// </summary>
    public static IReadOnlyList<string> Controleer(string functie, Func<string, string?> waarde)
    {
        if (!NamenPerFunctie.Value.TryGetValue(functie, out var namen))
        {
            return [];
        }

        List<string>? ontbrekend = null;
        foreach (string naam in namen)
        {
            var vorm = Vormen[naam];
            if (waarde(naam) is not { } gegeven)
            {
                (ontbrekend ??= []).Add(naam);
            }
            else if (!HeelGelijk(vorm.Patroon, gegeven))
            {
                throw new NietGevondenFout(vorm.Melding);
            }
        }

        return ontbrekend ?? (IReadOnlyList<string>)[];
    }

    // The pattern is written for OpenAPI (ECMAScript), where '$' is the end of the text; in .NET '$' also matches before a
    // final line break, which would let "D…\n" through, so the match must cover the whole value.
    static bool HeelGelijk(Regex patroon, string waarde) => patroon.Match(waarde) is { Success: true } m && m.Length == waarde.Length;

    /// <summary>
    /// Reads a route value from the Functions worker's binding data, which gives route values there (not as the
    /// HttpContext's route values), keyed as in the template; a differently cased key is accepted too.
    /// </summary>
    public static Func<string, string?> UitBindingData(IReadOnlyDictionary<string, object?> bindingData) => naam =>
        bindingData.TryGetValue(naam, out var w)
            ? w?.ToString()
            : bindingData.FirstOrDefault(kv => string.Equals(kv.Key, naam, StringComparison.OrdinalIgnoreCase)).Value?.ToString();

    /// <summary>A parameter in a route template (<c>{naam}</c>, <c>{naam:int}</c>, <c>{naam?}</c>, <c>{*naam}</c>).</summary>
    [GeneratedRegex(@"\{\*?(?<naam>[A-Za-z_][A-Za-z0-9_]*)(:[^}?]*)?\??\}")]
    public static partial Regex Template();

    [GeneratedRegex("^[Vv][0-9]{7}$")]
    private static partial Regex VCodeVorm();

    [GeneratedRegex("^D[0-9a-f]{32}$")]
    private static partial Regex DossierIdVorm();

    [GeneratedRegex("^OVO[0-9]{6}$")]
    private static partial Regex OvoCodeVorm();
}
