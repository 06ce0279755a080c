using VLoket.Domain;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Regels;
using static VLoket.Tests.Domain.OpgeslagenVereniging;

namespace VLoket.Tests.Domain;

/// <summary>
/// The list rules on their own: only items the request touched are blamed, at the request field the caller names,
/// and a clash between two touched items is reported once.
/// </summary>
public sealed class InvariantenTests
{
    /// <summary>Runs the rules with the given (list, id) pairs touched at the given request fields.</summary>
    static IReadOnlyList<VeldFout> Fouten(Vereniging v, params (string Lijst, int Id, string Pad)[] aangeraakt)
    {
        var fouten = new FoutVerzamelaar();
        Invarianten.Controleer(v, (lijst, id) => aangeraakt.FirstOrDefault(a => a.Lijst == lijst && a.Id == id).Pad, fouten);
        if (!fouten.HeeftFouten)
        {
            return [];
        }

        return Assert.Throws<DomeinFout>(fouten.GooiAlsFouten).Fouten;
    }

    static Vereniging MetContactgegeven(string type, string waarde, bool primair) =>
        Maak() with { Contactgegevens = [.. Maak().Contactgegevens, new Contactgegeven(5, type, waarde, null, primair, Herkomst.Vereniging)] };

    [Fact]
    public void Clashes_among_untouched_items_are_not_blamed_on_the_request()
    {
        var v = MetContactgegeven("E-mail", "INFO@spelers.be", primair: true);

        Assert.Empty(Fouten(v));
    }

    [Fact]
    public void A_touched_contactgegeven_equal_to_a_stored_one_is_blamed_at_its_request_field()
    {
        // E-mail addresses compare without case.
        var v = MetContactgegeven("E-mail", "INFO@Spelers.be", primair: false);

        var fout = Assert.Single(Fouten(v, ("contactgegevens", 5, "contactgegevens[0]")));

        Assert.Equal(new VeldFout("contactgegevens[0].waarde", "Dit contactgegeven staat er al bij."), fout);
    }

    [Fact]
    public void The_same_value_under_another_type_is_no_clash()
    {
        var v = MetContactgegeven("Website", "https://spelers.be", primair: false);

        Assert.Empty(Fouten(v, ("contactgegevens", 5, "contactgegevens[0]")));
    }

    [Fact]
    public void Two_touched_equal_items_are_reported_once_on_the_later_one()
    {
        var v = MetContactgegeven("E-mail", "info@spelers.be", primair: false);

        var fout = Assert.Single(Fouten(v, ("contactgegevens", 1, "contactgegevens[0]"), ("contactgegevens", 5, "contactgegevens[1]")));

        Assert.Equal("contactgegevens[1].waarde", fout.Veld);
    }

    [Fact]
    public void One_primary_contactgegeven_per_type()
    {
        var tweedeEmail = MetContactgegeven("E-mail", "bestuur@spelers.be", primair: true);
        var telefoon = MetContactgegeven("Telefoon", "09 123 45 67", primair: true);

        var fout = Assert.Single(Fouten(tweedeEmail, ("contactgegevens", 5, "")));
        Assert.Equal(new VeldFout("isPrimair", "Er is al een primair contactgegeven van het type E-mail."), fout);
        Assert.Empty(Fouten(telefoon, ("contactgegevens", 5, "")));
    }

    static Vereniging MetLocatie(string type, string? naam, Adres adres, bool primair) =>
        Maak() with { Locaties = [.. Maak().Locaties, new Locatie(5, type, naam, primair, adres, Herkomst.Vereniging)] };

    [Fact]
    public void A_location_at_the_same_address_under_the_same_name_is_a_duplicate_however_it_is_spelled()
    {
        var v = MetLocatie("Activiteiten", "LOKAAL", new Adres("kerkstraat", " 1", null, "9000", "GENT", "België"), primair: false);

        var fout = Assert.Single(Fouten(v, ("locaties", 5, "locaties[1]")));

        Assert.Equal(new VeldFout("locaties[1]", "Deze locatie staat er al bij."), fout);
    }

    [Fact]
    public void A_duplicate_location_changed_by_its_own_route_is_blamed_on_its_address()
    {
        var v = MetLocatie("Activiteiten", "Lokaal", Kerkstraat, primair: false);

        var fout = Assert.Single(Fouten(v, ("locaties", 5, "")));

        Assert.Equal("adres", fout.Veld);
    }

    [Fact]
    public void The_same_address_under_another_name_is_another_location()
    {
        var v = MetLocatie("Activiteiten", "Zolder", Kerkstraat, primair: false);

        Assert.Empty(Fouten(v, ("locaties", 5, "locaties[1]")));
    }

    [Fact]
    public void At_most_one_primary_location_and_one_correspondence_address()
    {
        var adres = new Adres("Veldstraat", "2", null, "9000", "Gent", "België");
        var primair = MetLocatie("Activiteiten", null, adres, primair: true);
        var correspondentie = Maak() with
        {
            Locaties =
            [
                new Locatie(2, "Correspondentie", null, true, Kerkstraat, Herkomst.Vereniging),
                new Locatie(5, "Correspondentie", null, false, adres, Herkomst.Vereniging),
            ],
        };

        Assert.Equal([new VeldFout("isPrimair", "Er is al een primaire locatie.")], Fouten(primair, ("locaties", 5, "")));
        Assert.Equal(
            [new VeldFout("locatietype", "Er is al een correspondentieadres. Een vereniging heeft er hoogstens één.")],
            Fouten(correspondentie, ("locaties", 5, "")));
    }

    [Fact]
    public void A_person_is_representative_once_and_one_representative_is_primary()
    {
        var zelfdePersoon = Maak() with
        {
            Vertegenwoordigers = [.. Maak().Vertegenwoordigers, new Vertegenwoordiger(5, InszAn, "Anna", "Peeters", null, null, false, null, null, null)],
        };
        var tweePrimair = Maak() with
        {
            Vertegenwoordigers = [.. Maak().Vertegenwoordigers, new Vertegenwoordiger(5, InszKarim, "Karim", "Ait", null, null, true, null, null, null)],
        };

        Assert.Equal(
            [new VeldFout("vertegenwoordigers[1].insz", "Deze persoon is al vertegenwoordiger van de vereniging.")],
            Fouten(zelfdePersoon, ("vertegenwoordigers", 5, "vertegenwoordigers[1]")));
        Assert.Equal(
            [new VeldFout("vertegenwoordigers[1].isPrimair", "Er is al een primaire vertegenwoordiger.")],
            Fouten(tweePrimair, ("vertegenwoordigers", 5, "vertegenwoordigers[1]")));
    }

    static Vereniging MetTweedeRekening() =>
        Maak() with { Bankrekeningnummers = [.. Maak().Bankrekeningnummers, new Bankrekeningnummer(5, Iban, "Kamp", ["Kassier"], [])] };

    [Fact]
    public void An_account_number_is_listed_once()
    {
        var v = MetTweedeRekening();

        Assert.Equal(
            [new VeldFout("bankrekeningnummers[0].iban", "Dit rekeningnummer staat er al bij.")],
            Fouten(v, ("bankrekeningnummers", 5, "bankrekeningnummers[0]")));
    }

    [Fact]
    public void Each_list_is_checked_under_its_own_name()
    {
        // The same id touched in another list is not the item that clashes.
        var v = MetTweedeRekening();

        Assert.Empty(Fouten(v, ("contactgegevens", 5, "contactgegevens[0]")));
    }
}
