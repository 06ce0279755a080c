using Azure.Data.Tables;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

public sealed class PrivacyTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Geen_insz_in_een_tabelnaam_partitie_of_rijsleutel()
    {
        string insz = NieuwInsz();
        using var ik = await fixture.AlsAsync(insz);
        var body = Registratie("Privacyvereniging");
        body["vertegenwoordigers"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject
        {
            ["insz"] = InszDomain, ["voornaam"] = "Conan", ["achternaam"] = "Barbaar",
        });
        var r = await ik.PostAsync("api/verenigingen", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, r.Status);

        var service = new TableServiceClient(fixture.ConnectionString);
        int sleutels = 0;
        await foreach (var tabel in service.QueryAsync(filter: $"TableName ge '{fixture.TaskHub}' and TableName lt '{fixture.TaskHub}~'"))
        {
            Assert.DoesNotContain(insz, tabel.Name);
            await foreach (var e in service.GetTableClient(tabel.Name).QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
            {
                sleutels++;
                foreach (string geheim in new[] { insz, InszDomain })
                {
                    Assert.DoesNotContain(geheim, e.PartitionKey);
                    Assert.DoesNotContain(geheim, e.RowKey);
                }
            }
        }

        Assert.True(sleutels >= 4, $"expected the association, its history and index rows; found {sleutels}");
    }
}
