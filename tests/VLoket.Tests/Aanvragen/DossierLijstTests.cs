using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Storage;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Aanvragen;

/// <summary>
/// <c>GET …/dossiers</c> gives a summary of each dossier (what the list screens show, a reservation's wish included),
/// read from the summary stored beside the dossier; dossiers stored before that summary existed are listed all the same.
/// The dossier's answers, history and documents stay on <c>GET …/dossiers/{dossierId}</c>.
/// </summary>
public sealed class DossierLijstTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    static readonly DateTimeOffset Nu = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task De_lijst_geeft_een_samenvatting_per_dossier_met_wat_wacht_eerst()
    {
        var (vertegenwoordiger, vCode) = await VerenigingAsync();
        using var _ = vertegenwoordiger;
        var repository = fixture.Host.Services.GetRequiredService<DossierRepository>();
        var aanvraag = Aanvraag(vCode, Nu.AddDays(-2)) with
        {
            Status = new DossierStatus(Fasen.ActieNodig, "Aanvulling gevraagd"), ActieNodig = true, Actie = "Bezorg de begroting.",
            DossierNummer = "CJM-2026-17", Uiterlijk = Nu.AddDays(30),
            Documenten = [new DossierDocument("doc1", "vraag.pdf", "application/pdf", 10, new string('a', 64), "Vraag", Nu)],
        };
        var reservatie = Aanvraag(vCode, Nu.AddDays(-1)) with
        {
            Soort = DossierSoort.Reservatie, Productnummer = "4002", Dienstnaam = "Tenten lenen", Instantienaam = "Stad Gent",
            Entiteit = "OVO004021", Bron = "http://simulator/instanties/OVO004021/reservaties",
            Antwoorden = new Dictionary<string, JsonElement>
            {
                ["materiaal"] = AntwoordTypes.Van("tent"), ["aantal"] = JsonSerializer.SerializeToElement(2),
                ["ophaaldatum"] = AntwoordTypes.Van("2026-12-10"), ["terugbrengdatum"] = AntwoordTypes.Van("2026-12-12"),
            },
        };
        var concept = Aanvraag(vCode, Nu.AddDays(-3)) with { Status = new DossierStatus(Fasen.Concept, "Concept"), BijgewerktOp = Nu.AddDays(-1) };
        foreach (var d in new[] { aanvraag, reservatie, concept })
        {
            await repository.BewaarAsync(d);
        }

        var lijst = await vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/dossiers");

        Assert.Equal(HttpStatusCode.OK, lijst.Status);
        Assert.Equal(vCode, lijst.Json["vCode"]!.GetValue<string>());
        var dossiers = lijst.Json["dossiers"]!.AsArray().Select(d => d!.AsObject()).ToList();
        // What waits for the association first, then the newest.
        Assert.Equal([aanvraag.DossierId, reservatie.DossierId, concept.DossierId], dossiers.Select(d => d["dossierId"]!.GetValue<string>()));
        var eerste = dossiers[0];
        Assert.Equal("Projectsubsidie jeugdwerk", eerste["dienstnaam"]!.GetValue<string>());
        Assert.Equal("9101", eerste["productnummer"]!.GetValue<string>());
        Assert.Equal("Departement Cultuur, Jeugd en Media", eerste["instantienaam"]!.GetValue<string>());
        Assert.Equal("OVO002949", eerste["entiteit"]!.GetValue<string>());
        Assert.Equal("CJM-2026-17", eerste["dossierNummer"]!.GetValue<string>());
        Assert.Equal("ActieNodig", eerste["status"]!["fase"]!.GetValue<string>());
        Assert.Equal("Aanvulling gevraagd", eerste["status"]!["label"]!.GetValue<string>());
        Assert.True(eerste["actieNodig"]!.GetValue<bool>());
        Assert.Equal("Bezorg de begroting.", eerste["actie"]!.GetValue<string>());
        Assert.Equal("Aanvraag", eerste["soort"]!.GetValue<string>());
        Assert.Equal(aanvraag.AangemaaktOp, eerste["aangemaaktOp"]!.GetValue<DateTimeOffset>());
        Assert.Equal(aanvraag.Uiterlijk, eerste["uiterlijk"]!.GetValue<DateTimeOffset>());
        Assert.Null(eerste["reservatie"]);
        // A summary: the answers, history and documents are the dossier's own route's.
        foreach (var d in dossiers)
        {
            Assert.Null(d["antwoorden"]);
            Assert.Null(d["statusgeschiedenis"]);
            Assert.Null(d["documenten"]);
        }

        var wens = dossiers[1]["reservatie"]!;
        Assert.Equal("Reservatie", dossiers[1]["soort"]!.GetValue<string>());
        Assert.Equal("tent", wens["materiaal"]!.GetValue<string>());
        Assert.Equal(2, wens["aantal"]!.GetValue<int>());
        Assert.Equal("2026-12-10", wens["van"]!.GetValue<string>());
        Assert.Equal("2026-12-12", wens["tot"]!.GetValue<string>());
        Assert.Equal(Nu.AddDays(-1) + Dossier.ConceptBewaartermijn, dossiers[2]["verwijderdOp"]!.GetValue<DateTimeOffset>());
        Assert.Equal(Nu.AddDays(-1), dossiers[2]["bijgewerktOp"]!.GetValue<DateTimeOffset>());

        // The filters still apply, and the dossier's own route still gives it whole.
        var lopend = await vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/dossiers?fase=lopend");
        Assert.Equal([aanvraag.DossierId, reservatie.DossierId], lopend.Json["dossiers"]!.AsArray().Select(d => d!["dossierId"]!.GetValue<string>()));
        var geheel = await vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/dossiers/{aanvraag.DossierId}");
        Assert.Single(geheel.Json["documenten"]!.AsArray());
        Assert.Equal(2, geheel.Json["statusgeschiedenis"]!.AsArray().Count);
        Assert.Null(geheel.Json["reservatie"]);
        // A reservation's own route names what it reserves as the list does (the form that reserves follows it).
        var eigen = (await vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/dossiers/{reservatie.DossierId}")).Json["reservatie"]!;
        Assert.Equal("tent", eigen["materiaal"]!.GetValue<string>());
        Assert.Equal("2026-12-12", eigen["tot"]!.GetValue<string>());
    }

    [Fact]
    public async Task Elke_bewaarde_dossierrij_draagt_haar_samenvatting_en_een_rij_zonder_wordt_toch_getoond()
    {
        var (vertegenwoordiger, vCode) = await VerenigingAsync();
        using var _ = vertegenwoordiger;
        var repository = fixture.Host.Services.GetRequiredService<DossierRepository>();
        var nieuw = Aanvraag(vCode, Nu.AddDays(-1));
        await repository.BewaarAsync(nieuw);
        var tabel = await fixture.Host.Services.GetRequiredService<Tabellen>().TabelAsync(DossierRepository.Tabel);
        var rij = (await tabel.GetEntityAsync<TableEntity>(vCode, nieuw.DossierId)).Value;
        var bewaard = JsonNode.Parse(rij.GetString(DossierRepository.SamenvattingKolom))!;
        Assert.Equal("Projectsubsidie jeugdwerk", bewaard["dienstnaam"]!.GetValue<string>());
        Assert.Null(bewaard["antwoorden"]);

        // A row as it was stored before the summary existed: the dossier's JSON only.
        var oud = Aanvraag(vCode, Nu.AddDays(-2)) with { Dienstnaam = "Vrijwilligersverzekering", Status = new DossierStatus(Fasen.Goedgekeurd, "Goedgekeurd") };
        var oudeRij = new TableEntity(vCode, oud.DossierId) { ["Fase"] = oud.Status.Fase };
        JsonEigenschappen.Schrijf(oudeRij, oud);
        await tabel.AddEntityAsync(oudeRij);

        var lijst = (await vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/dossiers")).Json["dossiers"]!.AsArray();

        Assert.Equal([nieuw.DossierId, oud.DossierId], lijst.Select(d => d!["dossierId"]!.GetValue<string>()));
        Assert.Equal("Vrijwilligersverzekering", lijst[1]!["dienstnaam"]!.GetValue<string>());
        Assert.Equal("Goedgekeurd", lijst[1]!["status"]!["fase"]!.GetValue<string>());
        Assert.Null(lijst[1]!["antwoorden"]);
        var afgesloten = await vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/dossiers?fase=afgesloten");
        Assert.Equal([oud.DossierId], afgesloten.Json["dossiers"]!.AsArray().Select(d => d!["dossierId"]!.GetValue<string>()));

        // The list gave the old row its summary, and left the dossier itself as it was: the next list reads the column alone.
        var aangevuld = (await tabel.GetEntityAsync<TableEntity>(vCode, oud.DossierId)).Value;
        Assert.Equal("Vrijwilligersverzekering", JsonNode.Parse(aangevuld.GetString(DossierRepository.SamenvattingKolom))!["dienstnaam"]!.GetValue<string>());
        Assert.Equal(oudeRij.GetString("Data0"), aangevuld.GetString("Data0"));
    }

    [Fact]
    public async Task Wie_geen_vertegenwoordiger_is_krijgt_404_en_geen_samenvattingen()
    {
        var (vertegenwoordiger, vCode) = await VerenigingAsync();
        using var _ = vertegenwoordiger;
        await fixture.Host.Services.GetRequiredService<DossierRepository>().BewaarAsync(Aanvraag(vCode, Nu));
        using var ander = await fixture.AlsAsync(Voorbeelden.NieuwInsz());

        var lijst = await ander.GetAsync($"api/verenigingen/{vCode}/dossiers");

        Assert.Equal(HttpStatusCode.NotFound, lijst.Status);
        Assert.Null(lijst.Json["dossiers"]);
        Assert.DoesNotContain("Projectsubsidie", lijst.ToString());
    }

    [Fact]
    public async Task Het_openapi_document_beschrijft_de_lijst_als_samenvattingen()
    {
        using var http = new HttpClient { BaseAddress = fixture.Host.BaseAddress };
        var document = JsonNode.Parse(await http.GetStringAsync("api/openapi.json"))!;

        var antwoord = document["paths"]!["/api/verenigingen/{vCode}/dossiers"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;
        Assert.Equal("#/components/schemas/DossierLijst", antwoord["$ref"]!.GetValue<string>());
        var schemas = document["components"]!["schemas"]!;
        Assert.Equal("#/components/schemas/DossierInLijst", schemas["DossierLijst"]!["properties"]!["dossiers"]!["items"]!["$ref"]!.GetValue<string>());
        var item = schemas["DossierInLijst"]!["properties"]!.AsObject();
        Assert.Contains("reservatie", item.Select(p => p.Key));
        Assert.Contains("verwijderdOp", item.Select(p => p.Key));
        Assert.DoesNotContain("antwoorden", item.Select(p => p.Key));
        Assert.Contains("antwoorden", schemas["DossierAntwoord"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    async Task<(LoketClient Vertegenwoordiger, string VCode)> VerenigingAsync()
    {
        var vertegenwoordiger = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Vera", "Voorzitter");
        var r = await vertegenwoordiger.PostAsync("api/verenigingen", Voorbeelden.Registratie($"Dossierlijst {Guid.NewGuid():N}"[..28]));
        Assert.True(r.Status == HttpStatusCode.Created, r.ToString());
        return (vertegenwoordiger, r.Json["vCode"]!.GetValue<string>());
    }

    // As the workflow's steps write a dossier (the repository is the only writer).
    static Dossier Aanvraag(string vCode, DateTimeOffset aangemaaktOp) => new()
    {
        DossierId = "D" + Guid.NewGuid().ToString("N"), VCode = vCode, Productnummer = "9101", Dienstnaam = "Projectsubsidie jeugdwerk",
        Entiteit = "OVO002949", Instantienaam = "Departement Cultuur, Jeugd en Media", Status = new DossierStatus(Fasen.InBehandeling, "In behandeling"),
        AangemaaktOp = aangemaaktOp, Soort = DossierSoort.Aanvraag, WorkflowVersie = Dossier.HuidigeWorkflowVersie,
        Antwoorden = new Dictionary<string, JsonElement> { ["omschrijving"] = AntwoordTypes.Van("Kamp aan zee") },
        Statusgeschiedenis = [new Statuswijziging(aangemaaktOp, Fasen.Ingediend, "Ingediend", null), new Statuswijziging(aangemaaktOp, Fasen.InBehandeling, "In behandeling", null)],
    };
}
