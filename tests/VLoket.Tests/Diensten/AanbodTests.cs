using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Diensten;

/// <summary>
/// The tailored overview of each demo association: exactly the services that apply, with their reasons and what is
/// missing, duties first; and nothing that does not apply (wrong type, area, activity or ages).
/// </summary>
public sealed class AanbodTests(DemoFixture fixture) : IClassFixture<DemoFixture>
{
    Task<LoketClient> Als(string insz) => LoketClient.AanmeldenAsync(fixture.Host.BaseAddress, insz, "Demo", "Persona", []);

    async Task<string> VCode(LoketClient client, string naam) =>
        (await client.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray()
            .Single(v => v!["naam"]!.GetValue<string>() == naam)!["vCode"]!.GetValue<string>();

    async Task<(JsonNode Antwoord, Dictionary<string, JsonNode> PerNummer, List<string> Volgorde)> Aanbod(LoketClient client, string vCode, string query = "")
    {
        var r = await client.GetAsync($"api/verenigingen/{vCode}/aanbod{query}");
        Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
        var diensten = r.Json["diensten"]!.AsArray().Select(d => d!).ToList();
        return (r.Json, diensten.ToDictionary(d => d["productnummer"]!.GetValue<string>()), diensten.Select(d => d["productnummer"]!.GetValue<string>()).ToList());
    }

    static List<string> Lijst(JsonNode d, string veld) => d[veld]!.AsArray().Select(x => x!.GetValue<string>()).ToList();

    static void Toepasbaar(Dictionary<string, JsonNode> aanbod, string nummer, params string[] redenen)
    {
        var d = aanbod[nummer];
        Assert.True(d["toepasbaar"]!.GetValue<bool>(), nummer);
        Assert.Equal(redenen, Lijst(d, "redenen"));
        Assert.Empty(Lijst(d, "ontbreekt"));
    }

    static void NogNiet(Dictionary<string, JsonNode> aanbod, string nummer, string[] redenen, params string[] ontbreekt)
    {
        var d = aanbod[nummer];
        Assert.False(d["toepasbaar"]!.GetValue<bool>(), nummer);
        Assert.False(d["nuAanvraagbaar"]!.GetValue<bool>(), nummer);
        Assert.Equal(redenen, Lijst(d, "redenen"));
        Assert.Equal(ontbreekt, Lijst(d, "ontbreekt"));
    }

    [Fact]
    public async Task Chiro_Sint_Jan_Gent_krijgt_jeugdwerk_in_Gent_en_Oost_Vlaanderen()
    {
        using var an = await Als(Voorbeelden.InszAn);
        var (antwoord, aanbod, volgorde) = await Aanbod(an, await VCode(an, "Chiro Sint-Jan Gent"));

        Assert.Equal("Chiro Sint-Jan Gent", antwoord["naam"]!.GetValue<string>());
        Assert.Equal(
            ["2004", "2005", "2006", "2007", "2102", "2105", "2108", "2109", "3001", "3003", "4001", "4002", "4003", "4004", "4005", "4006", "4009"],
            aanbod.Keys.Order());
        Assert.Equal(aanbod.Count, antwoord["totaal"]!.GetValue<int>());

        Toepasbaar(aanbod, "2004", "voor elke vereniging");
        Toepasbaar(aanbod, "2102", "jeugdwerk", "doelgroep 6-18 jaar");
        Toepasbaar(aanbod, "2105", "jeugdwerk");
        Toepasbaar(aanbod, "3001", "feitelijke vereniging", "actief in provincie Oost-Vlaanderen");
        Toepasbaar(aanbod, "3003", "actief in provincie Oost-Vlaanderen");
        Toepasbaar(aanbod, "4001", "feitelijke vereniging", "actief in Gent", "jeugdwerk", "doelgroep 6-18 jaar");
        Toepasbaar(aanbod, "4003", "actief in Gent", "jeugdwerk", "doelgroep 6-18 jaar");
        Toepasbaar(aanbod, "4004", "actief in Gent");
        NogNiet(aanbod, "4002", ["actief in Gent", "jeugdwerk", "bestaat minstens 1 jaar"], "erkenning als jeugdvereniging door Stad Gent");
        NogNiet(aanbod, "4006", ["actief in Gent", "jeugdwerk"], "erkenning als jeugdvereniging door Stad Gent");

        // Legal duties first, what is not applicable yet last.
        Assert.Equal(["2004", "2005", "2006", "2007"], volgorde.Take(4).Order());
        Assert.All(volgorde.Take(4), n => Assert.True(aanbod[n]["verplichting"]!.GetValue<bool>()));
        Assert.Equal(["4002", "4006"], volgorde.TakeLast(2).Order());

        // The dossier status comes with the dossiers; the field is there already, empty.
        Assert.True(aanbod["4003"].AsObject().ContainsKey("dossierstatus"));
        Assert.Null(aanbod["4003"]["dossierstatus"]);
        Assert.Equal("Stad Gent", aanbod["4003"]["overheden"]![0]!["naam"]!.GetValue<string>());
    }

    [Fact]
    public async Task Chiro_krijgt_geen_vzw_plichten_geen_diensten_van_andere_steden_en_niets_voor_senioren()
    {
        using var an = await Als(Voorbeelden.InszAn);
        var (_, aanbod, _) = await Aanbod(an, await VCode(an, "Chiro Sint-Jan Gent"));

        foreach (string vzwPlicht in new[] { "2001", "2002", "2003", "2008", "2009" })
        {
            Assert.False(aanbod.ContainsKey(vzwPlicht), $"vzw-plicht {vzwPlicht} voor een feitelijke vereniging");
        }

        Assert.DoesNotContain(aanbod.Keys, n => n.StartsWith('5') || n.StartsWith('6')); // Aalst, Leuven
        Assert.False(aanbod.ContainsKey("3002"), "Vlaams-Brabant");
        Assert.False(aanbod.ContainsKey("4008"), "sport");
        Assert.False(aanbod.ContainsKey("4007"), "buurtwerking");
        Assert.False(aanbod.ContainsKey("4010"), "senioren (55+) voor een doelgroep van 6 tot 18");
    }

    [Fact]
    public async Task Buurtcomite_Den_Dries_krijgt_buurtwerk_in_Aalst_en_geen_Gentse_subsidie()
    {
        using var an = await Als(Voorbeelden.InszAn);
        var (_, aanbod, volgorde) = await Aanbod(an, await VCode(an, "Buurtcomité Den Dries"));

        Assert.Equal(["2004", "2005", "2006", "2007", "2109", "3001", "3003", "5001", "5002", "5003", "5004", "5005", "5007"], aanbod.Keys.Order());
        Toepasbaar(aanbod, "5001", "feitelijke vereniging", "actief in Aalst", "buurtwerking & wijkcomité", "bestaat minstens 1 jaar");
        Toepasbaar(aanbod, "5002", "actief in Aalst", "buurtwerking & wijkcomité");
        Toepasbaar(aanbod, "5005", "actief in Aalst", "buurtwerking & wijkcomité");
        Toepasbaar(aanbod, "5007", "actief in Aalst");
        Toepasbaar(aanbod, "2109", "voor elke vereniging");
        Assert.Equal(["2004", "2005", "2006", "2007"], volgorde.Take(4).Order());

        Assert.False(aanbod.ContainsKey("4007"), "Gents wijkbudget voor een Aalsters buurtcomité");
        Assert.False(aanbod.ContainsKey("4004"), "Gentse evenementenvergunning");
        Assert.False(aanbod.ContainsKey("6007"), "Leuvense buurtfeestsubsidie");
        Assert.False(aanbod.ContainsKey("5006"), "jeugdwerk");
        Assert.False(aanbod.ContainsKey("2001"), "UBO-register voor een feitelijke vereniging");
    }

    [Fact]
    public async Task KSV_Heverlee_krijgt_de_vzw_plichten_en_sport_in_Leuven()
    {
        using var karim = await Als(Voorbeelden.InszKarim);
        var (_, aanbod, volgorde) = await Aanbod(karim, await VCode(karim, "Koninklijke Sportvereniging Heverlee"));

        Assert.Equal(
            ["2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009", "2103", "2109", "2110", "3002", "3004", "3006",
             "6001", "6002", "6003", "6004", "6005", "6006"],
            aanbod.Keys.Order());
        Toepasbaar(aanbod, "2001", "vzw");
        Toepasbaar(aanbod, "2003", "vzw");
        Toepasbaar(aanbod, "2103", "sport");
        Toepasbaar(aanbod, "3002", "vzw", "actief in provincie Vlaams-Brabant");
        Toepasbaar(aanbod, "3006", "actief in provincie Vlaams-Brabant", "sport");
        Toepasbaar(aanbod, "6002", "actief in Leuven", "sport");
        Toepasbaar(aanbod, "6003", "actief in Leuven", "sport", "bestaat minstens 2 jaar");
        Toepasbaar(aanbod, "6004", "actief in Leuven");
        NogNiet(aanbod, "6001", ["actief in Leuven", "sport"], "erkenning als Leuvense sportvereniging");

        Assert.Equal(["2001", "2002", "2003", "2004", "2005", "2006", "2007", "2008", "2009"], volgorde.Take(9).Order());
        Assert.Equal("6001", volgorde[^1]);
        foreach (string nummer in new[] { "4008", "3005", "3001", "6007", "6008", "2102" })
        {
            Assert.False(aanbod.ContainsKey(nummer), nummer);
        }
    }

    [Fact]
    public async Task Filter_op_type_en_thema()
    {
        using var an = await Als(Voorbeelden.InszAn);
        string chiro = await VCode(an, "Chiro Sint-Jan Gent");

        var (_, subsidies, _) = await Aanbod(an, chiro, "?type=FinancieelVoordeel");
        Assert.Equal(["2102", "2108", "3001", "4002", "4003", "4006"], subsidies.Keys.Order());

        var (_, milieu, _) = await Aanbod(an, chiro, "?thema=MilieuEnergie");
        Assert.Equal(["4009"], milieu.Keys);

        var fout = await an.GetAsync($"api/verenigingen/{chiro}/aanbod?type=Subsidie");
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal(["type"], fout.FoutVelden);
    }

    [Fact]
    public async Task Alleen_vertegenwoordigers_zien_het_aanbod()
    {
        using var an = await Als(Voorbeelden.InszAn);
        using var karim = await Als(Voorbeelden.InszKarim);
        using var lotte = await Als(Voorbeelden.InszLotte);
        string chiro = await VCode(an, "Chiro Sint-Jan Gent");

        Assert.Equal(HttpStatusCode.OK, (await karim.GetAsync($"api/verenigingen/{chiro}/aanbod")).Status); // also a representative
        var vreemd = await lotte.GetAsync($"api/verenigingen/{chiro}/aanbod");
        Assert.Equal(HttpStatusCode.NotFound, vreemd.Status);
        Assert.Equal("application/problem+json", vreemd.ContentType);
        Assert.Equal(HttpStatusCode.NotFound, (await lotte.GetAsync("api/verenigingen/V9999999/aanbod")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await lotte.GetAsync("api/verenigingen/onzin/aanbod")).Status);

        using var anoniem = await fixture.Client.GetAsync($"api/verenigingen/{chiro}/aanbod");
        Assert.Equal(HttpStatusCode.Unauthorized, anoniem.StatusCode);
    }
}
