using System.Net;
using System.Text.Json.Nodes;
using static VLoket.Tests.Behandeling.BehandelFixture;

namespace VLoket.Tests.Behandeling;

/// <summary>
/// The back office's stock screen changes an item by saving it whole (<c>POST {ovo}/voorraad</c> under the same code):
/// its quantity, and its unavailable periods changed or removed. What the association is told is free follows at once;
/// a refused change keeps the item as it was.
/// </summary>
public sealed class VoorraadWijzigenTests(BehandelFixture fixture) : IClassFixture<BehandelFixture>
{
    [Fact]
    public async Task Aantal_en_onbeschikbare_periodes_wijzigen_of_schrappen_is_het_item_opnieuw_bewaren()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Uma", $"behandelaar:{Gent}");
        object Item(int aantal, params object[] onbeschikbaar) =>
            new { code = "nadar", naam = "Nadarhek", soort = "materiaal", aantal, onbeschikbaar };

        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad", Item(3,
            new { van = Dag(30), tot = Dag(31), reden = "Herstelling" }, new { van = Dag(50), tot = Dag(50), reden = "Eigen gebruik" }))).Status);
        Assert.Equal(0, await fixture.BeschikbaarAsync("nadar", 30));
        Assert.Equal(0, await fixture.BeschikbaarAsync("nadar", 50));

        // More of them; the repair moves to day 40, the own use stays.
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad", Item(5,
            new { van = Dag(40), tot = Dag(40), reden = "Herstelling" }, new { van = Dag(50), tot = Dag(50), reden = "Eigen gebruik" }))).Status);
        Assert.Equal(5, await fixture.BeschikbaarAsync("nadar", 30));
        Assert.Equal(0, await fixture.BeschikbaarAsync("nadar", 40));
        var item = await ItemAsync(behandelaar);
        Assert.Equal(5, item["aantal"]!.GetValue<int>());
        Assert.Equal([Dag(40), Dag(50)], item["onbeschikbaar"]!.AsArray().Select(o => o!["van"]!.GetValue<string>()));

        // A period ending before it starts is refused next to its field and changes nothing.
        var fout = await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad", Item(5, new { van = Dag(45), tot = Dag(44), reden = "x" }));
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal(["onbeschikbaar[0].tot"], fout.FoutVelden.ToArray());
        Assert.Equal(2, (await ItemAsync(behandelaar))["onbeschikbaar"]!.AsArray().Count);

        // Removing every period: it is free again on those days.
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync($"api/behandeling/{Gent}/voorraad", Item(5))).Status);
        Assert.Empty((await ItemAsync(behandelaar))["onbeschikbaar"]!.AsArray());
        Assert.Equal(5, await fixture.BeschikbaarAsync("nadar", 40));
        Assert.Equal(5, await fixture.BeschikbaarAsync("nadar", 50));
    }

    static async Task<JsonNode> ItemAsync(Infrastructure.LoketClient behandelaar) =>
        (await behandelaar.GetAsync($"api/behandeling/{Gent}/voorraad")).Json["items"]!.AsArray()
            .Single(i => i!["code"]!.GetValue<string>() == "nadar")!;
}
