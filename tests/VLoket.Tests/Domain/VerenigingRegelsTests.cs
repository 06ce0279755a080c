using VLoket.Domain;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Regels;
using Insz = VLoket.Domain.Verenigingen.Waarden.Insz;
using VCode = VLoket.Domain.Verenigingen.Waarden.VCode;
using static VLoket.Tests.Domain.OpgeslagenVereniging;

namespace VLoket.Tests.Domain;

/// <summary>Registering an association and changing its basic data, straight on the rules.</summary>
public sealed class VerenigingRegelsTests
{
    static readonly DateOnly Vandaag = new(2026, 12, 7);
    static readonly Gebruiker An = new(Insz.Hydrate(InszAn), "An", "Peeters");
    static readonly VCode Code = VCode.Hydrate("V0001001");

    static RegistratieInvoer Registratie(
        string? naam = "  De Spelers ", string? startdatum = "2001-09-01", List<string?>? hoofdactiviteiten = null,
        List<ContactgegevenInvoer?>? contactgegevens = null, List<VertegenwoordigerInvoer?>? vertegenwoordigers = null) =>
        new(naam, null, null, startdatum, new DoelgroepInvoer(6, 18), hoofdactiviteiten ?? ["SPRT"], ["BE23444021"],
            contactgegevens ?? [], [], vertegenwoordigers ?? [], []);

    static VertegenwoordigerInvoer Persoon(string insz, string voornaam, bool primair) =>
        new(insz, voornaam, "Peeters", null, null, primair, null, null, null);

    [Fact]
    public void Parts_are_numbered_across_lists_and_the_registrant_is_added_as_primary_representative()
    {
        var invoer = new RegistratieInvoer("  De Spelers ", null, null, "2001-09-01", null, ["SPRT"], null,
            [new("E-mail", "info@spelers.be", null, true), new("Telefoon", "09 123 45 67", null, false)],
            [new("Activiteiten", "Lokaal", true, new AdresInvoer("Kerkstraat", "1", null, "9000", "Gent", "België"))],
            [],
            [new(Iban, "Werking", ["De Spelers"])]);

        var v = VerenigingRegels.Registratie(invoer, Code, An, Vandaag);

        Assert.Equal(("V0001001", "De Spelers", "2001-09-01"), (v.VCode, v.Naam, v.Startdatum));
        Assert.Equal((Codelijsten.Vzer, Codelijsten.FeitelijkeVereniging), (v.Verenigingstype, v.Verenigingssubtype));
        Assert.Equal([1, 2], v.Contactgegevens.Select(c => c.ContactgegevenId));
        Assert.Equal(3, Assert.Single(v.Locaties).LocatieId);
        Assert.Equal(4, Assert.Single(v.Bankrekeningnummers).BankrekeningnummerId);
        Assert.Equal(new Vertegenwoordiger(5, InszAn, "An", "Peeters", null, null, true, null, null, null), Assert.Single(v.Vertegenwoordigers));
        Assert.Equal(6, v.VolgendeId);
        Assert.Equal(new Doelgroep(0, 150), v.Doelgroep);
    }

    [Fact]
    public void A_listed_registrant_becomes_the_primary_representative_whoever_the_list_named()
    {
        var invoer = Registratie(vertegenwoordigers: [Persoon(InszKarim, "Karim", primair: true), Persoon(InszAn, "An", primair: false)]);

        var v = VerenigingRegels.Registratie(invoer, Code, An, Vandaag);

        Assert.Equal([(InszKarim, false), (InszAn, true)], v.Vertegenwoordigers.Select(w => (w.Insz, w.IsPrimair)));
    }

    [Fact]
    public void Every_field_error_of_a_registration_comes_back_at_once_with_its_path()
    {
        var invoer = Registratie(naam: " ", startdatum: "2027-01-01", hoofdactiviteiten: ["SPRT", "sprt"],
            contactgegevens: [new("E-mail", "geen adres", null, null)]);

        var fouten = DomeinFoutAssert.Fouten(() => VerenigingRegels.Registratie(invoer, Code, An, Vandaag));

        Assert.Equal(
            [
                new VeldFout("naam", "Dit veld is verplicht."),
                new VeldFout("startdatum", "Deze datum ligt in de toekomst. Geef een datum van vandaag of vroeger in."),
                new VeldFout("hoofdactiviteiten[1]", "Deze hoofdactiviteit staat er al bij."),
            ],
            fouten.Take(3));
        Assert.Equal("contactgegevens[0].waarde", Assert.Single(fouten.Skip(3)).Veld);
    }

    [Fact]
    public void List_rules_on_a_registration_name_the_position_in_the_request()
    {
        var invoer = Registratie(
            contactgegevens: [new("E-mail", "info@spelers.be", null, null), new("E-mail", "INFO@spelers.be", null, null)],
            vertegenwoordigers: [Persoon(InszKarim, "Karim", primair: false), Persoon(InszKarim, "Karim", primair: false)]);

        var fouten = DomeinFoutAssert.Fouten(() => VerenigingRegels.Registratie(invoer, Code, An, Vandaag));

        Assert.Equal(
            [
                new VeldFout("contactgegevens[1].waarde", "Dit contactgegeven staat er al bij."),
                new VeldFout("vertegenwoordigers[1].insz", "Deze persoon is al vertegenwoordiger van de vereniging."),
            ],
            fouten);
    }

    [Fact]
    public void A_basic_change_keeps_what_is_not_given_and_an_empty_text_clears_it()
    {
        var v = Maak() with { KorteNaam = "DS", KorteBeschrijving = "Spelen", Startdatum = "2001-09-01" };

        var na = VerenigingRegels.Basisgegevens(v, new BasisgegevensInvoer(" De Nieuwe Spelers ", "", null, null, null, null, null), Vandaag);

        Assert.Equal(("De Nieuwe Spelers", null, "Spelen", "2001-09-01"), (na.Naam, na.KorteNaam, na.KorteBeschrijving, na.Startdatum));
        Assert.Equal(v.Contactgegevens, na.Contactgegevens);
    }

    [Fact]
    public void The_start_date_cannot_lie_after_the_end_date()
    {
        var gestopt = Maak() with { Einddatum = "2020-06-30", Status = Statussen.Gestopt };

        var fout = DomeinFoutAssert.EenFout(() => VerenigingRegels.Basisgegevens(gestopt, new BasisgegevensInvoer(null, null, null, "2021-01-01", null, null, null), Vandaag));

        Assert.Equal(new VeldFout("startdatum", "De startdatum kan niet na de einddatum liggen."), fout);
        Assert.Equal("2020-01-01", VerenigingRegels.Basisgegevens(gestopt, new BasisgegevensInvoer(null, null, null, "2020-01-01", null, null, null), Vandaag).Startdatum);
    }

    [Fact]
    public void Fields_from_kbo_can_only_change_in_kbo()
    {
        var uitKbo = Maak() with { KboNummer = "0123456749", KboVelden = ["naam", "startdatum"] };

        var fout = Assert.Throws<RegelFout>(() => VerenigingRegels.Basisgegevens(uitKbo, new BasisgegevensInvoer("Andere naam", null, null, null, null, null, null), Vandaag));
        var zelfdeNaam = VerenigingRegels.Basisgegevens(uitKbo, new BasisgegevensInvoer("De Spelers", "DS", null, null, null, null, null), Vandaag);

        Assert.Equal("naam", fout.Veld);
        Assert.Equal("Het veld 'naam' komt uit de Kruispuntbank van Ondernemingen (KBO). Laat het daar aanpassen.", fout.Message);
        Assert.Equal("DS", zelfdeNaam.KorteNaam);
    }
}
