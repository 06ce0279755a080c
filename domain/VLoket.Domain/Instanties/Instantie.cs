namespace VLoket.Domain.Instanties;

/// <summary>How an agency lets the loket know its decision.</summary>
public static class Modi
{
    /// <summary>The agency calls back with a signed status change.</summary>
    public const string Callback = "callback";

    /// <summary>The agency has no callbacks: the loket reads the status, less often as time goes by.</summary>
    public const string Polling = "polling";

    /// <summary>The agency decides in its answer to the submission.</summary>
    public const string Onmiddellijk = "onmiddellijk";
}

/// <summary>
/// An agency the loket delivers applications to, identified by its OVO code, with the shared secret for its signed
/// callbacks (<c>Geheim</c>, from configuration, i.e. a key vault in production).
/// </summary>
public sealed record Instantie(string OvoCode, string Naam, Uri BasisUrl, string Modus, string Geheim);

/// <summary>The agencies the loket knows (configuration <c>VLoket:Instanties:{ovoCode}</c>).</summary>
public sealed class InstantieRegister(IEnumerable<Instantie> instanties)
{
    readonly Dictionary<string, Instantie> perCode = instanties.ToDictionary(i => i.OvoCode, StringComparer.OrdinalIgnoreCase);

    public Instantie? Zoek(string ovoCode) => perCode.GetValueOrDefault(ovoCode);

    public IReadOnlyCollection<Instantie> Alle => perCode.Values;
}
