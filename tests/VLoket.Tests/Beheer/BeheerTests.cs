using System.Net;
using System.Text.Json.Nodes;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Storage;
using VLoket.Functions.OpenApi;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Diagnostics;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Beheer;

/// <summary>The operator API through HTTP, on the local host's real engine.</summary>
public sealed class BeheerTests(BeheerFixture fixture) : IClassFixture<BeheerFixture>
{
    const string BeheerderInsz = "91010105587";

    DurableTaskClient Client => fixture.Host.Services.GetRequiredService<DurableTaskClient>();

    Task<LoketClient> BeheerderAsync() => fixture.AlsAsync(BeheerderInsz, "Bea", "Beheer", "beheerder");

    static async Task<JsonNode> WachtAsync(LoketClient beheerder, string instanceId, string status, int seconden = 45)
    {
        var einde = DateTime.UtcNow.AddSeconds(seconden);
        Antwoord? laatste = null;
        while (DateTime.UtcNow < einde)
        {
            laatste = await beheerder.GetAsync($"api/beheer/workflows/{instanceId}");
            if (laatste.Status == HttpStatusCode.OK && laatste.Json["status"]!.GetValue<string>() == status)
            {
                return laatste.Json;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Workflow did not reach {status} in {seconden} s: {laatste}");
    }

    [Fact]
    public async Task Een_beheerder_vindt_een_mislukte_aanvraag_herstart_ze_na_het_herstel_van_de_instantie_en_ze_wordt_goedgekeurd()
    {
        using var beheerder = await BeheerderAsync();
        using var simulator = new HttpClient { BaseAddress = fixture.Simulator.BaseAddress };
        const string ovoCode = "OVO003103"; // decides at once, so the restarted application completes without waiting
        string storing = $"storingen/{ovoCode}";

        // The agency goes down in the worst way: it makes the case, but its answer never arrives.
        using var start = await simulator.PutAsync(storing + "?verwerkt=true", null);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        int geweigerdVoor = JsonNode.Parse(await start.Content.ReadAsStringAsync())!["geweigerd"]!.GetValue<int>();
        string dossierId;
        string location;
        try
        {
            var r = await fixture.VraagAanAsync(AanvraagFixture.Onmiddellijk, "goedkeuren");
            Assert.Equal(HttpStatusCode.Accepted, r.Status);
            dossierId = r.Json["dossierId"]!.GetValue<string>();
            location = r.Location!;

            // Every attempt failed: the workflow stops as Failed for an operator, and the association reads why.
            await WachtAsync(beheerder, dossierId, "Failed");
            var vertraagd = await fixture.WachtOpDossierAsync(location, d => d["status"]!["label"]!.GetValue<string>() == VLoket.Orchestrations.Dossiers.DossierRegels.VertraagdLabel);
            Assert.Equal("Ingediend", AanvraagFixture.Fase(vertraagd));
            Assert.False(vertraagd["actieNodig"]!.GetValue<bool>());
            Assert.Contains("je hoeft niets te doen", vertraagd["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());
            var toestand = JsonNode.Parse(await simulator.GetStringAsync(storing))!;
            Assert.Equal(geweigerdVoor + BeheerFixture.Pogingen, toestand["geweigerd"]!.GetValue<int>());
            Assert.Equal(1, await ZakenAsync(simulator, ovoCode, dossierId));

            // Cancelling now would raise an event the failed workflow drops: the association hears why instead.
            var annuleer = await fixture.Vertegenwoordiger.PostAsync(location + "/annuleer", null);
            Assert.Equal(HttpStatusCode.Conflict, annuleer.Status);
            Assert.Equal("application/problem+json", annuleer.ContentType);
            Assert.StartsWith("Dit dossier is vertraagd", annuleer.Json["detail"]!.GetValue<string>());

            // The operator finds it among the failed applications, with the cause.
            var lijst = await beheerder.GetAsync("api/beheer/workflows?status=failed&naam=AanvraagOrchestratorV2");
            Assert.Equal(HttpStatusCode.OK, lijst.Status);
            var item = lijst.Json["items"]!.AsArray().Single(i => i!["instanceId"]!.GetValue<string>() == dossierId)!;
            Assert.Equal("Failed", item["status"]!.GetValue<string>());
            Assert.Equal(nameof(VLoket.Orchestrations.Aanvragen.AanvraagOrchestratorV2), item["naam"]!.GetValue<string>());
            var detail = (await beheerder.GetAsync($"api/beheer/workflows/{dossierId}")).Json;
            Assert.Contains("tijdelijk niet bereikbaar", detail["fout"]!.ToJsonString());
            Assert.True(detail["historiek"] is JsonArray { Count: > 0 } || detail["historiekNietBeschikbaar"] is not null, detail.ToJsonString());
            Assert.DoesNotContain(fixture.VertegenwoordigerInsz, detail.ToJsonString());
        }
        finally
        {
            // The cause is fixed: the agency answers again.
            using var einde = await simulator.DeleteAsync(storing);
            Assert.Equal(HttpStatusCode.OK, einde.StatusCode);
        }

        var herstart = await beheerder.PostAsync($"api/beheer/workflows/{dossierId}/herstart", null);
        Assert.Equal(HttpStatusCode.Accepted, herstart.Status);
        Assert.Equal(dossierId, herstart.Json["instanceId"]!.GetValue<string>());

        var klaar = await WachtAsync(beheerder, dossierId, "Completed");
        Assert.Equal("Goedgekeurd", klaar["output"]!["Fase"]?.GetValue<string>() ?? klaar["output"]!["fase"]!.GetValue<string>());
        var dossier = await fixture.WachtOpDossierAsync(location, d => AanvraagFixture.Fase(d) == "Goedgekeurd");
        Assert.Contains(dossier["statusgeschiedenis"]!.AsArray(), s => s!["label"]!.GetValue<string>() == VLoket.Orchestrations.Dossiers.DossierRegels.VertraagdLabel);
        // Four submissions reached the agency (three answers lost, then the restart): one case, thanks to the idempotency key.
        Assert.Equal(1, await ZakenAsync(simulator, ovoCode, dossierId));
    }

    /// <summary>How many cases the simulated agency holds for the dossier (its inspection route keeps answering during an outage).</summary>
    static async Task<int> ZakenAsync(HttpClient simulator, string ovoCode, string dossierId) =>
        JsonNode.Parse(await simulator.GetStringAsync($"instanties/{ovoCode}/zaken"))!.AsArray()
            .Count(z => z!["dossierId"]!.GetValue<string>() == dossierId);

    [Fact]
    public async Task Verwijderen_weigert_een_lopende_workflow_en_aanvaardt_een_afgelopen()
    {
        using var beheerder = await BeheerderAsync();
        string lopend = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeOrchestrator), new ProbeOpdracht(120, 0));
        await WachtAsync(beheerder, lopend, "Running");

        var weigering = await beheerder.DeleteAsync($"api/beheer/workflows/{lopend}", null);
        Assert.Equal(HttpStatusCode.Conflict, weigering.Status);
        Assert.Equal("application/problem+json", weigering.ContentType);
        Assert.Equal("Een lopende workflow kan je niet verwijderen; beëindig hem eerst.", weigering.Json["detail"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Accepted, (await beheerder.PostAsync($"api/beheer/workflows/{lopend}/pauzeer", null)).Status);
        await WachtAsync(beheerder, lopend, "Suspended");
        Assert.Equal(HttpStatusCode.Accepted, (await beheerder.PostAsync($"api/beheer/workflows/{lopend}/hervat", null)).Status);
        await WachtAsync(beheerder, lopend, "Running");
        Assert.Equal(HttpStatusCode.Accepted, (await beheerder.PostAsync($"api/beheer/workflows/{lopend}/beeindig", new { reden = "Test" })).Status);
        await WachtAsync(beheerder, lopend, "Terminated");
        Assert.Equal(HttpStatusCode.Conflict, (await beheerder.PostAsync($"api/beheer/workflows/{lopend}/pauzeer", null)).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await beheerder.DeleteAsync($"api/beheer/workflows/{lopend}", null)).Status);
        var weg = await beheerder.GetAsync($"api/beheer/workflows/{lopend}");
        Assert.Equal(HttpStatusCode.NotFound, weg.Status);
        Assert.Equal("application/problem+json", weg.ContentType);
    }

    [Fact]
    public async Task Inputs_en_foutmeldingen_tonen_geen_insz()
    {
        using var beheerder = await BeheerderAsync();
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(StoringsProbeOrchestrator), new StoringsProbeOpdracht("van " + BeheerderInsz));

        var detail = await WachtAsync(beheerder, id, "Failed");

        Assert.Equal("van xx.xx.xx-xxx.xx", (detail["input"]!["Storing"] ?? detail["input"]!["storing"])!.GetValue<string>());
        Assert.DoesNotContain(BeheerderInsz, detail.ToJsonString());
    }

    [Fact]
    public async Task Het_overzicht_telt_per_workflow_en_status()
    {
        using var beheerder = await BeheerderAsync();
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeOrchestrator), new ProbeOpdracht(120, 0));
        await WachtAsync(beheerder, id, "Running");

        var overzicht = await beheerder.GetAsync("api/beheer/overzicht");

        Assert.Equal(HttpStatusCode.OK, overzicht.Status);
        Assert.Contains(overzicht.Json["tellingen"]!.AsArray(), t => t!["naam"]!.GetValue<string>() == nameof(ProbeOrchestrator)
            && t["status"]!.GetValue<string>() == "Running" && t["aantal"]!.GetValue<int>() >= 1);
        Assert.Contains(overzicht.Json["oudsteLopende"]!.AsArray(), w => w!["instanceId"]!.GetValue<string>() == id);
        Assert.Empty(overzicht.Json["vastgelopenLeveringen"]!.AsArray());
        Assert.Equal(HttpStatusCode.BadRequest, (await beheerder.GetAsync("api/beheer/workflows?status=bezig")).Status);
        await Client.TerminateInstanceAsync(id);
    }

    [Fact]
    public async Task Wie_geen_beheerder_is_krijgt_404_op_elke_beheerroute()
    {
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(ProbeOrchestrator), new ProbeOpdracht(0, 0));
        // Every operator route of the app, found the way the host finds them, so a new one is covered without editing this test.
        var routes = HttpFunctions.Discover(typeof(VLoket.Functions.VLoketServiceCollectionExtensions).Assembly)
            .Where(f => f.Route.StartsWith("beheer/", StringComparison.Ordinal))
            .SelectMany(f => f.Methods.Select(m => (Methode: new HttpMethod(m.ToUpperInvariant()), Url: "api/" + f.Route.Replace("{instanceId}", id))))
            .Append((new HttpMethod("GET"), "api/beheer/workflows?status=Failed"))
            .ToList();
        // At least the 7 workflow routes, the overview, the service import and the filtered list.
        Assert.True(routes.Count >= 10, string.Join(", ", routes));

        foreach (var (methode, url) in routes)
        {
            var vertegenwoordiger = await fixture.Vertegenwoordiger.SendAsync(methode, url, null, null);
            Assert.True(vertegenwoordiger.Status == HttpStatusCode.NotFound, $"{methode} {url}: {vertegenwoordiger}");
            Assert.Equal("application/problem+json", vertegenwoordiger.ContentType);

            using var anoniem = await fixture.Client.SendAsync(new HttpRequestMessage(methode, url));
            Assert.True(anoniem.StatusCode == HttpStatusCode.NotFound, $"anonymous {methode} {url}: {(int)anoniem.StatusCode}");
            Assert.Equal("application/problem+json", anoniem.Content.Headers.ContentType?.MediaType);
        }

        // The instance is untouched.
        Assert.NotNull(await Client.GetInstanceAsync(id));
    }
}
