using System.Net;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;
using static VLoket.Tests.Meldingen.MeldingenFixture;

namespace VLoket.Tests.Meldingen;

public sealed partial class MeldingMomentTests
{
    [Fact]
    public async Task Een_uitnodiging_per_e_mail_gaat_naar_dat_adres_en_daarna_krijgt_elke_vertegenwoordiger_zijn_eigen_mail()
    {
        string mijnAdres = NieuwAdres();
        await fixture.ZetAdresAsync(mijnAdres);
        string zijnAdres = NieuwAdres("uitgenodigde");
        var v = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}");

        var uitgenodigd = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/uitnodigingen", new { eMail = zijnAdres, rol = "Penningmeester" }, v.ETag);

        Assert.Equal(HttpStatusCode.Created, uitgenodigd.Status);
        var uitnodiging = Assert.Single(await Smtp4devServer.WachtOpAsync(zijnAdres));
        Assert.Equal("Je bent uitgenodigd als vertegenwoordiger van een vereniging", uitnodiging.Onderwerp);
        Assert.Contains($"{fixture.Host.BaseAddress}#/verenigingen", uitnodiging.Tekst);
        Assert.Contains("Jeugdhuis Aanvraagtest", uitnodiging.Tekst);
        Assert.False(uitnodiging.Koppen.ContainsKey("List-Unsubscribe"));

        using var hij = await fixture.AlsMetEMailAsync(Voorbeelden.NieuwInsz(), "Pieter", "Penning", zijnAdres);
        await LoketFixture.AanvaardAsync(hij, fixture.VCode);
        var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        string dossierId = r.Json["dossierId"]!.GetValue<string>();

        var mijne = Assert.Single(await Smtp4devServer.WachtOpAsync(mijnAdres, Over(dossierId, "Er is een beslissing over je aanvraag")));
        var zijne = Assert.Single(await Smtp4devServer.WachtOpAsync(zijnAdres, Over(dossierId, "Er is een beslissing over je aanvraag")));
        Assert.Equal([mijnAdres], mijne.Aan);
        Assert.Equal([zijnAdres], zijne.Aan);
        Assert.NotEqual(mijne.Koppen["List-Unsubscribe"], zijne.Koppen["List-Unsubscribe"]);
    }
    // The registration form asks the other representatives' e-mail addresses and says each "krijgt een uitnodiging";
    // before, only their INSZ was kept, so no mail went out and they found the association only by chance.
    [Fact]
    public async Task Wie_bij_de_registratie_met_een_e_mailadres_wordt_vermeld_krijgt_de_uitnodiging_per_mail()
    {
        string zijnAdres = NieuwAdres("medebestuurder");
        string zijnInsz = Voorbeelden.NieuwInsz();
        using var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Ilse", "Indiener");
        var body = Voorbeelden.Minimaal($"Registratie met uitnodiging {Guid.NewGuid():N}"[..40]);
        body["vertegenwoordigers"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["insz"] = zijnInsz, ["voornaam"] = "Mo", ["achternaam"] = "Medebestuurder", ["eMail"] = zijnAdres, ["rol"] = "Penningmeester",
        });

        var r = await ik.PostAsync("api/verenigingen", body);

        Assert.True(r.Status == HttpStatusCode.Created, r.ToString());
        string vCode = r.Json["vCode"]!.GetValue<string>();
        var uitnodiging = Assert.Single(await Smtp4devServer.WachtOpAsync(zijnAdres));
        Assert.Equal("Je bent uitgenodigd als vertegenwoordiger van een vereniging", uitnodiging.Onderwerp);
        Assert.Equal([zijnAdres], uitnodiging.Aan);

        // He accepts by his INSZ, as before; the address only carried the mail.
        using var hij = await fixture.AlsAsync(zijnInsz, "Mo", "Medebestuurder");
        await LoketFixture.AanvaardAsync(hij, vCode);
        Assert.Equal(HttpStatusCode.OK, (await hij.GetAsync($"api/verenigingen/{vCode}")).Status);
    }
}
