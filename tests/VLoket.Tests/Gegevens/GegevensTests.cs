using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Bronnen;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Gegevens;

/// <summary>
/// <c>GET /api/verenigingen/{vCode}/gegevens</c> on Azurite with the simulated sources: one view of all sources with
/// their origin, masked INSZ for third persons, and a source that is down gives data and a warning, never a 500.
/// </summary>
public sealed class GegevensTests(GegevensFixture fixture) : IClassFixture<GegevensFixture>
{
    static readonly int Jaar = DateTime.UtcNow.Year;

    async Task<(LoketClient Ik, string VCode)> VerenigingMetBronnenAsync(string naam)
    {
        var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Vera", "Voorzitter");
        string vCode = await fixture.RegistreerAsync(ik, naam);
        await fixture.ZetAsync("bronnen/attesten/beheer/personen", new
        {
            insz = Voorbeelden.InszKarim,
            attesten = new[] { Attest("ATT-1", "Hoofdanimator") },
        });
        await fixture.ZetAsync("bronnen/attesten/beheer/personen", new { insz = ik.Insz, attesten = new[] { Attest("ATT-2", "Animator in het jeugdwerk") } });
        await fixture.ZetAsync($"bronnen/erkenningen/beheer/verenigingen/{vCode}", new[]
        {
            BronnenSimulator.Erkenning("ERK-A", $"{Jaar - 1}-01-01", $"{Jaar + 2}-12-31", "OVO002949"),
            BronnenSimulator.Erkenning("ERK-V", "2015-01-01", $"{Jaar - 2}-12-31", "OVO000999"),
            BronnenSimulator.Erkenning("ERK-T", $"{Jaar + 1}-01-01", $"{Jaar + 4}-12-31", "OVO000888"),
        });
        await fixture.ZetAsync("bronnen/bank/beheer/bevestigingen", new
        {
            vCode, iban = "BE68539007547034",
            bevestigingen = new[] { new { bevestigdDoor = new { ovoCode = "OVO003103", naam = "Provincie Oost-Vlaanderen" }, bevestigdOp = "2025-03-15" } },
        });
        return (ik, vCode);
    }

    static object Attest(string id, string titel) =>
        new { attestId = id, titel, uitgereiktOp = "2022-04-30", uitgereiktDoor = new { ovoCode = "OVO002949", naam = "Departement Cultuur, Jeugd en Media" } };

    static JsonArray Items(JsonNode view, string categorie) =>
        new([.. view["items"]!.AsArray().Where(i => i!["categorie"]!.GetValue<string>() == categorie).Select(i => i!.DeepClone())]);

    static JsonNode Bron(JsonNode view, string bron) => view["bronnen"]!.AsArray().Single(b => b!["bron"]!.GetValue<string>() == bron)!;

    [Fact]
    public async Task Het_overzicht_voegt_alle_bronnen_samen_met_bron_opgehaaldOp_en_geldigTot()
    {
        var (ik, vCode) = await VerenigingMetBronnenAsync("Chiro Gegevenstest");
        var r = await ik.GetAsync($"api/verenigingen/{vCode}/gegevens");

        Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
        var view = r.Json;
        Assert.Equal(["register", "bank", "attesten", "erkenningen"], view["bronnen"]!.AsArray().Select(b => b!["bron"]!.GetValue<string>()));
        Assert.All(view["bronnen"]!.AsArray(), b => Assert.Equal("actueel", b!["status"]!.GetValue<string>()));
        Assert.Empty(view["waarschuwingen"]!.AsArray());
        Assert.All(view["items"]!.AsArray(), i => Assert.NotNull(i!["opgehaaldOp"]));

        var naam = Items(view, "basisgegevens").Single(i => i!["label"]!.GetValue<string>() == "Naam")!;
        Assert.Equal("register", naam["bron"]!.GetValue<string>());
        Assert.Equal("Chiro Gegevenstest", naam["waarde"]!.GetValue<string>());

        var erkenningen = Items(view, "erkenning");
        Assert.All(erkenningen, e => Assert.Equal("erkenningen", e!["bron"]!.GetValue<string>()));
        var statussen = erkenningen.ToDictionary(e => e!["waarde"]!["erkenningId"]!.GetValue<string>(), e => e!["status"]!.GetValue<string>());
        Assert.Equal("Actief", statussen["ERK-A"]);
        Assert.Equal("Verlopen", statussen["ERK-V"]);
        Assert.Equal("InAanvraag", statussen["ERK-T"]);
        var actief = erkenningen.Single(e => e!["waarde"]!["erkenningId"]!.GetValue<string>() == "ERK-A")!;
        Assert.Equal($"{Jaar + 2}-12-31", actief["geldigTot"]!.GetValue<string>());
        Assert.Equal("Actief", actief["waarde"]!["status"]!.GetValue<string>());
        Assert.Equal("OVO002949", actief["waarde"]!["geregistreerdDoor"]!["ovoCode"]!.GetValue<string>());

        var bank = Assert.Single(Items(view, "bankbevestiging"))!;
        Assert.Equal("bank", bank["bron"]!.GetValue<string>());
        Assert.Equal("OVO003103", bank["ovoCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Attesten_tonen_naam_en_een_gemaskeerd_INSZ_behalve_het_eigen()
    {
        var (ik, vCode) = await VerenigingMetBronnenAsync("Scouts Attesttest");
        var r = await ik.GetAsync($"api/verenigingen/{vCode}/gegevens");

        Assert.Equal(HttpStatusCode.OK, r.Status);
        var attesten = Items(r.Json, "attest");
        var karim = attesten.Single(a => a!["label"]!.GetValue<string>() == "Hoofdanimator")!;
        Assert.Equal("attesten", karim["bron"]!.GetValue<string>());
        Assert.Equal("Karim El Amrani", karim["persoon"]!["naam"]!.GetValue<string>());
        Assert.Equal("85.09.23-xxx.xx", karim["persoon"]!["insz"]!.GetValue<string>());
        var eigen = attesten.Single(a => a!["label"]!.GetValue<string>() == "Animator in het jeugdwerk")!;
        Assert.Equal(ik.Insz, eigen["persoon"]!["insz"]!.GetValue<string>());
        Assert.DoesNotContain(Voorbeelden.InszKarim, r.Tekst);
    }

    [Fact]
    public async Task Een_onbereikbare_bron_geeft_de_laatst_gekende_gegevens_en_een_waarschuwing()
    {
        var (ik, vCode) = await VerenigingMetBronnenAsync("Jeugdhuis Storingstest");
        Assert.Equal(HttpStatusCode.OK, (await ik.GetAsync($"api/verenigingen/{vCode}/gegevens")).Status);

        await fixture.StoringAsync("attesten", true);
        try
        {
            var r = await ik.GetAsync($"api/verenigingen/{vCode}/gegevens");

            Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
            var attesten = Bron(r.Json, "attesten");
            Assert.Equal("verouderd", attesten["status"]!.GetValue<string>());
            Assert.NotNull(attesten["opgehaaldOp"]);
            Assert.Equal(2, Items(r.Json, "attest").Count); // the last known attests are still shown
            var waarschuwing = Assert.Single(r.Json["waarschuwingen"]!.AsArray())!;
            Assert.Equal("attesten", waarschuwing["bron"]!.GetValue<string>());
            Assert.Contains("niet bereikbaar", waarschuwing["melding"]!.GetValue<string>());
            Assert.Contains("Je ziet de gegevens van", waarschuwing["melding"]!.GetValue<string>());
            Assert.Equal("actueel", Bron(r.Json, "erkenningen")["status"]!.GetValue<string>());
        }
        finally
        {
            await fixture.StoringAsync("attesten", false);
        }
    }

    [Fact]
    public async Task Een_bron_die_nooit_bereikt_werd_geeft_een_waarschuwing_en_geen_500()
    {
        var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Nora", "Nieuw");
        string vCode = await fixture.RegistreerAsync(ik, "Toneelkring Nooitbereikt");
        await fixture.StoringAsync("erkenningen", true);
        try
        {
            var r = await ik.GetAsync($"api/verenigingen/{vCode}/gegevens");

            Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
            var erkenningen = Bron(r.Json, "erkenningen");
            Assert.Equal("onbereikbaar", erkenningen["status"]!.GetValue<string>());
            Assert.Null(erkenningen["opgehaaldOp"]);
            var waarschuwing = Assert.Single(r.Json["waarschuwingen"]!.AsArray())!;
            Assert.Equal("erkenningen", waarschuwing["bron"]!.GetValue<string>());
            Assert.Contains("nog geen gegevens", waarschuwing["melding"]!.GetValue<string>());
            Assert.Empty(Items(r.Json, "erkenning"));
            Assert.NotEmpty(Items(r.Json, "basisgegevens")); // the rest of the view is there
        }
        finally
        {
            await fixture.StoringAsync("erkenningen", false);
        }
    }

    [Fact]
    public async Task KBO_onbereikbaar_geeft_een_waarschuwing_voor_KBO_en_de_rest_van_het_overzicht()
    {
        string insz = Voorbeelden.NieuwInsz();
        fixture.Mandaat("0987654394", insz);
        var ik = await fixture.AlsAsync(insz, "Kobe", "Kbo");
        var registratie = await ik.PostAsync("api/verenigingen/kbo", new { kboNummer = "0987654394" });
        Assert.True(registratie.Status is HttpStatusCode.Created, registratie.ToString());
        string vCode = registratie.Json["vCode"]!.GetValue<string>();
        Assert.Equal("actueel", Bron((await ik.GetAsync($"api/verenigingen/{vCode}/gegevens")).Json, "kbo")["status"]!.GetValue<string>());

        await fixture.StoringAsync("kbo", true);
        try
        {
            var r = await ik.GetAsync($"api/verenigingen/{vCode}/gegevens");

            Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
            Assert.Equal("verouderd", Bron(r.Json, "kbo")["status"]!.GetValue<string>());
            Assert.Equal("kbo", Assert.Single(r.Json["waarschuwingen"]!.AsArray())!["bron"]!.GetValue<string>());
            Assert.Contains(Items(r.Json, "basisgegevens"), i => i!["bron"]!.GetValue<string>() == "kbo"
                && i["waarde"]!.GetValue<string>() == "Federatie Jeugdhuizen Vlaanderen");
        }
        finally
        {
            await fixture.StoringAsync("kbo", false);
        }
    }

    [Fact]
    public async Task Wie_geen_vertegenwoordiger_is_krijgt_404_en_zonder_aanmelding_401()
    {
        var (_, vCode) = await VerenigingMetBronnenAsync("Fanfare Toegangstest");
        using var ander = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Andere", "Persoon");

        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync($"api/verenigingen/{vCode}/gegevens")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await ander.PostAsync($"api/verenigingen/{vCode}/gegevens/verversen", null)).Status);
        using var anoniem = await fixture.Client.GetAsync($"api/verenigingen/{vCode}/gegevens");
        Assert.Equal(HttpStatusCode.Unauthorized, anoniem.StatusCode);
    }

    [Fact]
    public async Task De_relaties_zijn_de_instanties_met_een_actieve_erkenning_of_een_bevestigde_rekening()
    {
        var (ik, vCode) = await VerenigingMetBronnenAsync("Harmonie Relatietest");
        Assert.Equal(HttpStatusCode.OK, (await ik.GetAsync($"api/verenigingen/{vCode}/gegevens")).Status);

        var relaties = await fixture.Host.Services.GetRequiredService<BronSnapshots>().RelatiesAsync(vCode);

        // Not OVO000999 (expired) nor OVO000888 (not started yet).
        Assert.Equal(["OVO002949", "OVO003103"], relaties);
    }
}
