using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Agencies.Simulator;
using VLoket.Functions;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Dossiers;
using VLoket.Host;
using VLoket.Host.Storage;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using Xunit.Abstractions;
using static VLoket.Tests.Aanvragen.AanvraagFixture;

namespace VLoket.Tests.Aanvragen;

/// <summary>
/// The fault suite: while the loket runs, an agency is down (doing the work but losing its answers), another is slow, a
/// third flaps, the data sources are down, and then Azurite itself stops and starts again under the running host
/// (persistent data). Every application started before a fault completes after it, none is lost, and no agency holds a
/// case twice.
/// </summary>
public sealed class StoringsSuiteTests(ITestOutputHelper uitvoer)
{
    const string Cultuur = "OVO002949", Gent = "OVO004021", Provincie = "OVO003103";

    [Fact]
    public async Task Elke_aanvraag_van_voor_een_storing_wordt_afgewerkt_zonder_verlies_of_dubbele_zaak()
    {
        int blob = AzuriteProcess.FreePort(), queue = AzuriteProcess.FreePort(), table = AzuriteProcess.FreePort();
        string data = Directory.CreateTempSubdirectory("vloket-storingen-").FullName;
        var azurite = await AzuriteProcess.StartAsync(RepoPaths.Root, data, blob, queue, table, inMemory: false);
        await using var simulator = await SimulatorHost.StartAsync([]);
        var settings = HostFixture.BaseSettings(AzuriteProcess.ConnectionStringFor(blob, queue, table), HostFixture.NewTaskHubName());
        settings[VLoketServiceCollectionExtensions.KboUrlSetting] = simulator.KboUrl.ToString();
        settings[InstantieOpties.SimulatorUrlSetting] = simulator.BaseAddress.ToString();
        settings[DossierOpties.TermijnSetting] = "00:10:00";
        settings[DossierOpties.EerstePollSetting] = "1";
        using var sim = new HttpClient { BaseAddress = simulator.BaseAddress };
        var host = await VLoketHost.StartAsync(["--environment", "Development"], settings);
        simulator.LoketJwksUrl = new Uri(host.BaseAddress, "api/.well-known/jwks.json");
        try
        {
            using var beheerder = await LoketClient.AanmeldenAsync(host.BaseAddress, Voorbeelden.InszOlaf, "Olaf", "Verbeke", ["beheerder"]);
            Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync("api/beheer/diensten/import", new JsonArray(
                Dienst(Callback, Cultuur, "Callbackdienst"), Dienst(Polling, Gent, "Pollingdienst"), Dienst(Onmiddellijk, Provincie, "Onmiddellijke dienst")))).Status);
            using var ik = await LoketClient.AanmeldenAsync(host.BaseAddress, Voorbeelden.NieuwInsz(), "Stijn", "Storing", []);
            string vCode = (await ik.PostAsync("api/verenigingen", Voorbeelden.Registratie("Storingsbestendige vereniging"))).Json["vCode"]!.GetValue<string>();
            var dossiers = new List<string>();
            async Task VraagAanAsync(string dienst, int aantal)
            {
                for (int i = 0; i < aantal; i++)
                {
                    var r = await ik.PostAsync($"api/verenigingen/{vCode}/aanvragen",
                        new { productnummer = dienst, antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Storing", ["scenario"] = "goedkeuren" } });
                    Assert.True(r.Status == HttpStatusCode.Accepted, r.ToString());
                    dossiers.Add(r.Location!);
                }
            }

            // Agencies and sources in trouble: down but doing the work, slow, flapping; the data sources down.
            Assert.True((await sim.PutAsync($"storingen/{Cultuur}?verwerkt=true", null)).IsSuccessStatusCode);
            Assert.True((await sim.PutAsync($"storingen/{Gent}/traag?ms=1500", null)).IsSuccessStatusCode);
            foreach (string bron in new[] { "attesten", "erkenningen", "bank" })
            {
                Assert.True((await sim.PutAsJsonAsync($"bronnen/{bron}/beheer/storing", new { storing = true })).IsSuccessStatusCode);
            }

            await VraagAanAsync(Callback, 4);
            await VraagAanAsync(Polling, 4);
            await VraagAanAsync(Onmiddellijk, 4);
            for (int i = 0; i < 6; i++)
            {
                await (i % 2 == 0 ? sim.PutAsync($"storingen/{Provincie}", null) : sim.DeleteAsync($"storingen/{Provincie}"));
                await Task.Delay(1000);
            }

            foreach (string ovo in new[] { Cultuur, Gent, Provincie })
            {
                await sim.DeleteAsync($"storingen/{ovo}");
            }

            foreach (string bron in new[] { "attesten", "erkenningen", "bank" })
            {
                await sim.PutAsJsonAsync($"bronnen/{bron}/beheer/storing", new { storing = false });
            }

            // Storage itself goes away under the running host, and comes back with its data.
            await VraagAanAsync(Callback, 2);
            await VraagAanAsync(Polling, 2);
            await azurite.DisposeAsync();
            await Task.Delay(TimeSpan.FromSeconds(8));
            azurite = await AzuriteProcess.StartAsync(RepoPaths.Root, data, blob, queue, table, inMemory: false);

            var fasen = new Dictionary<string, string>();
            var laatste = new Dictionary<string, string>();
            var einde = DateTime.UtcNow.AddSeconds(240);
            while (DateTime.UtcNow < einde)
            {
                foreach (string d in dossiers)
                {
                    var gelezen = await ik.GetAsync(d);
                    fasen[d] = gelezen.Status == HttpStatusCode.OK ? gelezen.Json["status"]!["fase"]!.GetValue<string>() : $"HTTP {(int)gelezen.Status}";
                    if (fasen[d] != "Goedgekeurd" && gelezen.Status == HttpStatusCode.OK)
                    {
                        laatste[d] = gelezen.Json["statusgeschiedenis"]!.ToJsonString();
                    }
                }

                if (fasen.Values.All(f => f == "Goedgekeurd"))
                {
                    break;
                }

                await Task.Delay(1000);
            }

            var dossierIds = dossiers.Select(l => l[(l.LastIndexOf('/') + 1)..]).ToHashSet();
            var zaken = new List<string>();
            foreach (string ovo in new[] { Cultuur, Gent, Provincie })
            {
                var lijst = await sim.GetFromJsonAsync<JsonArray>(new Uri(simulator.InstantieUrl(ovo), "zaken"));
                zaken.AddRange(lijst!.Select(z => z!["dossierId"]!.GetValue<string>()).Where(dossierIds.Contains));
            }

            int klaar = fasen.Values.Count(f => f == "Goedgekeurd");
            uitvoer.WriteLine($"aanvragen gestart: {dossiers.Count}, afgewerkt (Goedgekeurd): {klaar}, zaken bij de instanties: {zaken.Count} ({zaken.Distinct().Count()} verschillende dossiers)");
            Assert.True(klaar == dossiers.Count, string.Join("\n", fasen.Where(f => f.Value != "Goedgekeurd").Select(f => $"{f.Key}: {f.Value} {laatste.GetValueOrDefault(f.Key)}")));
            Assert.Equal(dossiers.Count, zaken.Count);
            Assert.Equal(dossiers.Count, zaken.Distinct().Count());
        }
        finally
        {
            await host.DisposeAsync();
            await azurite.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
