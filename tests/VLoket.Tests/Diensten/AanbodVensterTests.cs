using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Diensten;

/// <summary>
/// Application windows in the overview, with services imported through the import route and windows relative to today
/// (the host's clock): a closed window drops a service out of "open now", a passed one-off window drops it entirely,
/// and open services are ordered by closing day.
/// </summary>
public sealed class AanbodVensterTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    static readonly DateOnly Vandaag = DateOnly.FromDateTime(DateTime.UtcNow);

    static string Dag(int dagen) => Vandaag.AddDays(dagen).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static string MaandDag(int dagen) => Vandaag.AddDays(dagen).ToString("MM-dd", CultureInfo.InvariantCulture);

    static JsonArray Venster(string opent, string sluit, bool jaarlijks) =>
        new(new JsonObject { ["opent"] = opent, ["sluit"] = sluit, ["jaarlijks"] = jaarlijks });

    [Fact]
    public async Task Een_gesloten_venster_haalt_de_dienst_uit_nu_open()
    {
        using var beheerder = await LoketClient.AanmeldenAsync(fixture.Host.BaseAddress, Voorbeelden.InszOlaf, "Olaf", "Verbeke", ["beheerder"]);
        var einde = ImportVoorbeelden.Goed("9906", "Dienst die gisteren stopte");
        einde["eindeDienstVerlening"] = Dag(-1);
        var import = await beheerder.PostAsync("api/beheer/diensten/import", new JsonArray(
            ImportVoorbeelden.Goed("9901", "Jaarlijks venster gisteren gesloten", Venster(MaandDag(-30), MaandDag(-1), true)),
            ImportVoorbeelden.Goed("9902", "Eenmalig venster gisteren gesloten", Venster(Dag(-30), Dag(-1), false)),
            ImportVoorbeelden.Goed("9903", "Sluit binnen vijf dagen", Venster(MaandDag(-10), MaandDag(5), true)),
            ImportVoorbeelden.Goed("9904", "Sluit binnen veertig dagen", Venster(Dag(-10), Dag(40), false)),
            ImportVoorbeelden.Goed("9905", "Opent binnen tien dagen", Venster(Dag(10), Dag(20), false)),
            einde).ToJsonString());
        Assert.True(import.Json["aangemaakt"]!.GetValue<int>() == 6, import.ToString());

        using var an = await LoketClient.AanmeldenAsync(fixture.Host.BaseAddress, Voorbeelden.InszAn, "An", "Peeters", []);
        string chiro = (await an.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray()
            .Single(v => v!["naam"]!.GetValue<string>() == "Chiro Sint-Jan Gent")!["vCode"]!.GetValue<string>();
        var alles = (await an.GetAsync($"api/verenigingen/{chiro}/aanbod")).Json["diensten"]!.AsArray().Select(d => d!).ToList();
        var perNummer = alles.ToDictionary(d => d["productnummer"]!.GetValue<string>());

        var gesloten = perNummer["9901"];
        Assert.True(gesloten["toepasbaar"]!.GetValue<bool>());
        Assert.False(gesloten["nuAanvraagbaar"]!.GetValue<bool>());
        Assert.False(gesloten["venster"]!["open"]!.GetValue<bool>());
        Assert.Equal(Vandaag.AddDays(-30).AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), gesloten["venster"]!["opentOp"]!.GetValue<string>());
        Assert.False(perNummer.ContainsKey("9902"), "een eenmalig venster dat voorbij is");
        Assert.False(perNummer.ContainsKey("9906"), "een dienst die niet meer bestaat");

        Assert.True(perNummer["9903"]["venster"]!["open"]!.GetValue<bool>());
        Assert.Equal(Dag(5), perNummer["9903"]["venster"]!["sluitOp"]!.GetValue<string>());
        Assert.Equal(Dag(40), perNummer["9904"]["venster"]!["sluitOp"]!.GetValue<string>());
        Assert.Equal(Dag(10), perNummer["9905"]["venster"]!["opentOp"]!.GetValue<string>());
        Assert.False(perNummer["9905"]["nuAanvraagbaar"]!.GetValue<bool>());

        // Order: duties, then the soonest closing window, then open all year round, then what opens later.
        var volgorde = alles.Select(d => d["productnummer"]!.GetValue<string>()).ToList();
        int verplichtingen = alles.Count(d => d["verplichting"]!.GetValue<bool>());
        Assert.All(alles.Take(verplichtingen), d => Assert.True(d["verplichting"]!.GetValue<bool>()));
        Assert.True(volgorde.IndexOf("9903") < volgorde.IndexOf("9904"));
        Assert.True(volgorde.IndexOf("9904") < volgorde.IndexOf("4004")); // event permit: all year round
        Assert.True(volgorde.IndexOf("4004") < volgorde.IndexOf("9901"));
        Assert.True(volgorde.IndexOf("9901") < volgorde.IndexOf("4002")); // not applicable yet: last

        var open = (await an.GetAsync($"api/verenigingen/{chiro}/aanbod?open=true")).Json["diensten"]!.AsArray()
            .Select(d => d!["productnummer"]!.GetValue<string>()).ToList();
        Assert.Contains("9903", open);
        Assert.Contains("9904", open);
        Assert.Contains("4004", open);
        Assert.DoesNotContain("9901", open);
        Assert.DoesNotContain("9905", open);
        Assert.DoesNotContain("4002", open);
    }
}
