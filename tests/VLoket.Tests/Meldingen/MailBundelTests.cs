using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Meldingen;
using VLoket.Functions.Meldingen;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Aanvragen.AanvraagFixture;
using static VLoket.Tests.Meldingen.MeldingenFixture;

namespace VLoket.Tests.Meldingen;

/// <summary>
/// The daily digest through the real outbox, Azurite and smtp4dev: a representative who chose "Dagelijks" gets one mail a
/// day listing what was collected, one who chose "Onmiddellijk" gets none, and a second run the same day sends nothing.
/// The test runs the digest's round itself (the host's own timer waits an hour).
/// </summary>
public sealed class MailBundelTests(MeldingenFixture fixture) : IClassFixture<MeldingenFixture>
{
    string Voorkeuren => $"api/verenigingen/{fixture.VCode}/meldingen/voorkeuren";

    MailVerwerker Verwerker => fixture.Host.Services.GetRequiredService<MailVerwerker>();

    [Fact]
    public async Task Een_dagelijkse_vertegenwoordiger_krijgt_een_bundel_met_beide_berichten_en_een_tweede_ronde_stuurt_niets()
    {
        // Onmiddellijk first: its mail goes at once, and the digest has nothing for it (no digest is recorded for today either).
        string meteen = NieuwAdres("onmiddellijk");
        await fixture.ZetAdresAsync(meteen);
        var eerst = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
        Assert.Single(await Smtp4devServer.WachtOpAsync(meteen, Over(eerst.Json["dossierId"]!.GetValue<string>(), "Er is een beslissing over je aanvraag")));
        Assert.DoesNotContain(await Verwerker.BundelAsync(), u => u.VCode == fixture.VCode);
        Assert.DoesNotContain(await Smtp4devServer.MailsAanAsync(meteen), m => m.Onderwerp == BundelOpsteller.Onderwerp);

        string adres = NieuwAdres("dagelijks");
        int id = await fixture.ZetAdresAsync(adres);
        var gezet = await fixture.Vertegenwoordiger.SendAsync(HttpMethod.Put, Voorkeuren,
            new { voorkeuren = new Dictionary<string, string> { ["Vraag"] = "Dagelijks", ["Beslissing"] = "Dagelijks" } }, null);
        Assert.Equal(HttpStatusCode.OK, gezet.Status);
        try
        {
            var vraag = await fixture.VraagAanAsync(Callback, "aanvullen");
            await fixture.WachtOpDossierAsync(vraag.Location!, d => Fase(d) == "ActieNodig");
            var beslissing = await fixture.VraagAanAsync(Onmiddellijk, "goedkeuren");
            await fixture.WachtOpDossierAsync(beslissing.Location!, d => Fase(d) == "Goedgekeurd");
            string vraagId = vraag.Json["dossierId"]!.GetValue<string>(), beslissingId = beslissing.Json["dossierId"]!.GetValue<string>();
            await WachtOpBundelAsync(id, 2);
            Assert.DoesNotContain(await Smtp4devServer.MailsAanAsync(adres), m => m.Onderwerp != BundelOpsteller.Onderwerp
                && (m.Tekst.Contains(vraagId, StringComparison.Ordinal) || m.Tekst.Contains(beslissingId, StringComparison.Ordinal)));

            var verzameld = await BundelAsync(id);
            var uitkomst = Assert.Single(await Verwerker.BundelAsync(), u => u.VCode == fixture.VCode);

            Assert.Equal((BundelStatus.Verzonden, 2), (uitkomst.Status, uitkomst.Aantal));
            var bundel = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, m => m.Onderwerp == BundelOpsteller.Onderwerp));
            Assert.Equal([adres], bundel.Aan);
            foreach (string dossierId in new[] { vraagId, beslissingId })
            {
                Assert.Contains($"{fixture.Host.BaseAddress}#/verenigingen/{fixture.VCode}/dossiers/{dossierId}", bundel.Tekst);
                Assert.Contains($"#/verenigingen/{fixture.VCode}/dossiers/{dossierId}", bundel.Html);
            }

            Assert.Contains("Actie nodig: een instantie stelt een vraag over je aanvraag", bundel.Tekst);
            Assert.Contains("' van Jeugdhuis Aanvraagtest: goedgekeurd.", bundel.Tekst);
            Assert.Contains("heeft een vraag over de aanvraag 'Projectsubsidie jeugdwerk' van Jeugdhuis Aanvraagtest.", bundel.Tekst);
            Assert.Contains("omdat je vertegenwoordiger bent van Jeugdhuis Aanvraagtest", bundel.Tekst);
            Assert.Contains("<html lang=\"nl\">", bundel.Html);
            Assert.Equal("List-Unsubscribe=One-Click", bundel.Koppen["List-Unsubscribe-Post"]);
            Assert.StartsWith($"<{fixture.Host.BaseAddress}api/meldingen/afmelden?token={fixture.VCode}.{id}.Beslissing.", bundel.Koppen["List-Unsubscribe"]);
            Assert.Empty(await BundelAsync(id));

            // A second round the same day (a retry, a second instance) sends nothing.
            Assert.DoesNotContain(await Verwerker.BundelAsync(), u => u.VCode == fixture.VCode && u.Status == BundelStatus.Verzonden);
            await Task.Delay(2000);
            Assert.Single(await Smtp4devServer.MailsAanAsync(adres), m => m.Onderwerp == BundelOpsteller.Onderwerp);

            // The same outbox rows coming round again (postponed for another recipient whose server failed, or resent by an
            // operator) are not collected again for tomorrow's digest: before, both were listed a second time.
            var opnieuw = verzameld.Select(m => m.Mail with { Pogingen = 1, Herinnering = null }).ToList();
            Assert.Equal(2, opnieuw.Count);
            foreach (var mail in opnieuw)
            {
                await fixture.Host.Services.GetRequiredService<MailUitbox>().BewaarAsync(mail);
            }

            await WachtTotVerwerktAsync(opnieuw);
            Assert.Empty(await BundelAsync(id));
        }
        finally
        {
            await fixture.Vertegenwoordiger.SendAsync(HttpMethod.Put, Voorkeuren,
                new { voorkeuren = new Dictionary<string, string> { ["Vraag"] = "Onmiddellijk", ["Beslissing"] = "Onmiddellijk" } }, null);
        }
    }

    async Task<IReadOnlyList<GebundeldeMail>> BundelAsync(int id) =>
        (await fixture.Host.Services.GetRequiredService<MailBundels>().AllesAsync())
        .SingleOrDefault(b => b.VCode == fixture.VCode && b.VertegenwoordigerId == id)?.Mails ?? [];

    /// <summary>Runs the outbox (the host's own sweep may take a row first) until none of <paramref name="mails"/> is left in it.</summary>
    async Task WachtTotVerwerktAsync(IReadOnlyList<UitgaandeMail> mails)
    {
        var tabellen = fixture.Host.Services.GetRequiredService<VLoket.Domain.Storage.Tabellen>();
        var einde = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            await Verwerker.VeegAsync(fixture.Host.Services.GetRequiredService<Microsoft.DurableTask.Client.DurableTaskClient>());
            bool over = false;
            foreach (var mail in mails)
            {
                var tabel = await tabellen.TabelAsync(mail.Tabel);
                over |= (await tabel.GetEntityIfExistsAsync<Azure.Data.Tables.TableEntity>(mail.VCode, MailUitbox.Voorvoegsel + mail.Sleutel)).HasValue;
            }

            if (!over)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < einde, "The outbox did not send its rows in time.");
            await Task.Delay(300);
        }
    }

    async Task WachtOpBundelAsync(int id, int aantal)
    {
        var einde = DateTime.UtcNow.AddSeconds(45);
        while ((await BundelAsync(id)).Count < aantal)
        {
            Assert.True(DateTime.UtcNow < einde, $"The digest did not collect {aantal} mails in time.");
            await Task.Delay(300);
        }
    }
}
