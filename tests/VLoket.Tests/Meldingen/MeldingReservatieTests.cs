using VLoket.Tests.Infrastructure;
using VLoket.Tests.Reservaties;
using static VLoket.Tests.Aanvragen.AanvraagFixture;
using static VLoket.Tests.Meldingen.MeldingenFixture;

namespace VLoket.Tests.Meldingen;

/// <summary>The reservation fixture (holds of 15 s) with mail sent to the test run's smtp4dev.</summary>
public sealed class MeldingReservatieFixture : ReservatieFixture
{
    protected override bool MetMail => true;
}

/// <summary>A reservation to confirm: a mail at the hold, and a reminder from a durable timer when half the hold time is left.</summary>
public sealed class MeldingReservatieTests(MeldingReservatieFixture fixture) : IClassFixture<MeldingReservatieFixture>
{
    [Fact]
    public async Task Een_vastgehouden_reservatie_geeft_een_mail_en_halverwege_de_houdtijd_een_herinnering()
    {
        string adres = NieuwAdres("reservatie");
        var v = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}");
        int id = v.Json["vertegenwoordigers"]!.AsArray().First()!["vertegenwoordigerId"]!.GetValue<int>();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await fixture.Vertegenwoordiger.PatchAsync($"api/verenigingen/{fixture.VCode}/vertegenwoordigers/{id}", new { eMail = adres }, v.ETag)).Status);

        var r = await fixture.ReserveerAsync("tent", 1, over: 400);
        string dossierId = r.Json["dossierId"]!.GetValue<string>();
        var vastgehouden = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "ActieNodig");

        var eerste = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, Over(dossierId, "Actie nodig: bevestig je reservatie"), naWachten: false));
        var herinnering = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, Over(dossierId, "Herinnering: bevestig je reservatie"), seconden: 30));
        Assert.Equal([adres], eerste.Aan);
        Assert.Contains($"#/verenigingen/{fixture.VCode}/dossiers/{dossierId}", herinnering.Tekst);
        Assert.Contains("Bevestig je reservatie vóór", herinnering.Tekst);
        Assert.Equal(vastgehouden["actie"]!.GetValue<string>(), eerste.Tekst.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("Bevestig", StringComparison.Ordinal)));
        // Sent at about half of the 15 s hold, not at its end.
        var tussen = DateTime.Parse(herinnering.Koppen["Date"], System.Globalization.CultureInfo.InvariantCulture) - DateTime.Parse(eerste.Koppen["Date"], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(tussen.TotalSeconds, 3, 12);
    }
}
