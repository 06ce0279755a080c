using System.Diagnostics;

namespace VLoket.Orchestrations.Telemetrie;

/// <summary>
/// Where a workflow step belongs in a trace: the dossier, the association and the W3C <c>traceparent</c> of the HTTP request
/// that started the workflow. It travels in the activity inputs so the app's spans carry the dossier and association,
/// and so they still join the request's trace where the engine does not propagate it (see docs/architecture.md, "Tracing").
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

    /// <summary>Span attribute with the name of a known data item's source (e.g. <c>vereniging.iban</c>), never its value.</summary>
    public const string Gegevensbron = "vloket.bron";

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

        // The Durable Task SDK usually already runs the activity inside a span of the request's trace (observed on the
        // local engine); nest under that one. Only when the current span is of another trace, or there is none, is the
        // request's traceparent the parent. A malformed or missing traceparent (workflows started before tracing
        // existed) leaves whatever is current.
        ActivityContext ouder = default;
        if (spoor.Traceparent is { } tp && ActivityContext.TryParse(tp, null, out var verzoek)
            && Activity.Current?.TraceId != verzoek.TraceId)
        {
            ouder = verzoek;
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
