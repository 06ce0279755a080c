using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;
using VLoket.Domain.Storage;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Aanvragen.V1;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>
/// An application started before workflows carried ids only (version 1: its input holds the answers and the form, its
/// dossier row no kind, version or index entry) still ends on today's code: the association answers the agency's
/// question through HTTP, the agency calls back, and the old workflow, replayed from its history, closes the dossier.
/// </summary>
public sealed class OudeWorkflowTests(AanvraagFixture fixture) : IClassFixture<AanvraagFixture>
{
    [Fact]
    public async Task Een_workflow_gestart_in_de_oude_vorm_wordt_afgewerkt_door_de_nieuwe_code()
    {
        var client = fixture.Host.Services.GetRequiredService<DurableTaskClient>();
        string dossierId = "D" + Guid.NewGuid().ToString("N");
        var nu = DateTimeOffset.UtcNow;
        var antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Kamp aan zee", ["scenario"] = "aanvullen" };
        await BewaarOudDossierAsync(new Dossier
        {
            DossierId = dossierId, VCode = fixture.VCode, Productnummer = Callback, Dienstnaam = "Projectsubsidie jeugdwerk",
            Entiteit = "OVO002949", Instantienaam = "Departement Cultuur, Jeugd en Media",
            Bron = "http://simulator/instanties/OVO002949/aanvragen",
            Status = new DossierStatus(Fasen.Ingediend, "Ontvangen door het loket"), Antwoorden = antwoorden.ToDictionary(a => a.Key, a => AntwoordTypes.Van(a.Value)),
            Statusgeschiedenis = [new Statuswijziging(nu, Fasen.Ingediend, "Ontvangen door het loket", null)],
            AangemaaktOp = nu, Uiterlijk = nu.AddMinutes(2),
        });
        // What the version 1 starter scheduled: the old name and the old input, answers and form included.
        string callbackUrl = new Uri(fixture.Client.BaseAddress!, "api/instanties/OVO002949/callbacks").ToString();
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(AanvraagOrchestrator), new AanvraagOpdracht(
            dossierId, fixture.VCode, Callback, "OVO002949", Modi.Callback, antwoorden,
            [new Vraag("naamVereniging", "Naam", "tekst", true, Bron: "vereniging.naam"), new Vraag("omschrijving", "Omschrijving", "tekst", true),
             new Vraag("scenario", "Demoscenario", "keuze", false, ["goedkeuren", "aanvullen"])],
            DateTime.UtcNow.AddMinutes(2), callbackUrl, null, EerstePollSeconden: 1), new StartOrchestrationOptions(dossierId));
        string locatie = $"api/verenigingen/{fixture.VCode}/dossiers/{dossierId}";

        var vraag = await fixture.WachtOpDossierAsync(locatie, d => d["actieNodig"]!.GetValue<bool>());
        Assert.Equal("Aanvraag", vraag["soort"]!.GetValue<string>());
        var antwoord = await fixture.Vertegenwoordiger.PostAsync($"{locatie}/antwoord", new { antwoord = "Het budget is 1200 euro.", vraagnummer = vraag["vraagnummer"]!.GetValue<int>() });
        Assert.Equal(HttpStatusCode.Accepted, antwoord.Status);

        var klaar = await fixture.WachtOpDossierAsync(locatie, d => Fase(d) == "Goedgekeurd");
        Assert.Contains(klaar["statusgeschiedenis"]!.AsArray(), s => s!["toelichting"]?.GetValue<string>() == "Jullie antwoord: Het budget is 1200 euro.");
        Assert.Single(klaar["documenten"]!.AsArray(), d => d!["soort"]!.GetValue<string>() == "Beslissing");
        var workflow = await client.WaitForInstanceCompletionAsync(dossierId, getInputsAndOutputs: true, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, workflow.RuntimeStatus);
        Assert.Equal(nameof(AanvraagOrchestrator), workflow.Name);
        Assert.Equal("Goedgekeurd", workflow.ReadOutputAs<AanvraagUitkomst>()!.Fase);
    }

    /// <summary>Writes the dossier row as version 1 wrote it: without kind, workflow version or index row.</summary>
    async Task BewaarOudDossierAsync(Dossier dossier)
    {
        var json = JsonSerializer.SerializeToNode(dossier, JsonEigenschappen.Opties)!.AsObject();
        foreach (string nieuw in new[] { "soort", "workflowVersie", "vertegenwoordigerId", "gekendeBronnen" })
        {
            Assert.True(json.Remove(nieuw), nieuw);
        }

        var tabel = fixture.Host.Services.GetRequiredService<Tabellen>();
        var e = new TableEntity(dossier.VCode, dossier.DossierId) { ["Fase"] = dossier.Status.Fase };
        JsonEigenschappen.Schrijf(e, json);
        await (await tabel.TabelAsync(DossierRepository.Tabel)).AddEntityAsync(e);
    }
}
