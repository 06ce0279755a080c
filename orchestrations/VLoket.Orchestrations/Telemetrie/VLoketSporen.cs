using System.Diagnostics;

namespace VLoket.Orchestrations.Telemetrie;

/// <summary>
/// Where a workflow step belongs in a trace: the dossier, the association and the W3C <c>traceparent</c> of the HTTP request
/// that started the workflow. It travels in the activity inputs because the durable engine's own spans do not carry the
/// request's trace into activities on the local engine (see docs/architecture.md, "Tracing").
/// </summary>
/// <remarks>Never put personal data here (no INSZ): it ends up as span attributes.</remarks>
public sealed record Spoor(string DossierId, string VCode, string? Traceparent);

/// <summary>The app's own spans (ActivitySource <see cref="Naam"/>), for workflow steps.</summary>
public static class VLoketSporen
{
    /// <summary>The name tracing registers, in both runtimes.</summary>
    public const string Naam = "VLoket";

    /// <summary>Span attribute with the dossier id.</summary>
    public const string DossierId = "vloket.dossier_id";

    /// <summary>Span attribute with the association's vCode.</summary>
    public const string VCode = "vloket.vcode";

    public static readonly ActivitySource Bron = new(Naam);

    /// <summary>
    /// Starts a span for an activity, as child of the request that started the workflow when its traceparent is known,
    /// else of whatever is current. Null when nobody listens; the caller disposes it.
    /// </summary>
    public static Activity? StartStap(string naam, Spoor? spoor)
    {
        if (spoor is null)
        {
            return Bron.StartActivity(naam, ActivityKind.Internal);
        }

        // A malformed or missing traceparent (workflows started before tracing existed) simply gives a span of its own.
        ActivityContext ouder = default;
        if (spoor.Traceparent is { } tp)
        {
            ActivityContext.TryParse(tp, null, out ouder);
        }

        var span = Bron.StartActivity(naam, ActivityKind.Internal, ouder);
        span?.SetTag(DossierId, spoor.DossierId);
        span?.SetTag(VCode, spoor.VCode);
        return span;
    }

    /// <summary>The current span's W3C traceparent, to hand to a workflow; null when nothing is being traced.</summary>
    public static string? HuidigeTraceparent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } a ? a.Id : null;
}
