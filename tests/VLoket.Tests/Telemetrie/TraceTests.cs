using System.Diagnostics;
using VLoket.Functions.Telemetrie;
using VLoket.Orchestrations.Telemetrie;
using VLoket.Tests.Aanvragen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Telemetrie;

/// <summary>One application gives one trace: the request, the workflow's activities and the call to the agency.</summary>
public sealed class TraceTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    [Fact]
    public async Task Een_aanvraag_is_een_trace_van_verzoek_via_activiteiten_tot_de_instantie()
    {
        Sporenvanger.Start();
        var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        string dossierId = r.Json["dossierId"]!.GetValue<string>();
        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        var indiening = Sporenvanger.Stap("DienDossierIn", dossierId);
        Assert.Equal(fixture.VCode, indiening.GetTagItem(VLoketSporen.VCode));
        var trace = Sporenvanger.Spans.Where(s => s.TraceId == indiening.TraceId).ToList();

        Assert.Contains(trace, s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore"
            && (s.GetTagItem("url.path") as string) == $"/api/verenigingen/{fixture.VCode}/aanvragen");
        Assert.Equal(dossierId, indiening.GetTagItem(VLoketSporen.DossierId));
        var client = Assert.Single(trace, s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http"
            && (s.GetTagItem("url.full") as string ?? string.Empty).Contains("/instanties/OVO003103/aanvragen", StringComparison.Ordinal));
        Assert.Equal(indiening.SpanId, client.ParentSpanId);

        // The SDK's own spans join the request's trace too: scheduling the workflow and running the activity.
        Assert.Contains(trace, s => s.Source.Name == VLoketTracing.DurableTaskBron && s.OperationName == "create_orchestration:AanvraagOrchestratorV2");
        var sdkActiviteit = Assert.Single(trace, s => s.Source.Name == VLoketTracing.DurableTaskBron && s.Kind == ActivityKind.Server
            && s.OperationName == "activity:DienDossierIn");
        Assert.Equal(sdkActiviteit.SpanId, indiening.ParentSpanId);

        // Only ids in attributes: never the representative's INSZ.
        var waarden = trace.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? string.Empty).ToList();
        Assert.DoesNotContain(waarden, w => w.Contains(fixture.VertegenwoordigerInsz, StringComparison.Ordinal));
    }
}
