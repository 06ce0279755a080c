using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Tests.Domain;

/// <summary>What an agency's report does to a dossier: the pure rule, without storage or workflow.</summary>
public sealed class ZaakVerwerkingTests
{
    static readonly DateTimeOffset Nu = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    static Dossier Dossier() => new()
    {
        DossierId = "D1", VCode = "V0001001", Productnummer = "9101", Dienstnaam = "Subsidie", Entiteit = "OVO002949", Instantienaam = "Cultuur",
        Status = new DossierStatus(Fasen.Ingediend, "Ontvangen door het loket"),
        Statusgeschiedenis = [new Statuswijziging(Nu.AddHours(-1), Fasen.Ingediend, "Ontvangen door het loket", null)],
        AangemaaktOp = Nu.AddHours(-1),
    };

    static DossierDocument Document(string id) => new(id, "b.pdf", "application/pdf", 4, "ab", "Beslissing", Nu);

    [Fact]
    public void Een_vraag_zet_actie_nodig_met_de_vraag_als_actie_en_op_de_tijdlijn()
    {
        var w = ZaakVerwerking.Wijziging(new ZaakBericht("Z1", Fasen.ActieNodig, "Aanvulling gevraagd", "Bezorg het budget.", null, null, null), Nu);
        var d = ZaakVerwerking.PasToe(Dossier(), w);

        Assert.True(d.ActieNodig);
        Assert.Equal("Bezorg het budget.", d.Actie);
        Assert.Equal(("Aanvulling gevraagd", "Bezorg het budget."), (d.Statusgeschiedenis[^1].Label, d.Statusgeschiedenis[^1].Toelichting));
        Assert.Equal("Z1", d.DossierNummer);
    }

    [Fact]
    public void Een_vraag_zonder_tekst_krijgt_de_standaardvraag()
    {
        var w = ZaakVerwerking.Wijziging(new ZaakBericht("Z1", Fasen.ActieNodig, "Aanvulling", null, null, null, null), Nu);

        Assert.Equal(ZaakVerwerking.StandaardVraag, w.Actie);
    }

    [Fact]
    public void Een_beslissing_zet_de_motivering_op_de_tijdlijn_en_voegt_het_document_een_keer_toe()
    {
        var bericht = new ZaakBericht("Z1", Fasen.Goedgekeurd, "Goedgekeurd", null, "Goedgekeurd", "Past in het reglement.", Document("beslissing-Z1"));
        var w = ZaakVerwerking.Wijziging(bericht, Nu);

        var een = ZaakVerwerking.PasToe(Dossier(), w);
        var twee = ZaakVerwerking.PasToe(een, w);

        Assert.False(twee.ActieNodig);
        Assert.Null(twee.Actie);
        Assert.Equal("Past in het reglement.", twee.Statusgeschiedenis[^1].Toelichting);
        Assert.Single(twee.Documenten);
        Assert.Equal(een.Statusgeschiedenis.Count, twee.Statusgeschiedenis.Count); // the same report again adds no line
    }

    [Fact]
    public void Het_antwoord_van_de_vereniging_en_zijn_document_komen_mee_met_de_toelichting()
    {
        var w = ZaakVerwerking.Wijziging(new ZaakBericht("Z1", Fasen.InBehandeling, "Aanvulling ontvangen", null, null, null, null), Nu,
            "Jullie antwoord: 1200 euro", document: Document("D9") with { Soort = "Antwoord van de vereniging" });
        var d = ZaakVerwerking.PasToe(Dossier(), w);

        Assert.Equal("Jullie antwoord: 1200 euro", d.Statusgeschiedenis[^1].Toelichting);
        Assert.Equal("D9", Assert.Single(d.Documenten).DocumentId);
    }

    [Fact]
    public void Dezelfde_fase_en_label_voegen_geen_regel_toe_maar_de_herkomst_wordt_bijgewerkt()
    {
        var w = new DossierWijziging(Nu, Fasen.Ingediend, "Ontvangen door het loket", null, false, null,
            Herkomst: new Dictionary<string, string> { ["vereniging.iban"] = "Verenigingsregister" });

        var d = ZaakVerwerking.PasToe(Dossier(), w);

        Assert.Single(d.Statusgeschiedenis);
        Assert.Equal("Verenigingsregister", d.Herkomst["vereniging.iban"]);
    }
}
