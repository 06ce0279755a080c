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

/// <summary>Where an agency handles its applications.</summary>
public static class Behandelingen
{
    /// <summary>In the agency's own case system, reached through the connector contract at its URL.</summary>
    public const string Connector = "connector";

    /// <summary>In the loket's own back office (the behandelloket), by the agency's case workers.</summary>
    public const string Loket = "loket";
}

/// <summary>
/// An agency the loket delivers applications to, identified by its OVO code, with the shared secret for its signed
/// callbacks (<c>Geheim</c>, from configuration, i.e. a key vault in production). <see cref="Behandeling"/> says whether
/// its own system answers the connector contract or the behandelloket does; nothing else in the loket asks.
/// </summary>
public sealed record Instantie(string OvoCode, string Naam, Uri BasisUrl, string Modus, string Geheim, string Behandeling = Behandelingen.Connector)
{
    /// <summary>True when the agency's case workers handle its applications in the loket.</summary>
    public bool InLoket => Behandeling == Behandelingen.Loket;
}

/// <summary>The agencies the loket knows (configuration <c>VLoket:Instanties:{ovoCode}</c>).</summary>
public sealed class InstantieRegister(IEnumerable<Instantie> instanties)
{
    readonly Dictionary<string, Instantie> perCode = instanties.ToDictionary(i => i.OvoCode, StringComparer.OrdinalIgnoreCase);

    public Instantie? Zoek(string ovoCode) => perCode.GetValueOrDefault(ovoCode);

    public IReadOnlyCollection<Instantie> Alle => perCode.Values;
}
