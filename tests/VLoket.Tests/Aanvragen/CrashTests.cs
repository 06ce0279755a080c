using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Agencies.Simulator;
using VLoket.Functions;
using VLoket.Functions.Aanvragen;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Configuratie;
using VLoket.Host;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>A host that goes away with 20 applications in flight loses none of them, and no agency gets a case twice.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task Twintig_aanvragen_overleven_het_wegvallen_van_de_host()
    {
        await using var simulator = await SimulatorHost.StartAsync([]);
        var settings = HostFixture.BaseSettings(await AzuriteServer.ConnectionStringAsync(), HostFixture.NewTaskHubName());
        settings[VLoketServiceCollectionExtensions.KboUrlSetting] = simulator.KboUrl.ToString();
        settings[InstantieOpties.SimulatorUrlSetting] = simulator.BaseAddress.ToString();
        settings[DossierOpties.TermijnSetting] = "00:05:00";
        settings[DossierOpties.EerstePollSetting] = "1";
        string[] args = ["--environment", "Development"];
        var verwacht = new Dictionary<string, string>();
        string insz = Voorbeelden.NieuwInsz();

        var eerste = await VLoketHost.StartAsync(args, settings);
        simulator.LoketJwksUrl = new Uri(eerste.BaseAddress, "api/.well-known/jwks.json");
        try
        {
            using var beheerder = await LoketClient.AanmeldenAsync(eerste.BaseAddress, Voorbeelden.InszOlaf, "Olaf", "Verbeke", ["beheerder"]);
            var import = await beheerder.PostAsync("api/beheer/diensten/import", new JsonArray(
                Dienst(Callback, "OVO002949", "Callbackdienst"), Dienst(Polling, "OVO004021", "Pollingdienst"), Dienst(Onmiddellijk, "OVO003103", "Onmiddellijke dienst")));
            Assert.Equal(HttpStatusCode.OK, import.Status);
            using var ik = await LoketClient.AanmeldenAsync(eerste.BaseAddress, insz, "Chris", "Crash", []);
            var vereniging = await ik.PostAsync("api/verenigingen", Voorbeelden.Registratie("Crashbestendige vereniging"));
            string vCode = vereniging.Json["vCode"]!.GetValue<string>();
            var plan = Enumerable.Repeat((Callback, "goedkeuren", "Goedgekeurd"), 5)
                .Concat(Enumerable.Repeat((Callback, "afkeuren", "Afgekeurd"), 3))
                .Concat(Enumerable.Repeat((Polling, "goedkeuren", "Goedgekeurd"), 5))
                .Concat(Enumerable.Repeat((Onmiddellijk, "goedkeuren", "Goedgekeurd"), 3))
                .Concat(Enumerable.Repeat((Callback, "storing-1", "Goedgekeurd"), 4));
            foreach (var (dienst, scenario, eindfase) in plan)
            {
                var r = await ik.PostAsync($"api/verenigingen/{vCode}/aanvragen",
                    new { productnummer = dienst, antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Crash", ["scenario"] = scenario } });
                Assert.Equal(HttpStatusCode.Accepted, r.Status);
                verwacht[r.Location!] = eindfase;
            }
        }
        finally
        {
            // Gone with everything in flight, as after a crash.
            await eerste.DisposeAsync();
        }

        await using var tweede = await VLoketHost.StartAsync(args, settings);
        simulator.LoketJwksUrl = new Uri(tweede.BaseAddress, "api/.well-known/jwks.json");
        using var zelfde = await LoketClient.AanmeldenAsync(tweede.BaseAddress, insz, "Chris", "Crash", []);
        var einde = DateTime.UtcNow.AddSeconds(120);
        var fasen = new Dictionary<string, string>();
        while (DateTime.UtcNow < einde)
        {
            foreach (string location in verwacht.Keys)
            {
                fasen[location] = (await zelfde.GetAsync(location)).Json["status"]!["fase"]!.GetValue<string>();
            }

            if (verwacht.All(v => fasen[v.Key] == v.Value))
            {
                break;
            }

            await Task.Delay(500);
        }

        var anders = verwacht.Where(v => fasen[v.Key] != v.Value).Select(v => $"{v.Key}: {fasen[v.Key]} i.p.v. {v.Value}").ToList();
        Assert.True(anders.Count == 0, string.Join("\n", anders));
        var dossierIds = verwacht.Keys.Select(l => l[(l.LastIndexOf('/') + 1)..]).ToHashSet();
        using var http = new HttpClient();
        int zaken = 0;
        foreach (string ovo in new[] { "OVO002949", "OVO004021", "OVO003103" })
        {
            var lijst = await http.GetFromJsonAsync<JsonArray>(new Uri(simulator.InstantieUrl(ovo), "zaken"));
            zaken += lijst!.Count(z => dossierIds.Contains(z!["dossierId"]!.GetValue<string>()));
        }

        Assert.Equal(20, zaken);
    }
}
