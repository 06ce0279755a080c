using System.Net;
using System.Text.Json.Nodes;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Storage;
using VLoket.Orchestrations.Diagnostics;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Beheer;

/// <summary>The operator API through HTTP, on the local host's real engine.</summary>
public sealed class BeheerTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
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
    public async Task Een_beheerder_vindt_een_mislukte_workflow_herstart_hem_na_het_oplossen_van_de_oorzaak_en_ziet_hem_afronden()
    {
        using var beheerder = await BeheerderAsync();
        string storing = "s" + Guid.NewGuid().ToString("N");
        string id = await Client.ScheduleNewOrchestrationInstanceAsync(nameof(StoringsProbeOrchestrator), new StoringsProbeOpdracht(storing));
        await WachtAsync(beheerder, id, "Failed");

        var lijst = await beheerder.GetAsync("api/beheer/workflows?status=failed&naam=StoringsProbeOrchestrator");
        Assert.Equal(HttpStatusCode.OK, lijst.Status);
        var item = lijst.Json["items"]!.AsArray().Single(i => i!["instanceId"]!.GetValue<string>() == id)!;
        Assert.Equal("Failed", item["status"]!.GetValue<string>());
        Assert.Equal(nameof(StoringsProbeOrchestrator), item["naam"]!.GetValue<string>());

        var detail = (await beheerder.GetAsync($"api/beheer/workflows/{id}")).Json;
        Assert.Contains("nog niet opgelost", detail["fout"]!.ToJsonString());
        Assert.Equal(storing, (detail["input"]!["Storing"] ?? detail["input"]!["storing"])!.GetValue<string>());
        Assert.True(detail["historiek"] is JsonArray { Count: > 0 } || detail["historiekNietBeschikbaar"] is not null, detail.ToJsonString());

        // The cause is fixed: the disruption is marked solved.
        var tabel = await fixture.Host.Services.GetRequiredService<Tabellen>().TabelAsync(ControleerStoring.Tabel);
        await tabel.AddEntityAsync(new Azure.Data.Tables.TableEntity(ControleerStoring.Partitie, storing));

        var herstart = await beheerder.PostAsync($"api/beheer/workflows/{id}/herstart", null);
        Assert.Equal(HttpStatusCode.Accepted, herstart.Status);
        Assert.Equal(id, herstart.Json["instanceId"]!.GetValue<string>());

        var klaar = await WachtAsync(beheerder, id, "Completed");
        Assert.Equal($"Storing {storing} is opgelost.", klaar["output"]!.GetValue<string>());
    }

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
        (HttpMethod Methode, string Url)[] routes =
        [
            (HttpMethod.Get, "api/beheer/workflows"),
            (HttpMethod.Get, "api/beheer/workflows?status=Failed"),
            (HttpMethod.Get, $"api/beheer/workflows/{id}"),
            (HttpMethod.Post, $"api/beheer/workflows/{id}/beeindig"),
            (HttpMethod.Post, $"api/beheer/workflows/{id}/pauzeer"),
            (HttpMethod.Post, $"api/beheer/workflows/{id}/hervat"),
            (HttpMethod.Post, $"api/beheer/workflows/{id}/herstart"),
            (HttpMethod.Delete, $"api/beheer/workflows/{id}"),
            (HttpMethod.Get, "api/beheer/overzicht"),
        ];

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
