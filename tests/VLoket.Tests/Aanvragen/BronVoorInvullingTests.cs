using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Aanvragen;

/// <summary>The application fixture with a service whose form asks what only the external data sources know.</summary>
public sealed class BronVoorInvullingFixture : AanvraagFixture
{
    public const string Werkingssubsidie = "9106";

    protected override IEnumerable<JsonObject> ExtraDiensten
    {
        get
        {
            var dienst = Dienst(Werkingssubsidie, "OVO002949", "Werkingssubsidie erkend jeugdwerk");
            dienst["formulier"]!.AsArray().Add(new JsonObject
            {
                ["sleutel"] = "erkenning", ["label"] = "Erkenning", ["type"] = "tekst", ["verplicht"] = true, ["bron"] = "erkenningen.actief",
            });
            dienst["formulier"]!.AsArray().Add(new JsonObject
            {
                ["sleutel"] = "attesten", ["label"] = "Leiding met attest", ["type"] = "tekst", ["verplicht"] = false, ["bron"] = "attesten.leiding",
            });
            yield return dienst;
        }
    }

    /// <summary>Calls a seeding route of the simulated sources.</summary>
    public Task ZetAsync(string pad, object body) => BronnenSimulator.ZetAsync(Simulator, pad, body);
}

/// <summary>Once only beyond the register: answers known to the data sources are pre-filled and marked with that source.</summary>
public sealed class BronVoorInvullingTests(BronVoorInvullingFixture fixture) : IClassFixture<BronVoorInvullingFixture>
{
    static readonly int Jaar = DateTime.UtcNow.Year;

    static JsonNode Vraag(JsonNode formulier, string sleutel) =>
        formulier["vragen"]!.AsArray().Single(v => v!["sleutel"]!.GetValue<string>() == sleutel)!;

    [Fact]
    public async Task Erkenningen_en_attesten_uit_de_bronnen_worden_ingevuld_met_hun_bron_tot_in_het_dossier()
    {
        const string Cultuur = "Departement Cultuur, Jeugd en Media";
        await fixture.ZetAsync($"bronnen/erkenningen/beheer/verenigingen/{fixture.VCode}", new[]
        {
            BronnenSimulator.Erkenning("ERK-1", $"{Jaar - 1}-01-01", $"{Jaar + 2}-12-31", "OVO002949", Cultuur),
            BronnenSimulator.Erkenning("ERK-OUD", "2015-01-01", $"{Jaar - 2}-12-31", "OVO002949", Cultuur),
        });
        await fixture.ZetAsync("bronnen/attesten/beheer/personen", new
        {
            insz = fixture.VertegenwoordigerInsz,
            attesten = new[] { new { attestId = "ATT-1", titel = "Hoofdanimator", uitgereiktOp = "2022-04-30", uitgereiktDoor = new { ovoCode = "OVO002949", naam = "Departement Cultuur, Jeugd en Media" } } },
        });

        var formulier = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/formulieren/{BronVoorInvullingFixture.Werkingssubsidie}");

        Assert.True(formulier.Status == HttpStatusCode.OK, formulier.ToString());
        var erkenning = Vraag(formulier.Json, "erkenning")["voorIngevuld"]!;
        Assert.Equal($"Erkenning als jeugdwerkorganisatie (Departement Cultuur, Jeugd en Media, tot 31-12-{Jaar + 2})", erkenning["waarde"]!.GetValue<string>());
        Assert.Equal("Erkenningen van de Vlaamse overheid", erkenning["bron"]!.GetValue<string>());
        var attesten = Vraag(formulier.Json, "attesten")["voorIngevuld"]!;
        Assert.Equal("Vera Voorzitter: Hoofdanimator", attesten["waarde"]!.GetValue<string>());
        Assert.Equal("Jeugdadministratie (attesten jeugdwerk)", attesten["bron"]!.GetValue<string>());
        Assert.Equal("Verenigingsregister", Vraag(formulier.Json, "naamVereniging")["voorIngevuld"]!["bron"]!.GetValue<string>());

        // Applying without typing them: the dossier records where each answer came from.
        var aanvraag = await fixture.VraagAanAsync(BronVoorInvullingFixture.Werkingssubsidie, "goedkeuren");
        Assert.True(aanvraag.Status == HttpStatusCode.Accepted, aanvraag.ToString());
        Assert.Equal("Erkenningen van de Vlaamse overheid", aanvraag.Json["herkomst"]!["erkenningen.actief"]!.GetValue<string>());
        Assert.Equal("Jeugdadministratie (attesten jeugdwerk)", aanvraag.Json["herkomst"]!["attesten.leiding"]!.GetValue<string>());
        var dossier = await fixture.WachtOpDossierAsync(aanvraag.Location!, d => AanvraagFixture.Fase(d) == "Goedgekeurd");
        Assert.Equal("Erkenningen van de Vlaamse overheid", dossier["herkomst"]!["erkenningen.actief"]!.GetValue<string>());
    }
}
