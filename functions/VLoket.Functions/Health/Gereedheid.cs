using System.Collections.Concurrent;

namespace VLoket.Functions.Health;

/// <summary>
/// What the app is still busy with before it can serve (the demo data loading, say). <c>/api/health</c> names each as a
/// failing check, so readiness is reported honestly: a load balancer or a test waits instead of seeing an empty loket.
/// </summary>
public sealed class Gereedheid
{
    readonly ConcurrentDictionary<string, string> bezig = new();

    /// <summary>Starts something the app must finish first; <paramref name="omschrijving"/> is what health shows meanwhile.</summary>
    public void Begin(string naam, string omschrijving) => bezig[naam] = omschrijving;

    public void Klaar(string naam) => bezig.TryRemove(naam, out _);

    /// <summary>What is still running, by name.</summary>
    public IReadOnlyDictionary<string, string> Bezig => bezig;
}
