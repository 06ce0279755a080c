using VLoket.Domain.Duplicaten;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Registratie;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Duplicaten;

/// <summary>Two instances' caches on one table (Azurite): each sees the other's writes and removals after a delta read.</summary>
public sealed class KandidatenCacheTests
{
    const string Gent = "BE23444021"; // NUTS/LAU of 9000

    [Fact]
    public async Task A_cache_sees_another_instances_registration_and_removal_after_its_delta_read()
    {
        var tabellen = new Tabellen(new StorageClients(await AzuriteServer.ConnectionStringAsync()), HostFixture.NewTaskHubName());
        var opties = new KandidatenCacheOpties(TimeSpan.FromMilliseconds(200), 1000);
        var cacheA = new KandidatenCache(tabellen, new DuplicaatDetector(), TimeProvider.System, opties);
        var cacheB = new KandidatenCache(tabellen, new DuplicaatDetector(), TimeProvider.System, opties);
        var indexA = new GemeenteIndex(tabellen, cacheA);
        var vereniging = new Vereniging
        {
            VCode = "V0009001", Verenigingstype = Codelijsten.Vzer, Naam = "K.S.A. Sint-Jan Gent", Doelgroep = new Doelgroep(0, 150),
            Locaties = [new Locatie(1, "Activiteiten", null, true, new Adres("Kerkstraat", "1", null, "9000", "Gent", "België"), Herkomst.Vereniging)],
        };
        Assert.Equal(Gent, Assert.Single(DuplicaatControle.Gemeenten(vereniging)));
        Assert.Empty((await cacheB.IndexAsync(Gent)).Zoek("KSA St Jan")); // b holds Gent, still empty

        await indexA.BijwerkenAsync(null, vereniging, DuplicaatControle.Gemeenten);
        Assert.Single((await cacheA.IndexAsync(Gent)).Zoek("KSA St Jan")); // its own write: at once

        var gezien = Assert.Single(await ZoekTotAsync(cacheB, "KSA St Jan", n => n == 1));
        Assert.Contains("Kerkstraat", gezien.Rij.Json); // the entry rides along: showing it needs no read

        await indexA.BijwerkenAsync(vereniging, vereniging with { Locaties = [] }, DuplicaatControle.Gemeenten);
        Assert.Empty(await ZoekTotAsync(cacheB, "KSA St Jan", n => n == 0));
        Assert.Null(await indexA.LeesAsync(Gent, vereniging.VCode));
    }

    static async Task<IReadOnlyList<(GemeenteIndexRij Rij, double Score)>> ZoekTotAsync(KandidatenCache cache, string naam, Func<int, bool> klaar)
    {
        var tot = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var gevonden = (await cache.IndexAsync(Gent)).Zoek(naam);
            if (klaar(gevonden.Count) || DateTime.UtcNow > tot)
            {
                return gevonden;
            }

            await Task.Delay(100);
        }
    }
}
