using System.Diagnostics;
using System.Net;
using VLoket.Orchestrations.Telemetrie;
using VLoket.Tests.Reservaties;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Telemetrie;

/// <summary>A reservation gives one trace too: the request, each step of the reservation workflow and its calls to the agency.</summary>
public sealed class ReservatieTraceTests(ReservatieFixture fixture) : IClassFixture<ReservatieFixture>
{
    [Fact]
    public async Task Een_reservatie_is_een_trace_van_verzoek_via_vasthouden_en_bevestigen_tot_de_instantie()
    {
        Sporenvanger.Start();
        var r = await fixture.ReserveerAsync("tent", 1, over: 300);
        Assert.Equal(HttpStatusCode.Accepted, r.Status);
        string dossierId = r.Json["dossierId"]!.GetValue<string>();
        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "ActieNodig");
        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(r.Location + "/bevestig", null)).Status);
        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");

        var vasthouden = Sporenvanger.Stap("HoudVast", dossierId);
        string[] stappen = ["ControleerBeschikbaarheid", "HoudVast", "BevestigBijInstantie"];
        foreach (string stap in stappen)
        {
            var span = Sporenvanger.Stap(stap, dossierId);
            Assert.Equal(vasthouden.TraceId, span.TraceId);
            Assert.Equal(fixture.VCode, span.GetTagItem(VLoketSporen.VCode));
        }

        var trace = Sporenvanger.Spans.Where(s => s.TraceId == vasthouden.TraceId).ToList();
        Assert.Contains(trace, s => s.Kind == ActivityKind.Server && s.Source.Name == "Microsoft.AspNetCore"
            && (s.GetTagItem("url.path") as string) == $"/api/verenigingen/{fixture.VCode}/aanvragen");
        Assert.Contains(trace, s => s.OperationName == "WerkDossierBij" && (s.GetTagItem(VLoketSporen.DossierId) as string) == dossierId);
        // The hold's call to the agency nests under our span for it.
        var client = Assert.Single(trace, s => s.Kind == ActivityKind.Client && s.Source.Name == "System.Net.Http"
            && s.GetTagItem("http.request.method") as string == "POST"
            && (s.GetTagItem("url.full") as string ?? string.Empty).EndsWith($"/instanties/{ReservatieFixture.OvoCode}/reservaties", StringComparison.Ordinal));
        Assert.Equal(vasthouden.SpanId, client.ParentSpanId);

        var waarden = trace.SelectMany(s => s.TagObjects).Select(t => t.Value?.ToString() ?? string.Empty).ToList();
        Assert.DoesNotContain(waarden, w => w.Contains(fixture.VertegenwoordigerInsz, StringComparison.Ordinal));
    }
}
