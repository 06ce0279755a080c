using System.Net;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Orchestrations.Reservaties;
using VLoket.Orchestrations.Reservaties.V1;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Reservaties;

/// <summary>
/// A reservation whose workflow started before approvals existed (version 1, <c>ReservatieOrchestrator</c> with its old
/// input) still ends on today's code, confirmed through HTTP; and it keeps its old meaning for a room that needs approval:
/// a confirmation the agency cannot take yet lapses the reservation and cancels it at the agency.
/// </summary>
public sealed class OudeReservatieWorkflowTests(ReservatieFixture fixture) : IClassFixture<ReservatieFixture>
{
    [Fact]
    public async Task Een_reservatie_gestart_in_de_oude_vorm_wordt_bevestigd_door_de_nieuwe_code()
    {
        var (dossierId, locatie, client) = await OudeReservatieAsync("zaal", 400);

        await fixture.WachtOpDossierAsync(locatie, d => Fase(d) == "ActieNodig");
        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(locatie + "/bevestig", null)).Status);

        var dossier = await fixture.WachtOpDossierAsync(locatie, d => Fase(d) == "Goedgekeurd");
        Assert.Equal("Reservatie bevestigd", dossier["status"]!["label"]!.GetValue<string>());
        Assert.Equal("Bevestigd", (await fixture.ReservatieBijInstantieAsync(dossierId))["status"]!.GetValue<string>());
        var workflow = await client.WaitForInstanceCompletionAsync(dossierId, getInputsAndOutputs: true, new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        Assert.Equal((OrchestrationRuntimeStatus.Completed, nameof(ReservatieOrchestrator)), (workflow.RuntimeStatus, workflow.Name));
        Assert.Equal(Fasen.Goedgekeurd, workflow.ReadOutputAs<ReservatieUitkomst>()!.Fase);
    }

    [Fact]
    public async Task Voor_de_oude_vorm_is_een_bevestiging_ter_goedkeuring_niet_mogelijk_en_vervalt_de_reservatie()
    {
        var (dossierId, locatie, _) = await OudeReservatieAsync("feestzaal", 401);

        await fixture.WachtOpDossierAsync(locatie, d => Fase(d) == "ActieNodig");
        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(locatie + "/bevestig", null)).Status);

        var dossier = await fixture.WachtOpDossierAsync(locatie, d => Fase(d) == "Verlopen");
        Assert.Equal("Reservatie vervallen", dossier["status"]!["label"]!.GetValue<string>());
        Assert.Equal("Geannuleerd", (await fixture.ReservatieBijInstantieAsync(dossierId))["status"]!.GetValue<string>());
    }

    /// <summary>Stores a reservation's dossier and schedules what the version 1 starter scheduled: the old name and input.</summary>
    async Task<(string DossierId, string Locatie, DurableTaskClient Client)> OudeReservatieAsync(string materiaal, int over)
    {
        var client = fixture.Host.Services.GetRequiredService<DurableTaskClient>();
        string dossierId = "D" + Guid.NewGuid().ToString("N");
        var nu = DateTimeOffset.UtcNow;
        await fixture.Host.Services.GetRequiredService<DossierRepository>().MaakAsync(new Dossier
        {
            DossierId = dossierId, VCode = fixture.VCode, Productnummer = ReservatieFixture.Uitleendienst, Dienstnaam = "Materiaal lenen bij de uitleendienst",
            Entiteit = ReservatieFixture.OvoCode, Instantienaam = "Stad Gent — Uitleendienst", Soort = DossierSoort.Reservatie,
            WorkflowVersie = Dossier.HuidigeWorkflowVersie,
            Status = new DossierStatus(Fasen.Ingediend, "Ontvangen door het loket"),
            Statusgeschiedenis = [new Statuswijziging(nu, Fasen.Ingediend, "Ontvangen door het loket", null)],
            AangemaaktOp = nu,
        });
        var van = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(over);
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(ReservatieOrchestrator),
            new ReservatieOpdracht(dossierId, fixture.VCode, ReservatieFixture.OvoCode, materiaal, 1, van, van, Versie: 2),
            new StartOrchestrationOptions(dossierId));
        return (dossierId, $"api/verenigingen/{fixture.VCode}/dossiers/{dossierId}", client);
    }
}
