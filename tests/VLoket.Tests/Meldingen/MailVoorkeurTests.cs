using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Meldingen;
using VLoket.Functions.Meldingen;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;
using static VLoket.Tests.Meldingen.MeldingenFixture;

namespace VLoket.Tests.Meldingen;

/// <summary>Preferences per representative and kind, the one-click unsubscribe, and mails that keep failing (operators).</summary>
public sealed class MailVoorkeurTests(MeldingenFixture fixture) : IClassFixture<MeldingenFixture>
{
    string Voorkeuren => $"api/verenigingen/{fixture.VCode}/meldingen/voorkeuren";

    [Fact]
    public async Task Voorkeuren_lezen_en_zetten_en_Actie_nodig_kan_niet_uit()
    {
        var start = await fixture.Vertegenwoordiger.GetAsync(Voorkeuren);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.All(start.Json["voorkeuren"]!.AsArray(), v => Assert.Equal("Onmiddellijk", v!["keuze"]!.GetValue<string>()));

        var gezet = await fixture.Vertegenwoordiger.SendAsync(HttpMethod.Put, Voorkeuren,
            new { voorkeuren = new Dictionary<string, string> { ["Vraag"] = "Geen", ["Termijn"] = "Geen" } }, null);

        Assert.Equal(HttpStatusCode.OK, gezet.Status);
        var keuzes = gezet.Json["voorkeuren"]!.AsArray().ToDictionary(v => v!["soort"]!.GetValue<string>(), v => v!["keuze"]!.GetValue<string>());
        Assert.Equal("Dagelijks", keuzes["Vraag"]);
        Assert.Equal("Geen", keuzes["Termijn"]);
        Assert.Equal("Dagelijks", (await fixture.Vertegenwoordiger.GetAsync(Voorkeuren)).Json["voorkeuren"]!.AsArray()
            .Single(v => v!["soort"]!.GetValue<string>() == "Vraag")!["keuze"]!.GetValue<string>());
        await fixture.Vertegenwoordiger.SendAsync(HttpMethod.Put, Voorkeuren,
            new { voorkeuren = new Dictionary<string, string> { ["Vraag"] = "Onmiddellijk", ["Termijn"] = "Onmiddellijk" } }, null);
    }

    // A one-click unsubscribe and a save on the preferences page at the same moment: each changes its own kinds, and
    // neither may undo the other's. Before, both read, both wrote the whole row, and the later one won.
    [Fact]
    public async Task Gelijktijdige_wijzigingen_van_verschillende_soorten_blijven_allemaal_bewaard()
    {
        var voorkeuren = fixture.Host.Services.GetRequiredService<MailVoorkeuren>();
        string vCode = "V" + Random.Shared.Next(9_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var verloren = new List<string>();
        for (int ronde = 0; ronde < 10; ronde++)
        {
            await voorkeuren.ZetAsync(vCode, 1, MailSoorten.Instelbaar.ToDictionary(s => s.ToString(), _ => "Onmiddellijk"));
            await Task.WhenAll(MailSoorten.Instelbaar.Select(s => Task.Run(() => voorkeuren.ZetAsync(vCode, 1, new Dictionary<string, string> { [s.ToString()] = "Dagelijks" }))));

            var nu = await voorkeuren.LeesAsync(vCode, 1);
            verloren.AddRange(nu.Where(k => k.Value != MailKeuze.Dagelijks).Select(k => $"ronde {ronde}: {k.Key}"));
        }

        Assert.True(verloren.Count == 0, "Verloren wijzigingen: " + string.Join(", ", verloren));
    }

    [Fact]
    public async Task Foute_voorkeuren_geven_400_en_veranderen_niets_en_een_ander_krijgt_404()
    {
        var fout = await fixture.Vertegenwoordiger.SendAsync(HttpMethod.Put, Voorkeuren,
            new { voorkeuren = new Dictionary<string, string> { ["Beslissing"] = "Geen", ["Spam"] = "Geen", ["Vraag"] = "Soms" } }, null);

        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal("application/problem+json", fout.ContentType);
        Assert.Contains("voorkeuren.Spam", fout.Tekst);
        Assert.Equal("Onmiddellijk", (await fixture.Vertegenwoordiger.GetAsync(Voorkeuren)).Json["voorkeuren"]!.AsArray()
            .Single(v => v!["soort"]!.GetValue<string>() == "Beslissing")!["keuze"]!.GetValue<string>());
        using var ander = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Andere", "Persoon");
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync(Voorkeuren)).Status);
    }

    [Fact]
    public async Task Afmelden_met_een_klik_stopt_die_soort_mails_en_een_vals_token_geeft_400()
    {
        string adres = NieuwAdres();
        await fixture.ZetAdresAsync(adres);
        var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        var eerste = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, Over(r.Json["dossierId"]!.GetValue<string>(), "Er is een beslissing over je aanvraag")));
        string afmelden = eerste.Koppen["List-Unsubscribe"].Trim('<', '>');

        using var anoniem = new HttpClient();
        var bekeken = await anoniem.GetAsync(afmelden);
        Assert.Equal(HttpStatusCode.OK, bekeken.StatusCode);
        Assert.Equal("Onmiddellijk", (await fixture.Vertegenwoordiger.GetAsync(Voorkeuren)).Json["voorkeuren"]!.AsArray()
            .Single(v => v!["soort"]!.GetValue<string>() == "Beslissing")!["keuze"]!.GetValue<string>());
        var afgemeld = await anoniem.PostAsync(afmelden, new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.OK, afgemeld.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await anoniem.PostAsync(afmelden.Replace("Beslissing", "Vraag"), null)).StatusCode);

        var tweede = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        await fixture.WachtOpDossierAsync(tweede.Location!, d => Fase(d) == "Goedgekeurd");
        await Task.Delay(4000);
        Assert.DoesNotContain((await Smtp4devServer.MailsAanAsync(adres)).ToList(), new Predicate<OntvangenMail>(Over(tweede.Json["dossierId"]!.GetValue<string>(), "Er is een beslissing over je aanvraag")));
        await fixture.Vertegenwoordiger.SendAsync(HttpMethod.Put, Voorkeuren, new { voorkeuren = new Dictionary<string, string> { ["Beslissing"] = "Onmiddellijk" } }, null);
    }

    [Fact]
    public async Task Een_mail_die_blijft_mislukken_staat_bij_de_beheerders_en_gaat_na_opnieuw_een_keer_weg()
    {
        var configuratie = fixture.Host.Services.GetRequiredService<IConfiguration>();
        var instellingen = fixture.Host.Services.GetRequiredService<MailInstellingen>();
        string poort = configuratie[MeldingOpties.SmtpPoortSetting]!;
        string adres = NieuwAdres("vastgelopen");
        await fixture.ZetAdresAsync(adres);
        using var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");
        string dossierId;
        int maxPogingen = instellingen.MaxPogingen;
        try
        {
            // The mail server is gone: nothing listens on this port.
            configuratie[MeldingOpties.SmtpPoortSetting] = VLoket.Host.Storage.AzuriteProcess.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
            instellingen.MaxPogingen = 2;
            var r = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
            dossierId = r.Json["dossierId"]!.GetValue<string>();
            var einde = DateTime.UtcNow.AddSeconds(45);
            while (!(await beheerder.GetAsync("api/beheer/mails/vastgelopen")).Tekst.Contains($"{dossierId}.beslissing", StringComparison.Ordinal))
            {
                Assert.True(DateTime.UtcNow < einde, "The mail was not handed to operators in time.");
                await Task.Delay(500);
            }
        }
        finally
        {
            configuratie[MeldingOpties.SmtpPoortSetting] = poort;
            instellingen.MaxPogingen = maxPogingen;
        }

        var lijst = await beheerder.GetAsync("api/beheer/mails/vastgelopen");
        var vast = lijst.Json["mails"]!.AsArray().Single(m => m!["sleutel"]!.GetValue<string>() == $"{dossierId}.beslissing")!;
        Assert.Equal(2, vast["pogingen"]!.GetValue<int>());
        Assert.DoesNotContain(adres, lijst.Tekst);
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.Vertegenwoordiger.GetAsync("api/beheer/mails/vastgelopen")).Status);
        Assert.Empty(await Smtp4devServer.MailsAanAsync(adres));

        var opnieuw = await beheerder.PostAsync($"api/beheer/mails/vastgelopen/{fixture.VCode}/{dossierId}.beslissing/opnieuw", null);

        Assert.Equal(HttpStatusCode.Accepted, opnieuw.Status);
        Assert.Single(await Smtp4devServer.WachtOpAsync(adres, Over(dossierId, "Er is een beslissing over je aanvraag")));
        Assert.DoesNotContain($"{dossierId}.beslissing", (await beheerder.GetAsync("api/beheer/mails/vastgelopen")).Tekst);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.PostAsync($"api/beheer/mails/vastgelopen/{fixture.VCode}/{dossierId}.beslissing/opnieuw", null)).Status);
    }
}
