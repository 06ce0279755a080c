using System.Net;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Storage;
using VLoket.Host.Storage;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Foundation;

/// <summary>
/// Storage that is down gives a 503 with Retry-After, never a 500; and a first use that failed is not remembered, so the
/// app works again as soon as storage returns, without a restart.
/// </summary>
public sealed class OpslagHerstelTests(BrokenStorageHostFixture fixture) : IClassFixture<BrokenStorageHostFixture>
{
    [Fact]
    public async Task Een_lees_en_een_schrijfroute_geven_503_met_retry_after_als_de_opslag_weg_is()
    {
        using var ik = await LoketClient.AanmeldenAsync(fixture.Client.BaseAddress!, Voorbeelden.NieuwInsz(), "Test", "Persoon", []);

        var lijst = await ik.GetAsync("api/mijn/verenigingen");
        var registratie = await ik.PostAsync("api/verenigingen", Voorbeelden.Registratie("Opslag weg"));

        foreach (var antwoord in new[] { lijst, registratie })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, antwoord.Status);
            Assert.Equal("application/problem+json", antwoord.ContentType);
            Assert.Contains("opslag", antwoord.Json["detail"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Tabellen_en_documenten_werken_weer_zodra_de_opslag_terug_is_zonder_herstart()
    {
        int blob = AzuriteProcess.FreePort(), queue = AzuriteProcess.FreePort(), table = AzuriteProcess.FreePort();
        var storage = new StorageClients(AzuriteProcess.ConnectionStringFor(blob, queue, table));
        var tabellen = new Tabellen(storage, "herstel");
        var documenten = new DocumentOpslag(storage, "herstel");

        await Assert.ThrowsAnyAsync<Exception>(() => tabellen.TabelAsync("Proef"));
        await Assert.ThrowsAnyAsync<Exception>(() => documenten.LeesAsync("V0000001", "D1", "x"));

        await using var azurite = await AzuriteProcess.StartAsync(RepoPaths.Root, Path.GetTempPath(), blob, queue, table, inMemory: true);
        var tabel = await tabellen.TabelAsync("Proef");
        await tabel.UpsertEntityAsync(new Azure.Data.Tables.TableEntity("p", "r"));
        Assert.Null(await documenten.LeesAsync("V0000001", "D1", "x"));
    }
}
