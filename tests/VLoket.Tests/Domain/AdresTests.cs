using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class AdresTests
{
    const string Veld = "locaties[0].adres";

    [Fact]
    public void A_flemish_address_is_trimmed_and_spelled_as_in_the_register()
    {
        var adres = Adres.Create(" Kerkstraat ", " 12 ", " 3 ", " 9040 ", "sint amandsberg", "belgie", Veld);

        Assert.Equal("Kerkstraat", adres.Straatnaam);
        Assert.Equal("12", adres.Huisnummer);
        Assert.Equal("3", adres.Busnummer);
        Assert.Equal("9040", adres.Postcode);
        Assert.Equal("Sint-Amandsberg", adres.Gemeente);
        Assert.Equal("België", adres.Land);
        Assert.True(adres.IsInBelgie);
        Assert.Equal("Kerkstraat 12 bus 3, 9040 Sint-Amandsberg, België", adres.ToString());
    }

    [Theory]
    [InlineData("België")]
    [InlineData("Belgie")]
    [InlineData("BELGIË")]
    [InlineData("Belgium")]
    [InlineData("BE")]
    [InlineData("be")]
    public void Every_spelling_of_belgium_is_checked_against_the_register(string land)
    {
        var fout = DomeinFoutAssert.EenFout(() => Adres.Create("Kerkstraat", "1", null, "1000", "Brussel", land, Veld));

        Assert.Equal(Veld + ".postcode", fout.Veld);
        Assert.Equal("Postcode 1000 ligt niet in Vlaanderen. Het loket ondersteunt enkel adressen in Vlaanderen.", fout.Melding);
    }

    [Theory]
    [InlineData("900")]
    [InlineData("B-9000")]
    [InlineData("90000")]
    public void A_belgian_postcode_has_four_digits(string postcode)
    {
        var fout = DomeinFoutAssert.EenFout(() => Adres.Create("Kerkstraat", "1", null, postcode, "Gent", "België", Veld));

        Assert.Equal(Veld + ".postcode", fout.Veld);
        Assert.Equal("Een Belgische postcode bestaat uit 4 cijfers, zoals 9000.", fout.Melding);
    }

    [Fact]
    public void The_municipality_must_fit_the_postcode()
    {
        var fout = DomeinFoutAssert.EenFout(() => Adres.Create("Kerkstraat", "1", null, "9040", "Aalst", "België", Veld));

        Assert.Equal(Veld + ".gemeente", fout.Veld);
        Assert.Equal("Deze gemeente past niet bij postcode 9040. Bij die postcode hoort Sint-Amandsberg of Gent.", fout.Melding);
    }

    [Fact]
    public void A_postcode_with_one_name_is_named_alone()
    {
        var fout = DomeinFoutAssert.EenFout(() => Adres.Create("Kerkstraat", "1", null, "9000", "Aalst", "België", Veld));

        Assert.Equal("Deze gemeente past niet bij postcode 9000. Bij die postcode hoort Gent.", fout.Melding);
    }

    [Fact]
    public void A_foreign_address_is_not_checked_against_the_flemish_register()
    {
        var adres = Adres.Create("Rue de la Loi", "16", null, "75001", "Paris", "Frankrijk", Veld);

        Assert.Equal("75001", adres.Postcode);
        Assert.Equal("Paris", adres.Gemeente);
        Assert.Equal("Frankrijk", adres.Land);
        Assert.False(adres.IsInBelgie);
        Assert.Null(adres.Busnummer);
    }

    [Fact]
    public void Every_missing_part_is_reported_on_its_own_sub_field()
    {
        var fouten = DomeinFoutAssert.Fouten(() => Adres.Create(null, " ", null, "", null, null, Veld));

        Assert.Equal(
            [Veld + ".straatnaam", Veld + ".huisnummer", Veld + ".postcode", Veld + ".gemeente", Veld + ".land"],
            fouten.Select(fout => fout.Veld));
        Assert.All(fouten, fout => Assert.Equal("Dit veld is verplicht.", fout.Melding));
    }

    [Fact]
    public void Markup_in_a_part_is_refused_on_that_sub_field()
    {
        var fout = DomeinFoutAssert.EenFout(() => Adres.Create("<b>Kerkstraat</b>", "1", null, "9000", "Gent", "België", Veld));

        Assert.Equal(Veld + ".straatnaam", fout.Veld);
    }

    [Fact]
    public void The_comparison_key_ignores_case_accents_spacing_and_the_post_name()
    {
        var a = Adres.Create("Sint-Jansstraat", "12A", null, "9030", "Mariakerke", "België", Veld);
        var b = Adres.Create("  sint jansstraat ", "12 a", null, "9030", "gent", "BE", Veld);
        var c = Adres.Create("Sint-Jánsstraat", "12a", null, "9030", "Gent", "Belgium", Veld);

        Assert.Equal(a.VergelijkSleutel, b.VergelijkSleutel);
        Assert.Equal(a.VergelijkSleutel, c.VergelijkSleutel);
    }

    [Fact]
    public void The_comparison_key_tells_different_places_apart()
    {
        var a = Adres.Create("Kerkstraat", "12", null, "9000", "Gent", "België", Veld);

        Assert.NotEqual(a.VergelijkSleutel, Adres.Create("Kerkstraat", "14", null, "9000", "Gent", "België", Veld).VergelijkSleutel);
        Assert.NotEqual(a.VergelijkSleutel, Adres.Create("Kerkstraat", "12", "1", "9000", "Gent", "België", Veld).VergelijkSleutel);
        Assert.NotEqual(a.VergelijkSleutel, Adres.Create("Kerkstraat", "12", null, "9050", "Gent", "België", Veld).VergelijkSleutel);
        Assert.NotEqual(a.VergelijkSleutel, Adres.Create("Kerkstraat", "12", null, "9000", "Gent", "Nederland", Veld).VergelijkSleutel);
    }
}
