using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Aanvragen.AanvraagFixture;
using static VLoket.Tests.Meldingen.MeldingenFixture;

namespace VLoket.Tests.Meldingen;

/// <summary>
/// One test per moment of an application that mails the association: the mails in smtp4dev, how many, to whom, subject
/// and link. The tests share one association, so each picks its mails by dossier and subject and gives the
/// representative an address of its own.
/// </summary>
public sealed partial class MeldingMomentTests(MeldingenFixture fixture) : IClassFixture<MeldingenFixture>
{
    [Fact]
    public async Task Een_vraag_van_de_instantie_geeft_een_mail_met_link_naar_het_dossier()
    {
        string adres = NieuwAdres();
        await fixture.ZetAdresAsync(adres);

        var r = await fixture.VraagAanAsync(Callback, "aanvullen");
        await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "ActieNodig");
        string dossierId = r.Json["dossierId"]!.GetValue<string>();

        var mail = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, Over(dossierId, "Actie nodig: een instantie stelt een vraag over je aanvraag")));
        Assert.Equal([adres], mail.Aan);
        Assert.Contains($"{fixture.Host.BaseAddress}#/verenigingen/{fixture.VCode}/dossiers/{dossierId}", mail.Tekst);
        Assert.Contains($"#/verenigingen/{fixture.VCode}/dossiers/{dossierId}", mail.Html);
        Assert.Contains("omdat je vertegenwoordiger bent van Jeugdhuis Aanvraagtest", mail.Tekst);
        Assert.Contains("Projectsubsidie jeugdwerk", mail.Tekst);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Koppen["List-Unsubscribe-Post"]);
        Assert.StartsWith($"<{fixture.Host.BaseAddress}api/meldingen/afmelden?token=", mail.Koppen["List-Unsubscribe"]);
    }

    [Theory]
    [InlineData("goedkeuren", "goedgekeurd")]
    [InlineData("afkeuren", "afgewezen")]
    public async Task Een_beslissing_geeft_een_mail_die_zegt_welke(string scenario, string uitkomst)
    {
        string adres = NieuwAdres();
        await fixture.ZetAdresAsync(adres);

        var r = await fixture.VraagAanAsync(Callback, scenario);
        string dossierId = r.Json["dossierId"]!.GetValue<string>();

        var mail = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, Over(dossierId, "Er is een beslissing over je aanvraag")));
        Assert.Equal([adres], mail.Aan);
        Assert.Contains($"Projectsubsidie jeugdwerk' van Jeugdhuis Aanvraagtest: {uitkomst}.", mail.Tekst);
        Assert.Contains($"#/verenigingen/{fixture.VCode}/dossiers/{dossierId}", mail.Tekst);
    }

    [Fact]
    public async Task Een_naderende_termijn_geeft_een_herinnering_op_een_durable_timer()
    {
        string adres = NieuwAdres();
        await fixture.ZetAdresAsync(adres);

        // "stil": the agency never decides, so the deadline (2 min) draws near; the reminder is due 1:45 before it.
        var r = await fixture.VraagAanAsync(Callback, "stil");
        string dossierId = r.Json["dossierId"]!.GetValue<string>();

        var mail = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, Over(dossierId, "De termijn van je aanvraag loopt bijna af"), seconden: 60));
        Assert.Equal([adres], mail.Aan);
        Assert.Contains($"#/verenigingen/{fixture.VCode}/dossiers/{dossierId}", mail.Tekst);
    }
}
