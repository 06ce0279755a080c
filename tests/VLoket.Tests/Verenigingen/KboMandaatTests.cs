using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>
/// Access to a vzw follows the functions KBO registers: only a function holder adds it, a second holder joins it,
/// and a refresh from KBO takes away the access of whoever's function ended, with the reason in the history.
/// </summary>
public sealed class KboMandaatTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Wie_geen_functie_heeft_bij_de_kbo_krijgt_403_in_het_nederlands_en_er_verandert_niets()
    {
        string nummer = fixture.NieuweVzw("Vzw Zonder Mij");
        string bestuurder = NieuwInsz();
        fixture.Mandaat(nummer, bestuurder);
        using var kaper = await fixture.AlsAsync(NieuwInsz(), "Kees", "Kaper");
        using var echte = await fixture.AlsAsync(bestuurder, "Berta", "Bestuur");

        var r = await kaper.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer });

        Assert.Equal(HttpStatusCode.Forbidden, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        Assert.Contains("bestuurder", r.Json["detail"]!.GetValue<string>());
        Assert.Null(r.Json["vCode"]);
        Assert.Empty((await kaper.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());
        // The first claim by someone without a mandate did not lock the vzw: the bestuurder adds it and is its primary.
        var eigen = await echte.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer });
        Assert.Equal(HttpStatusCode.Created, eigen.Status);
        var ik = Assert.Single(eigen.Json["vertegenwoordigers"]!.AsArray())!;
        Assert.True(ik["isPrimair"]!.GetValue<bool>());
        Assert.Equal("Bestuurder", ik["mandaat"]!["functie"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_tweede_bestuurder_die_de_vzw_opeist_wordt_ook_vertegenwoordiger_en_een_derde_zonder_functie_niet()
    {
        string nummer = fixture.NieuweVzw("Vzw Met Twee");
        string eerste = NieuwInsz(), tweede = NieuwInsz();
        fixture.Mandaat(nummer, eerste);
        fixture.Mandaat(nummer, tweede, "Gedelegeerd bestuurder");
        using var a = await fixture.AlsAsync(eerste, "Ada", "Eerst");
        using var b = await fixture.AlsAsync(tweede, "Bo", "Tweede");
        using var c = await fixture.AlsAsync(NieuwInsz(), "Cas", "Derde");
        var nieuw = await a.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer });
        Assert.Equal(HttpStatusCode.Created, nieuw.Status);
        string vCode = nieuw.Json["vCode"]!.GetValue<string>();

        var opgeeist = await b.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer });
        var geweigerd = await c.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer });

        Assert.Equal(HttpStatusCode.OK, opgeeist.Status);
        Assert.Equal(vCode, opgeeist.Json["vCode"]!.GetValue<string>());
        var vertegenwoordigers = opgeeist.Json["vertegenwoordigers"]!.AsArray();
        Assert.Equal(2, vertegenwoordigers.Count);
        Assert.True(Persoon(vertegenwoordigers, "Ada")["isPrimair"]!.GetValue<bool>());
        Assert.False(Persoon(vertegenwoordigers, "Bo")["isPrimair"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"api/verenigingen/{vCode}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, geweigerd.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await c.GetAsync($"api/verenigingen/{vCode}")).Status);
        Assert.Contains(await Historiek(a, vCode), h => h.Gebeurtenis == "VertegenwoordigerWerdToegevoegdUitKbo" && h.Omschrijving.Contains("Bo Tweede"));
    }

    [Fact]
    public async Task Vernieuwen_uit_de_kbo_neemt_wie_zijn_functie_verloor_de_toegang_af_en_de_historiek_zegt_waarom()
    {
        string nummer = fixture.NieuweVzw("Vzw In Beweging");
        string blijft = NieuwInsz(), vertrekt = NieuwInsz(), nieuwkomer = NieuwInsz();
        fixture.Mandaat(nummer, blijft);
        fixture.Mandaat(nummer, vertrekt);
        using var a = await fixture.AlsAsync(blijft, "Ada", "Blijft");
        using var b = await fixture.AlsAsync(vertrekt, "Bo", "Vertrekt");
        string vCode = (await a.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer })).Json["vCode"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await b.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer })).Status);

        string gisteren = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd");
        fixture.Mandaat(nummer, vertrekt, einde: gisteren);
        fixture.Mandaat(nummer, nieuwkomer, "Voorzitter", voornaam: "Nele", achternaam: "Nieuw");
        var r = await a.PostAsync($"api/verenigingen/{vCode}/kbo/mandaten/vernieuwen", null);

        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("Ada", Assert.Single(r.Json["vertegenwoordigers"]!.AsArray())!["voornaam"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await b.GetAsync($"api/verenigingen/{vCode}")).Status);
        Assert.Empty((await b.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());
        var historiek = await Historiek(a, vCode);
        Assert.Contains(historiek, h => h.Gebeurtenis == "VertegenwoordigerVerloorMandaat"
            && h.Omschrijving.Contains("Bo Vertrekt") && h.Omschrijving.Contains($"eindigde het mandaat als Bestuurder op {gisteren}"));
        Assert.Contains(historiek, h => h.Gebeurtenis == "NieuwMandaatInKbo" && h.Omschrijving.Contains("Nele Nieuw"));
        // The new holder is not made a representative behind their back, but can now claim the vzw.
        using var n = await fixture.AlsAsync(nieuwkomer, "Nele", "Nieuw");
        Assert.Equal(HttpStatusCode.NotFound, (await n.GetAsync($"api/verenigingen/{vCode}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await n.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer })).Status);

        var nogmaals = await a.PostAsync($"api/verenigingen/{vCode}/kbo/mandaten/vernieuwen", null);
        Assert.Equal(HttpStatusCode.OK, nogmaals.Status);
        Assert.Equal(historiek.Count + 1, (await Historiek(a, vCode)).Count); // only Nele's joining: a refresh with nothing new records nothing
    }

    [Fact]
    public async Task Wie_zelf_zijn_functie_verloor_krijgt_403_en_de_andere_bestuurder_wordt_primair()
    {
        string nummer = fixture.NieuweVzw("Vzw Nieuwe Voorzitter");
        string primair = NieuwInsz(), ander = NieuwInsz();
        fixture.Mandaat(nummer, primair);
        fixture.Mandaat(nummer, ander);
        using var a = await fixture.AlsAsync(primair, "Ada", "Primair");
        using var b = await fixture.AlsAsync(ander, "Bo", "Ander");
        string vCode = (await a.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer })).Json["vCode"]!.GetValue<string>();
        await b.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer });

        fixture.Mandaat(nummer, primair, einde: DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd"));
        var r = await a.PostAsync($"api/verenigingen/{vCode}/kbo/mandaten/vernieuwen", null);

        Assert.Equal(HttpStatusCode.Forbidden, r.Status);
        Assert.Contains("geen vertegenwoordiger meer", r.Json["detail"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync($"api/verenigingen/{vCode}")).Status);
        var bo = Assert.Single((await b.GetAsync($"api/verenigingen/{vCode}")).Json["vertegenwoordigers"]!.AsArray())!;
        Assert.True(bo["isPrimair"]!.GetValue<bool>());
        Assert.Contains(await Historiek(b, vCode), h => h.Gebeurtenis == "PrimaireVertegenwoordigerWerdAangeduid");
    }

    [Fact]
    public async Task Vernieuwen_kan_alleen_een_vertegenwoordiger_en_alleen_voor_een_vzw()
    {
        string nummer = fixture.NieuweVzw("Vzw Voor Buitenstaanders");
        string bestuurder = NieuwInsz();
        fixture.Mandaat(nummer, bestuurder);
        using var a = await fixture.AlsAsync(bestuurder);
        using var buiten = await fixture.AlsAsync(NieuwInsz());
        var vzw = await a.PostAsync("api/verenigingen/kbo", new { kboNummer = nummer });
        var feitelijk = await a.PostAsync("api/verenigingen", Registratie($"Feitelijk {Guid.NewGuid():N}"));
        Assert.Equal(HttpStatusCode.Created, feitelijk.Status);

        var vreemd = await buiten.PostAsync($"api/verenigingen/{vzw.Json["vCode"]}/kbo/mandaten/vernieuwen", null);
        var geenVzw = await a.PostAsync($"api/verenigingen/{feitelijk.Json["vCode"]}/kbo/mandaten/vernieuwen", null);

        Assert.Equal(HttpStatusCode.NotFound, vreemd.Status);
        Assert.Equal(HttpStatusCode.BadRequest, geenVzw.Status);
        Assert.Equal("application/problem+json", geenVzw.ContentType);
    }

    static JsonNode Persoon(JsonArray vertegenwoordigers, string voornaam) =>
        vertegenwoordigers.Single(v => v!["voornaam"]!.GetValue<string>() == voornaam)!;

    static async Task<List<(string Gebeurtenis, string Omschrijving)>> Historiek(LoketClient client, string vCode)
    {
        var r = await client.GetAsync($"api/verenigingen/{vCode}/historiek");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        return r.Json["historiek"]!.AsArray()
            .Select(h => (h!["gebeurtenis"]!.GetValue<string>(), h["omschrijving"]!.GetValue<string>())).ToList();
    }
}
