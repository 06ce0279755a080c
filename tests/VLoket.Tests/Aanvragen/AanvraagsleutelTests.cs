using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Verenigingen.Opslag;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>
/// An application sent again with the same <c>Idempotency-Key</c> (the answer got lost, the volunteer pressed again) is the
/// same application: one dossier, one case at the agency; and a first attempt that stopped between storing and starting
/// its workflow is finished by the second.
/// </summary>
public sealed class AanvraagsleutelTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    async Task<Infrastructure.Antwoord> VraagAanAsync(string productnummer, string sleutel)
    {
        var body = new { productnummer, antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Kamp aan zee", ["scenario"] = "goedkeuren" } };
        return await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/aanvragen", body,
            headers: new Dictionary<string, string> { [Aanvraagsleutel.Veld] = sleutel });
    }

    async Task<int> ZakenAsync(string ovoCode, string dossierId)
    {
        using var http = new HttpClient();
        var zaken = (await http.GetFromJsonAsync<JsonArray>(new Uri(fixture.Simulator.InstantieUrl(ovoCode), "zaken")))!;
        return zaken.Count(z => z!["dossierId"]!.GetValue<string>() == dossierId);
    }

    async Task<int> DossiersAsync(string dossierId) =>
        (await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers")).Json["dossiers"]!.AsArray()
            .Count(d => d!["dossierId"]!.GetValue<string>() == dossierId);

    /// <summary>
    /// A start that stops between storing the dossier and starting its workflow (the process dies): the workflow port
    /// throws, and answers that a workflow exists, so nothing is undone; in truth there is none.
    /// </summary>
    async Task<Dossier> BewaarZonderWorkflowAsync(Aanvraagsleutel? sleutel)
    {
        var vereniging = (await fixture.Host.Services.GetRequiredService<VerenigingRepository>().LeesAsync(fixture.VCode))!.Waarde;
        var gestopt = new Mock<IDossierWorkflows>();
        gestopt.Setup(w => w.StartAanvraagAsync(It.IsAny<Dossier>(), It.IsAny<CancellationToken>())).ThrowsAsync(new IOException("proces gestopt"));
        gestopt.Setup(w => w.BestaatAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var antwoorden = new Dictionary<string, JsonElement>
        {
            ["omschrijving"] = JsonSerializer.SerializeToElement("Kamp aan zee"), ["scenario"] = JsonSerializer.SerializeToElement("goedkeuren"),
        };
        return await fixture.Host.Services.GetRequiredService<DossierDienst>()
            .StartAsync(vereniging, null, Callback, antwoorden, sleutel, gestopt.Object, CancellationToken.None);
    }

    [Fact]
    public async Task Dezelfde_sleutel_opnieuw_geeft_hetzelfde_dossier_en_een_zaak()
    {
        string sleutel = Guid.NewGuid().ToString();
        var eerste = await VraagAanAsync(Callback, sleutel);
        Assert.True(eerste.Status == HttpStatusCode.Accepted, eerste.ToString());
        string dossierId = eerste.Json["dossierId"]!.GetValue<string>();
        await fixture.WachtOpDossierAsync(eerste.Location!, d => Fase(d) == "Goedgekeurd");

        var tweede = await VraagAanAsync(Callback, sleutel);

        Assert.True(tweede.Status == HttpStatusCode.Accepted, tweede.ToString());
        Assert.Equal(dossierId, tweede.Json["dossierId"]!.GetValue<string>());
        Assert.Equal("Goedgekeurd", Fase(tweede.Json));
        Assert.Equal(1, await DossiersAsync(dossierId));
        Assert.Equal(1, await ZakenAsync("OVO002949", dossierId));

        // Another key is another application.
        var ander = await VraagAanAsync(Callback, Guid.NewGuid().ToString());
        Assert.NotEqual(dossierId, ander.Json["dossierId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_sleutel_van_een_andere_aanvraag_of_een_ongeldige_sleutel_wordt_geweigerd_zonder_dossier()
    {
        string sleutel = Guid.NewGuid().ToString("N");
        var eerste = await VraagAanAsync(Callback, sleutel);
        Assert.True(eerste.Status == HttpStatusCode.Accepted, eerste.ToString());
        int voor = (await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers")).Json["dossiers"]!.AsArray().Count;

        var andereDienst = await VraagAanAsync(Polling, sleutel);
        Assert.Equal(HttpStatusCode.Conflict, andereDienst.Status);
        Assert.Equal("application/problem+json", andereDienst.ContentType);
        Assert.Contains("andere aanvraag", andereDienst.Json["detail"]!.GetValue<string>());

        foreach (string fout in new[] { "met spatie", new string('a', Aanvraagsleutel.MaxLengte + 1), "a,b", "a/b" })
        {
            var r = await VraagAanAsync(Callback, fout);
            Assert.True(r.Status == HttpStatusCode.BadRequest, $"{fout}: {r}");
            Assert.Equal([Aanvraagsleutel.Veld], r.FoutVelden);
        }

        Assert.Equal(voor, (await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/dossiers")).Json["dossiers"]!.AsArray().Count);
    }

    // The crash between storing the dossier and starting its workflow: the dossier stays "ontvangen door het loket" and
    // nothing moves. The same key again starts the workflow, and the application reaches the agency once.
    [Fact]
    public async Task Een_eerste_poging_die_stopte_voor_haar_workflow_wordt_door_de_tweede_afgemaakt()
    {
        string sleutel = Guid.NewGuid().ToString();
        var bewaard = await BewaarZonderWorkflowAsync(Aanvraagsleutel.Create(sleutel));
        var client = fixture.Host.Services.GetRequiredService<DurableTaskClient>();
        Assert.Null(await client.GetInstanceAsync(bewaard.DossierId));

        var opnieuw = await VraagAanAsync(Callback, sleutel);

        Assert.True(opnieuw.Status == HttpStatusCode.Accepted, opnieuw.ToString());
        Assert.Equal(bewaard.DossierId, opnieuw.Json["dossierId"]!.GetValue<string>());
        await fixture.WachtOpDossierAsync(opnieuw.Location!, d => Fase(d) == "Goedgekeurd");
        Assert.Equal(1, await ZakenAsync("OVO002949", bewaard.DossierId));
    }
    // The same stop, and nobody sends it again (the volunteer closed the page): the hourly sweep starts the workflow once
    // the dossier is ten minutes old, and leaves it be before that and once it runs.
    [Fact]
    public async Task Een_ingediend_dossier_zonder_workflow_wordt_door_de_herstelronde_gestart()
    {
        var dienst = fixture.Host.Services.GetRequiredService<DossierDienst>();
        var bewaard = await BewaarZonderWorkflowAsync(null);
        var client = fixture.Host.Services.GetRequiredService<DurableTaskClient>();
        var workflows = fixture.Host.Services.GetRequiredService<VLoket.Functions.Dossiers.DossierWorkflowFabriek>().Voor(client, fixture.Host.BaseAddress.ToString());

        await dienst.StartZonderWorkflowAsync(workflows, DateTimeOffset.UtcNow);
        Assert.Null(await client.GetInstanceAsync(bewaard.DossierId)); // too young: its own start may still be under way

        await dienst.StartZonderWorkflowAsync(workflows, DateTimeOffset.UtcNow + DossierDienst.HerstelNa + TimeSpan.FromMinutes(1));
        Assert.NotNull(await client.GetInstanceAsync(bewaard.DossierId));
        await fixture.WachtOpDossierAsync($"/api/verenigingen/{fixture.VCode}/dossiers/{bewaard.DossierId}", d => Fase(d) == "Goedgekeurd");
        await dienst.StartZonderWorkflowAsync(workflows, DateTimeOffset.UtcNow + DossierDienst.HerstelNa + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await ZakenAsync("OVO002949", bewaard.DossierId));
    }
}
