using System.Collections.Concurrent;
using System.Diagnostics;
using VLoket.Functions.Telemetrie;
using VLoket.Orchestrations.Telemetrie;
using VLoket.Tests.Aanvragen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Telemetrie;

/// <summary>One application gives one trace: the request, the workflow's activities and the call to the agency.</summary>
public sealed class TraceTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    /// <summary>
    /// Collects the spans of every source tracing registers. A listener rather than an exporter: it sees the same
    /// System.Diagnostics.Activity objects without reaching into the host's OpenTelemetry pipeline. Tests run in
    /// parallel in this process, so each test picks its own spans by dossier id and trace id.
    /// </summary>
    static readonly ConcurrentQueue<Activity> Spans = new();

    static readonly ActivityListener Luisteraar = Luister();

    static ActivityListener Luister()
    {
        string[] bronnen = [VLoketSporen.Naam, VLoketTracing.DurableTaskBron, "Microsoft.AspNetCore", "System.Net.Http"];
        var luisteraar = new ActivityListener
        {
            ShouldListenTo = bron => bronnen.Contains(bron.Name),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Spans.Enqueue,
        };
        ActivitySource.AddActivityListener(luisteraar);
        return luisteraar;
    }

    [Fact]
    public async Task Een_aanvraag_is_een_trace_van_verzoek_via_activiteiten_tot_de_instantie()
    {
        Assert.NotNull(Luisteraar);
        var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        string dossierId = r.Json["dossierId"]!.GetValue<string>();
        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        var indiening = Assert.Single(Spans, s => s.Source.Name == VLoketSporen.Naam && s.OperationName == "DienAanvraagIn"
            && (s.GetTagItem(VLoketSporen.DossierId) as string) == dossierId);
        Assert.Equal(fixture.VCode, indiening.GetTagItem(VLoketSporen.VCode));
        var trace = Spans.Where(s => s.TraceId == indiening.TraceId).ToList();

        Assert.Contains(trace, s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore"
            && (s.GetTagItem("url.path") as string) == $"/api/verenigingen/{fixture.VCode}/aanvragen");
        Assert.Contains(trace, s => s.OperationName == "WerkDossierBij" && (s.GetTagItem(VLoketSporen.DossierId) as string) == dossierId);
        var client = Assert.Single(trace, s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http"
            && (s.GetTagItem("url.full") as string ?? string.Empty).Contains("/instanties/OVO003103/aanvragen", StringComparison.Ordinal));
        Assert.Equal(indiening.SpanId, client.ParentSpanId);

        // The SDK's own spans join the request's trace too: scheduling the workflow and running the activity.
        Assert.Contains(trace, s => s.Source.Name == VLoketTracing.DurableTaskBron && s.OperationName == "create_orchestration:AanvraagOrchestrator");
        var sdkActiviteit = Assert.Single(trace, s => s.Source.Name == VLoketTracing.DurableTaskBron && s.Kind == ActivityKind.Server
            && s.OperationName == "activity:DienAanvraagIn");
        Assert.Equal(sdkActiviteit.SpanId, indiening.ParentSpanId);

        // Only ids in attributes: never the representative's INSZ.
        var waarden = trace.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? string.Empty).ToList();
        Assert.DoesNotContain(waarden, w => w.Contains(fixture.VertegenwoordigerInsz, StringComparison.Ordinal));
    }
}
