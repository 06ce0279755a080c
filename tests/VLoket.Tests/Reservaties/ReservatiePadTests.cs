using System.Net;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Orchestrations.Aanvragen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Reservaties;

/// <summary>
/// One test per path of the reservation workflow, through HTTP, on Azurite, against Stad Gent's simulated uitleendienst.
/// Each test borrows in its own period so the stock of one test never shows in another.
/// </summary>
public sealed class ReservatiePadTests(ReservatieFixture fixture) : IClassFixture<ReservatieFixture>
{
    [Fact]
    public async Task Vastgehouden_dan_bevestigd_is_goedgekeurd_en_bevestigd_bij_de_instantie()
    {
        var r = await fixture.ReserveerAsync("zaal", 1, over: 100);
        Assert.Equal(HttpStatusCode.Accepted, r.Status);
        string dossierId = r.Json["dossierId"]!.GetValue<string>();

        var vastgehouden = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "ActieNodig");
        Assert.True(vastgehouden["actieNodig"]!.GetValue<bool>());
        Assert.StartsWith("Bevestig je reservatie vóór ", vastgehouden["actie"]!.GetValue<string>());
        Assert.Equal(fixture.Simulator.InstantieUrl(ReservatieFixture.OvoCode) + "reservaties", vastgehouden["bron"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Vertegenwoordiger.PostAsync(r.Location + "/antwoord", new { antwoord = "ja" })).Status);

        var bevestig = await fixture.Vertegenwoordiger.PostAsync(r.Location + "/bevestig", null);
        Assert.Equal(HttpStatusCode.Accepted, bevestig.Status);

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");
        Assert.Equal("Reservatie bevestigd", dossier["status"]!["label"]!.GetValue<string>());
        Assert.False(dossier["actieNodig"]!.GetValue<bool>());
        var reservatie = await fixture.ReservatieBijInstantieAsync(dossierId);
        Assert.Equal("Bevestigd", reservatie["status"]!.GetValue<string>());
        Assert.Equal(reservatie["reservatieId"]!.GetValue<string>(), dossier["dossierNummer"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Vertegenwoordiger.PostAsync(r.Location + "/bevestig", null)).Status);

        // Confirmed stays taken, past the hold time too; the loket's availability route says the same.
        await Task.Delay(TimeSpan.FromSeconds(ReservatieFixture.HoudSeconden + 1));
        Assert.Equal(0, await fixture.BeschikbaarBijInstantieAsync("zaal", 100));
        var (van, tot) = ReservatieFixture.Periode(100);
        var beschikbaar = await fixture.Vertegenwoordiger.GetAsync(
            $"api/verenigingen/{fixture.VCode}/beschikbaarheid?productnummer={ReservatieFixture.Uitleendienst}&materiaal=zaal&van={van}&tot={tot}");
        Assert.Equal(HttpStatusCode.OK, beschikbaar.Status);
        Assert.Equal(0, beschikbaar.Json["beschikbaar"]!.GetValue<int>());
    }

    [Fact]
    public async Task Niet_bevestigd_voor_de_vervaltijd_is_verlopen_en_het_materiaal_weer_vrij()
    {
        var r = await fixture.ReserveerAsync("podium", 1, over: 200);
        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "ActieNodig");
        Assert.Equal(0, await fixture.BeschikbaarBijInstantieAsync("podium", 200));

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Verlopen", seconden: ReservatieFixture.HoudSeconden + 45);

        Assert.Equal("Reservatie vervallen", dossier["status"]!["label"]!.GetValue<string>());
        Assert.False(dossier["actieNodig"]!.GetValue<bool>());
        Assert.Equal(1, await fixture.BeschikbaarBijInstantieAsync("podium", 200));
        var reservatie = await fixture.ReservatieBijInstantieAsync(r.Json["dossierId"]!.GetValue<string>());
        Assert.Contains(reservatie["status"]!.GetValue<string>(), new[] { "Vervallen", "Geannuleerd" });
        Assert.Equal(HttpStatusCode.Conflict, (await fixture.Vertegenwoordiger.PostAsync(r.Location + "/bevestig", null)).Status);
    }

    [Fact]
    public async Task Annuleren_geeft_het_vastgehouden_materiaal_vrij()
    {
        var r = await fixture.ReserveerAsync("tent", 2, over: 300);
        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "ActieNodig");
        Assert.Equal(1, await fixture.BeschikbaarBijInstantieAsync("tent", 300));

        var annuleer = await fixture.Vertegenwoordiger.PostAsync(r.Location + "/annuleer", new { reden = "Het feest gaat niet door." });

        Assert.Equal(HttpStatusCode.Accepted, annuleer.Status);
        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Geannuleerd");
        Assert.Equal("Het feest gaat niet door.", dossier["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());
        Assert.Equal("Geannuleerd", (await fixture.ReservatieBijInstantieAsync(r.Json["dossierId"]!.GetValue<string>()))["status"]!.GetValue<string>());
        Assert.Equal(3, await fixture.BeschikbaarBijInstantieAsync("tent", 300));
    }

    [Fact]
    public async Task Niet_genoeg_voorraad_is_afgekeurd_zonder_reservatie()
    {
        var r = await fixture.ReserveerAsync("tent", 4, over: 400);

        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Afgekeurd");

        Assert.Equal("Niet beschikbaar", dossier["status"]!["label"]!.GetValue<string>());
        Assert.Contains("maar 3 vrij", dossier["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());
        Assert.Equal(0, await fixture.AantalReservatiesBijInstantieAsync(r.Json["dossierId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Een_periode_die_eindigt_voor_ze_begint_geeft_400()
    {
        var (van, _) = ReservatieFixture.Periode(500);
        var r = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/aanvragen", new
        {
            productnummer = ReservatieFixture.Uitleendienst,
            antwoorden = new Dictionary<string, string> { ["materiaal"] = "tent", ["ophaaldatum"] = van, ["terugbrengdatum"] = "2020-01-01" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Contains("antwoorden.terugbrengdatum", r.FoutVelden);
    }

    [Fact]
    public async Task Een_onbereikbare_uitleendienst_maakt_het_dossier_vertraagd_en_de_workflow_mislukt_voor_een_beheerder()
    {
        using var simulator = new HttpClient { BaseAddress = fixture.Simulator.BaseAddress };
        using (var aan = await simulator.PutAsync($"storingen/{ReservatieFixture.OvoCode}", null))
        {
            Assert.Equal(HttpStatusCode.OK, aan.StatusCode);
        }

        try
        {
            var r = await fixture.ReserveerAsync("podium", 1, over: 140);
            Assert.Equal(HttpStatusCode.Accepted, r.Status);
            string dossierId = r.Json["dossierId"]!.GetValue<string>();

            var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => d["status"]!["label"]!.GetValue<string>() == VLoket.Orchestrations.Dossiers.DossierRegels.VertraagdLabel);
            Assert.Equal("Ingediend", Fase(dossier));
            Assert.False(dossier["actieNodig"]!.GetValue<bool>());
            Assert.Contains("je hoeft niets te doen", dossier["statusgeschiedenis"]!.AsArray().Last()!["toelichting"]!.GetValue<string>());
            var client = fixture.Host.Services.GetRequiredService<DurableTaskClient>();
            var workflow = await client.WaitForInstanceCompletionAsync(dossierId);
            Assert.Equal(OrchestrationRuntimeStatus.Failed, workflow.RuntimeStatus);
        }
        finally
        {
            using var uit = await simulator.DeleteAsync($"storingen/{ReservatieFixture.OvoCode}");
        }
    }
}
