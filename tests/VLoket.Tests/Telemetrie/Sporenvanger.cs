using System.Collections.Concurrent;
using System.Diagnostics;
using VLoket.Functions.Telemetrie;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Tests.Telemetrie;

/// <summary>
/// Collects the spans of every source tracing registers. A listener rather than an exporter: it sees the same
/// System.Diagnostics.Activity objects without reaching into the host's OpenTelemetry pipeline. Tests run in
/// parallel in this process, so each test picks its own spans by dossier id and trace id.
/// </summary>
public static class Sporenvanger
{
    static readonly ConcurrentQueue<Activity> Gevangen = new();

    static readonly ActivityListener Luisteraar = Luister();

    /// <summary>Every span stopped since the first test asked; call before the work to trace.</summary>
    public static IReadOnlyCollection<Activity> Spans
    {
        get
        {
            GC.KeepAlive(Luisteraar);
            return Gevangen;
        }
    }

    /// <summary>Starts listening (the first call does; later ones are free).</summary>
    public static void Start() => GC.KeepAlive(Luisteraar);

    /// <summary>The app's own span for <paramref name="stap"/> of <paramref name="dossierId"/>.</summary>
    public static Activity Stap(string stap, string dossierId) =>
        Assert.Single(Gevangen, s => s.Source.Name == VLoketSporen.Naam && s.OperationName == stap
            && (s.GetTagItem(VLoketSporen.DossierId) as string) == dossierId);

    static ActivityListener Luister()
    {
        string[] bronnen = [VLoketSporen.Naam, VLoketTracing.DurableTaskBron, "Microsoft.AspNetCore", "System.Net.Http"];
        var luisteraar = new ActivityListener
        {
            ShouldListenTo = bron => bronnen.Contains(bron.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Gevangen.Enqueue,
        };
        ActivitySource.AddActivityListener(luisteraar);
        return luisteraar;
    }
}
