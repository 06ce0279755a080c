using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Reservaties;

/// <summary>
/// The simulated agencies' <c>feestzaal</c> needs the lending service's approval (contract 1.2): confirmed first, the
/// reservation waits for it at the agency (<c>TerGoedkeuring</c>) and in the dossier; the decision reaches the loket as a
/// signed callback from the agency that calls back (OVO002949), and by reading the reservation from the one that does not
/// (OVO004021). Through HTTP, on Azurite, with the real engine.
/// </summary>
public sealed class ReservatieGoedkeuringPadTests(ReservatieFixture fixture) : IClassFixture<ReservatieFixture>
{
    const string WachtLabel = "Wacht op goedkeuring van de uitleendienst";

    [Fact]
    public async Task Een_instantie_met_callbacks_meldt_de_goedkeuring_en_het_dossier_is_bevestigd()
    {
        var (locatie, reservatieId) = await BevestigdAsync(ReservatieFixture.UitleendienstMetCallbacks, ReservatieFixture.OvoCodeMetCallbacks, 300);

        var goedgekeurd = await BeslisAsync(ReservatieFixture.OvoCodeMetCallbacks, reservatieId, new { beslissing = "goedkeuren" });
        Assert.True(goedgekeurd.IsSuccessStatusCode, await goedgekeurd.Content.ReadAsStringAsync());

        var dossier = await fixture.WachtOpDossierAsync(locatie, d => Fase(d) == "Goedgekeurd");
        Assert.Equal("Reservatie bevestigd", dossier["status"]!["label"]!.GetValue<string>());
        var bijInstantie = await fixture.ReservatieBijInstantieAsync(dossier["dossierId"]!.GetValue<string>(), ReservatieFixture.OvoCodeMetCallbacks);
        Assert.Equal("Bevestigd", bijInstantie["status"]!.GetValue<string>());
        Assert.Equal(0, await fixture.BeschikbaarBijInstantieAsync("feestzaal", 300, ovoCode: ReservatieFixture.OvoCodeMetCallbacks));
    }

    [Fact]
    public async Task Een_instantie_zonder_callbacks_wordt_gelezen_en_een_weigering_sluit_het_dossier_met_de_reden()
    {
        var (locatie, reservatieId) = await BevestigdAsync(ReservatieFixture.Uitleendienst, ReservatieFixture.OvoCode, 301);

        const string motivering = "De feestzaal is die week in herstelling.";
        var geweigerd = await BeslisAsync(ReservatieFixture.OvoCode, reservatieId, new { beslissing = "weigeren", motivering });
        Assert.True(geweigerd.IsSuccessStatusCode, await geweigerd.Content.ReadAsStringAsync());

        var dossier = await fixture.WachtOpDossierAsync(locatie, d => Fase(d) == "Afgekeurd");
        Assert.Equal("Reservatie geweigerd", dossier["status"]!["label"]!.GetValue<string>());
        Assert.Equal(motivering, dossier["statusgeschiedenis"]!.AsArray()[^1]!["toelichting"]!.GetValue<string>());
        Assert.Equal(1, await fixture.BeschikbaarBijInstantieAsync("feestzaal", 301, dagen: 1));
    }

    /// <summary>Reserves the feestzaal and confirms; the agency answers that it waits for approval.</summary>
    async Task<(string Locatie, string ReservatieId)> BevestigdAsync(string productnummer, string ovoCode, int over)
    {
        var r = await fixture.ReserveerAsync("feestzaal", 1, over, dagen: 1, productnummer: productnummer);
        Assert.True(r.Status == HttpStatusCode.Accepted, r.ToString());
        var vastgehouden = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "ActieNodig");
        Assert.Equal(HttpStatusCode.Accepted, (await fixture.Vertegenwoordiger.PostAsync(r.Location + "/bevestig", null)).Status);

        var wacht = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) is "InBehandeling" or "Verlopen" or "Goedgekeurd");
        Assert.Equal(("InBehandeling", WachtLabel), (Fase(wacht), wacht["status"]!["label"]!.GetValue<string>()));
        Assert.False(wacht["actieNodig"]!.GetValue<bool>());
        var bijInstantie = await fixture.ReservatieBijInstantieAsync(vastgehouden["dossierId"]!.GetValue<string>(), ovoCode);
        Assert.Equal("TerGoedkeuring", bijInstantie["status"]!.GetValue<string>());

        // Past the simulator's hold time the reservation still waits: confirmed, it no longer lapses.
        await Task.Delay(TimeSpan.FromSeconds(ReservatieFixture.HoudSeconden + 1));
        Assert.Equal(WachtLabel, (await fixture.WachtOpDossierAsync(r.Location!, _ => true))["status"]!["label"]!.GetValue<string>());
        return (r.Location!, vastgehouden["dossierNummer"]!.GetValue<string>());
    }

    async Task<HttpResponseMessage> BeslisAsync(string ovoCode, string reservatieId, object beslissing)
    {
        using var http = new HttpClient();
        return await http.PostAsJsonAsync(new Uri(fixture.Simulator.InstantieUrl(ovoCode), $"reservaties/{reservatieId}/goedkeuring"), beslissing);
    }
}
