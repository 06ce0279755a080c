using System.Net;
using VLoket.Orchestrations.Dossiers;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Reservaties;

/// <summary>
/// An agency that refuses the loket's credential (401; here: it trusts another key) does not close the association's
/// dossier as refused: the loket retries and the dossier says it is delayed, for an operator to follow up.
/// A fixture of its own, since the agency distrusts the loket for the whole test.
/// </summary>
public sealed class LoketBewijsWeigeringTests(ReservatieFixture fixture) : IClassFixture<ReservatieFixture>
{
    [Fact]
    public async Task Een_instantie_die_het_bewijs_van_het_loket_weigert_maakt_het_dossier_vertraagd_niet_afgekeurd()
    {
        var echte = fixture.Simulator.LoketJwksUrl;
        fixture.Simulator.LoketJwksUrl = await LoketBewijzen.AndereJwksUrlAsync();
        try
        {
            var r = await fixture.ReserveerAsync("podium", 1, over: 150);
            Assert.Equal(HttpStatusCode.Accepted, r.Status);

            var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => d["status"]!["label"]!.GetValue<string>() == DossierRegels.VertraagdLabel);

            Assert.Equal("Ingediend", Fase(dossier));
        }
        finally
        {
            fixture.Simulator.LoketJwksUrl = echte;
        }
    }
}
