using VLoket.Domain;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Regels;
using static VLoket.Tests.Domain.OpgeslagenVereniging;

namespace VLoket.Tests.Domain;

/// <summary>
/// Adding, changing and removing parts, straight on the rules: the new state, the history line, and the refusals with
/// the field they name. The stored association itself is never changed in place.
/// </summary>
public sealed class OnderdeelWijzigingenTests
{
    static readonly AdresInvoer Veldstraat = new("Veldstraat", "2", null, "9000", "Gent", "België");

    [Fact]
    public void An_added_part_takes_the_next_id_which_is_never_reused()
    {
        var v = Maak();

        var w = OnderdeelWijzigingen.ContactgegevenToevoegen(v, new ContactgegevenInvoer("Telefoon", " 09 123 45 67 ", null, false));

        var nieuw = w.Na.Contactgegevens[^1];
        Assert.Equal(new Contactgegeven(5, "Telefoon", "09 123 45 67", null, false, Herkomst.Vereniging), nieuw);
        Assert.Equal(6, w.Na.VolgendeId);
        Assert.Equal("ContactgegevenWerdToegevoegd", w.Gebeurtenis);
        Assert.Equal("Contactgegeven toegevoegd: Telefoon 09 123 45 67.", w.Omschrijving);
        Assert.Single(v.Contactgegevens);

        var weg = OnderdeelWijzigingen.ContactgegevenVerwijderen(w.Na, 5);
        Assert.Equal(6, weg.Na.VolgendeId);
    }

    [Fact]
    public void An_empty_body_asks_for_the_part()
    {
        var fout = DomeinFoutAssert.EenFout(() => OnderdeelWijzigingen.LocatieToevoegen(Maak(), null));

        Assert.Equal(new VeldFout(string.Empty, "Vul de locatie in."), fout);
    }

    [Fact]
    public void Field_errors_and_list_rules_name_the_fields_of_the_request_body()
    {
        var ongeldig = DomeinFoutAssert.Fouten(() => OnderdeelWijzigingen.ContactgegevenToevoegen(Maak(), new ContactgegevenInvoer("Fax", "1", null, null)));
        var dubbel = DomeinFoutAssert.EenFout(() => OnderdeelWijzigingen.ContactgegevenToevoegen(Maak(), new ContactgegevenInvoer("E-mail", "Info@Spelers.be", null, null)));

        Assert.Equal(["type"], ongeldig.Select(f => f.Veld));
        Assert.Equal(new VeldFout("waarde", "Dit contactgegeven staat er al bij."), dubbel);
    }

    [Fact]
    public void A_change_takes_the_given_fields_over_the_stored_ones()
    {
        var w = OnderdeelWijzigingen.ContactgegevenWijzigen(Maak(), 1, new ContactgegevenInvoer(null, null, "Secretariaat", null));

        Assert.Equal(new Contactgegeven(1, "E-mail", "info@spelers.be", "Secretariaat", true, Herkomst.Vereniging), Assert.Single(w.Na.Contactgegevens));
        Assert.Equal("ContactgegevenWerdGewijzigd", w.Gebeurtenis);
        Assert.Equal(5, w.Na.VolgendeId);
    }

    [Fact]
    public void A_location_change_merges_the_address_field_by_field()
    {
        var w = OnderdeelWijzigingen.LocatieWijzigen(Maak(), 2, new LocatieInvoer(null, null, null, new AdresInvoer(null, "3", null, null, null, null)));

        var locatie = Assert.Single(w.Na.Locaties);
        Assert.Equal(Kerkstraat with { Huisnummer = "3" }, locatie.Adres);
        Assert.Equal("Lokaal", locatie.Naam);
        Assert.Equal("Locatie gewijzigd: Activiteiten, Kerkstraat 3, 9000 Gent.", w.Omschrijving);
    }

    [Fact]
    public void A_change_that_would_clash_is_refused_on_its_own_field()
    {
        var v = OnderdeelWijzigingen.LocatieToevoegen(Maak(), new LocatieInvoer("Correspondentie", null, false, Veldstraat)).Na;

        var fout = DomeinFoutAssert.EenFout(() => OnderdeelWijzigingen.LocatieWijzigen(v, 2, new LocatieInvoer("Correspondentie", null, null, null)));

        Assert.Equal(new VeldFout("locatietype", "Er is al een correspondentieadres. Een vereniging heeft er hoogstens één."), fout);
    }

    [Fact]
    public void A_part_that_does_not_exist_is_not_found()
    {
        var fout = Assert.Throws<NietGevondenFout>(() => OnderdeelWijzigingen.LocatieVerwijderen(Maak(), 1));

        Assert.Equal("Deze locatie bestaat niet.", fout.Message);
        Assert.Throws<NietGevondenFout>(() => OnderdeelWijzigingen.BankrekeningnummerWijzigen(Maak(), 99, new BankrekeningnummerInvoer(null, "Kamp", null)));
    }

    [Fact]
    public void Parts_from_kbo_can_only_be_corrected_in_kbo()
    {
        var v = Maak() with { Contactgegevens = [Maak().Contactgegevens[0] with { Bron = Herkomst.Kbo }] };

        var wijzig = Assert.Throws<RegelFout>(() => OnderdeelWijzigingen.ContactgegevenWijzigen(v, 1, new ContactgegevenInvoer(null, null, "x", null)));
        var verwijder = Assert.Throws<RegelFout>(() => OnderdeelWijzigingen.ContactgegevenVerwijderen(v, 1));

        Assert.Equal("Dit contactgegeven komt uit de Kruispuntbank van Ondernemingen (KBO). Laat het daar aanpassen.", wijzig.Message);
        Assert.Equal(wijzig.Message, verwijder.Message);
    }

    [Fact]
    public void Removing_a_part_keeps_the_others_and_records_what_went()
    {
        var v = OnderdeelWijzigingen.LocatieToevoegen(Maak(), new LocatieInvoer("Activiteiten", "Zaal", false, Veldstraat)).Na;

        var w = OnderdeelWijzigingen.LocatieVerwijderen(v, 2);

        Assert.Equal([5], w.Na.Locaties.Select(l => l.LocatieId));
        Assert.Equal("LocatieWerdVerwijderd", w.Gebeurtenis);
        Assert.Equal("Locatie verwijderd: Activiteiten, Kerkstraat 1, 9000 Gent.", w.Omschrijving);
        Assert.Equal(2, v.Locaties.Count);
    }

    [Fact]
    public void A_representative_keeps_their_insz()
    {
        var anders = Assert.Throws<RegelFout>(() => OnderdeelWijzigingen.VertegenwoordigerWijzigen(Maak(), 3,
            new VertegenwoordigerInvoer(InszKarim, null, null, null, null, null, null, null, null)));
        // The same number written with separators is the same person.
        var zelfde = OnderdeelWijzigingen.VertegenwoordigerWijzigen(Maak(), 3,
            new VertegenwoordigerInvoer("78.04.12-123.19", null, null, null, null, null, "an@spelers.be", null, null));

        Assert.Equal("insz", anders.Veld);
        Assert.Equal("Het INSZ van een vertegenwoordiger kan je niet wijzigen. Voeg een nieuwe vertegenwoordiger toe.", anders.Message);
        var w = Assert.Single(zelfde.Na.Vertegenwoordigers);
        Assert.Equal((InszAn, "an@spelers.be", "An"), (w.Insz, w.EMail, w.Voornaam));
    }

    [Fact]
    public void The_last_representative_cannot_be_removed()
    {
        var fout = Assert.Throws<RegelFout>(() => OnderdeelWijzigingen.VertegenwoordigerVerwijderen(Maak(), 3));
        // Adding someone is an invitation now, so the second representative is one who accepted.
        var een = Maak();
        var twee = een with { Vertegenwoordigers = [.. een.Vertegenwoordigers, new Vertegenwoordiger(5, InszKarim, "Karim", "Ait", null, null, false, null, null, null)] };

        Assert.Equal("De laatste vertegenwoordiger kan je niet verwijderen: een vereniging heeft altijd iemand nodig die voor haar optreedt.", fout.Message);
        Assert.Equal([3], OnderdeelWijzigingen.VertegenwoordigerVerwijderen(twee, 5).Na.Vertegenwoordigers.Select(w => w.VertegenwoordigerId));
    }

    [Fact]
    public void A_new_iban_is_a_new_account_so_agency_confirmations_do_not_carry_over()
    {
        var doel = OnderdeelWijzigingen.BankrekeningnummerWijzigen(Maak(), 4, new BankrekeningnummerInvoer(null, "Kamp", null));
        var iban = OnderdeelWijzigingen.BankrekeningnummerWijzigen(Maak(), 4, new BankrekeningnummerInvoer("BE71 0961 2345 6769", null, null));

        Assert.Equal([new BevestigdDoor("OVO000001", "Sportdienst")], Assert.Single(doel.Na.Bankrekeningnummers).BevestigdDoor);
        var nieuw = Assert.Single(iban.Na.Bankrekeningnummers);
        Assert.Equal("BE71 0961 2345 6769", nieuw.Iban);
        Assert.Empty(nieuw.BevestigdDoor);
        Assert.Equal(["De Spelers"], nieuw.Titularissen);
    }

    [Fact]
    public void An_account_is_listed_once_however_it_is_written()
    {
        var fout = DomeinFoutAssert.EenFout(() => OnderdeelWijzigingen.BankrekeningnummerToevoegen(Maak(),
            new BankrekeningnummerInvoer("be68539007547034", null, ["Kassier"])));

        Assert.Equal(new VeldFout("iban", "Dit rekeningnummer staat er al bij."), fout);
    }
}
