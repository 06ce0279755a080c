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

    // An agency that asks again under the same label (the simulator's agencies always use one) asks a new question: it
    // gets a number of its own, so it is mailed and can be answered; before, the second question kept number 1, whose
    // answer was already stored ("al beantwoord"), and the dossier ran out its term.
    [Fact]
    public void Een_nieuwe_vraag_onder_hetzelfde_label_krijgt_een_eigen_vraagnummer()
    {
        var eerste = ZaakVerwerking.Wijziging(new ZaakBericht("Z1", Fasen.ActieNodig, "Aanvulling gevraagd", "Bezorg het budget.", null, null, null), Nu);
        var tweede = ZaakVerwerking.Wijziging(new ZaakBericht("Z1", Fasen.ActieNodig, "Aanvulling gevraagd", "Bezorg ook de begroting.", null, null, null), Nu.AddHours(1));

        var een = ZaakVerwerking.PasToe(Dossier(), eerste);
        var twee = ZaakVerwerking.PasToe(een, tweede);
        var nogmaals = ZaakVerwerking.PasToe(twee, tweede);

        Assert.Equal(1, een.Vraagnummer);
        Assert.Equal(2, twee.Vraagnummer);
        Assert.Equal("Bezorg ook de begroting.", twee.Actie);
        Assert.Equal(2, nogmaals.Vraagnummer); // the same question reported again (a retry, a poll) is no new one
        Assert.Equal(twee.Statusgeschiedenis.Count, nogmaals.Statusgeschiedenis.Count);
    }

    [Fact]
    public void Alleen_het_antwoord_op_de_open_vraag_wacht_nog_op_bezorging()
    {
        var vraag = ZaakVerwerking.Wijziging(new ZaakBericht("Z1", Fasen.ActieNodig, "Aanvulling gevraagd", "Bezorg het budget.", null, null, null), Nu);
        var volgende = ZaakVerwerking.Wijziging(new ZaakBericht("Z1", Fasen.ActieNodig, "Aanvulling gevraagd", "Bezorg ook de begroting.", null, null, null), Nu);
        var verder = ZaakVerwerking.Wijziging(new ZaakBericht("Z1", Fasen.InBehandeling, "In behandeling", null, null, null, null), Nu);

        var een = ZaakVerwerking.PasToe(Dossier(), vraag);

        Assert.True(een.WachtOpAntwoord(Verzoek.AntwoordId(1)));
        Assert.False(ZaakVerwerking.PasToe(een, volgende).WachtOpAntwoord(Verzoek.AntwoordId(1))); // a new question overtook it
        Assert.True(ZaakVerwerking.PasToe(een, volgende).WachtOpAntwoord(Verzoek.AntwoordId(2)));
        Assert.False(ZaakVerwerking.PasToe(een, verder).WachtOpAntwoord(Verzoek.AntwoordId(1))); // the agency moved on without it
        // An answer stored before answers were numbered (a random id) is passed on while a question is open, as it was then.
        Assert.True(ZaakVerwerking.PasToe(een, volgende).WachtOpAntwoord("A5f0c2a9d"));
        Assert.False(ZaakVerwerking.PasToe(een, verder).WachtOpAntwoord("A5f0c2a9d"));
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
