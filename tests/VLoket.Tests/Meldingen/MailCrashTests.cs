using System.Net;
using System.Text.Json.Nodes;
using VLoket.Agencies.Simulator;
using VLoket.Functions;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Meldingen;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Meldingen;

/// <summary>
/// The host process is killed after a decision wrote its mail's outbox row and before anything sent it; a new process on
/// the same storage sends it, and exactly one mail arrives.
/// </summary>
public sealed class MailCrashTests
{
    [Fact]
    public async Task Na_een_crash_tussen_uitbox_en_versturen_komt_precies_een_mail_aan()
    {
        await using var simulator = await SimulatorHost.StartAsync([]);
        // Both processes sign their calls with the development key: the simulator checks them against its key set.
        simulator.LoketJwksUrl = await LoketBewijzen.JwksUrlAsync();
        string opslag = await AzuriteServer.ConnectionStringAsync();
        string taskHub = HostFixture.NewTaskHubName();
        var mail = await Smtp4devServer.InstellingenAsync();
        var instellingen = new Dictionary<string, string>
        {
            [VLoketServiceCollectionExtensions.KboUrlSetting] = simulator.KboUrl.ToString(),
            [InstantieOpties.SimulatorUrlSetting] = simulator.BaseAddress.ToString(),
            [DossierOpties.TermijnSetting] = "00:05:00",
            [MeldingOpties.TermijnVoorafSetting] = "00:00:01",
        };
        foreach (var (k, v) in mail)
        {
            instellingen[k] = v!;
        }

        string adres = MeldingenFixture.NieuwAdres("crash");
        string dossierLink;
        // The first process never sweeps (its first round would come after an hour): it writes and dies.
        var eerste = await HostProces.StartAsync(opslag, taskHub, taskHub, new Dictionary<string, string>(instellingen) { [MeldingOpties.VeegIntervalSetting] = "01:00:00" });
        try
        {
            using var beheerder = await LoketClient.AanmeldenAsync(eerste.BaseAddress, Voorbeelden.InszOlaf, "Olaf", "Verbeke", ["beheerder"]);
            Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync("api/beheer/diensten/import", new JsonArray(Dienst(Onmiddellijk, "OVO003103", "Verzekering")))).Status);
            using var ik = await LoketClient.AanmeldenAsync(eerste.BaseAddress, Voorbeelden.NieuwInsz(), "Chris", "Crash", []);
            var v = await ik.PostAsync("api/verenigingen", Voorbeelden.Registratie("Crashvaste mailvereniging"));
            string vCode = v.Json["vCode"]!.GetValue<string>();
            int id = v.Json["vertegenwoordigers"]!.AsArray().Single()!["vertegenwoordigerId"]!.GetValue<int>();
            Assert.Equal(HttpStatusCode.OK, (await ik.PatchAsync($"api/verenigingen/{vCode}/vertegenwoordigers/{id}", new { eMail = adres }, v.ETag)).Status);
            var r = await ik.PostAsync($"api/verenigingen/{vCode}/aanvragen",
                new { productnummer = Onmiddellijk, antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Crash", ["scenario"] = "goedkeuren" } });
            Assert.Equal(HttpStatusCode.Accepted, r.Status);
            dossierLink = $"#/verenigingen/{vCode}/dossiers/{r.Json["dossierId"]!.GetValue<string>()}";
            var einde = DateTime.UtcNow.AddSeconds(45);
            while ((await ik.GetAsync(r.Location!)).Json["status"]!["fase"]!.GetValue<string>() != "Goedgekeurd")
            {
                Assert.True(DateTime.UtcNow < einde, "The dossier was not decided in time.");
                await Task.Delay(250);
            }
        }
        finally
        {
            await eerste.DisposeAsync(); // killed, as in a crash
        }

        Assert.Empty(await Smtp4devServer.MailsAanAsync(adres));

        await using var tweede = await HostProces.StartAsync(opslag, taskHub, taskHub, instellingen);
        var mails = await Smtp4devServer.WachtOpAsync(adres, m => m.Onderwerp == "Er is een beslissing over je aanvraag", seconden: 60);
        await Task.Delay(TimeSpan.FromSeconds(3));

        var mailsNa = (await Smtp4devServer.MailsAanAsync(adres)).Where(m => m.Onderwerp == "Er is een beslissing over je aanvraag").ToList();
        var enige = Assert.Single(mailsNa);
        Assert.Single(mails);
        Assert.Contains(dossierLink, enige.Tekst);
        Assert.Equal([adres], enige.Aan);
    }
}
