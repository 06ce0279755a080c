using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class WerkingsgebiedTests
{
    const string Veld = "werkingsgebieden[0]";
    const string Onbekend =
        "Dit werkingsgebied is niet gekend. Kies een provincie (zoals BE23 voor Oost-Vlaanderen), een Vlaamse gemeente (zoals BE23444021 voor Gent) of NVT (niet van toepassing).";

    [Theory]
    [InlineData("BE21", "Provincie Antwerpen")]
    [InlineData("BE22", "Provincie Limburg")]
    [InlineData("BE23", "Provincie Oost-Vlaanderen")]
    [InlineData("BE24", "Provincie Vlaams-Brabant")]
    [InlineData("BE25", "Provincie West-Vlaanderen")]
    [InlineData("BE10", "Brussels Hoofdstedelijk Gewest")]
    public void Provinces_and_brussels_are_accepted(string code, string naam)
    {
        var gebied = Werkingsgebied.Create(code, Veld);

        Assert.Equal(code, gebied.Code);
        Assert.Equal(naam, gebied.Naam);
        Assert.True(gebied.IsProvincie);
        Assert.False(gebied.IsGemeente);
    }

    [Theory]
    [InlineData("BE23444021", "Gent")]
    [InlineData("be23444021", "Gent")]
    [InlineData("BE24224062", "Leuven")]
    [InlineData("BE23141002", "Aalst")]
    public void Flemish_municipalities_are_accepted_by_their_nuts_lau_code(string code, string naam)
    {
        var gebied = Werkingsgebied.Create(code, Veld);

        Assert.Equal(code.ToUpperInvariant(), gebied.Code);
        Assert.Equal(naam, gebied.Naam);
        Assert.True(gebied.IsGemeente);
    }

    [Theory]
    [InlineData("NVT")]
    [InlineData("nvt")]
    public void Nvt_means_not_applicable(string code)
    {
        var gebied = Werkingsgebied.Create(code, Veld);

        Assert.Equal("NVT", gebied.Code);
        Assert.Equal("Niet van toepassing", gebied.Naam);
        Assert.True(gebied.IsNietVanToepassing);
    }

    [Theory]
    [InlineData("BE31")]
    [InlineData("BE2")]
    [InlineData("BE99999999")]
    [InlineData("BE234440210")]
    [InlineData("Gent")]
    public void Unknown_codes_are_refused(string code)
    {
        var fout = DomeinFoutAssert.EenFout(() => Werkingsgebied.Create(code, Veld));

        Assert.Equal(Veld, fout.Veld);
        Assert.Equal(Onbekend, fout.Melding);
    }

    [Fact]
    public void A_missing_code_asks_to_choose()
    {
        var fout = DomeinFoutAssert.EenFout(() => Werkingsgebied.Create(" ", Veld));

        Assert.Equal("Kies een werkingsgebied.", fout.Melding);
    }

    [Fact]
    public void Hydrate_looks_up_the_name()
    {
        Assert.Equal("Gent", Werkingsgebied.Hydrate("BE23444021").Naam);
        Assert.Equal(Werkingsgebied.Create("be23", Veld), Werkingsgebied.Hydrate("BE23"));
        Assert.Same(Werkingsgebied.NietVanToepassing, Werkingsgebied.Hydrate("NVT"));
    }

    [Fact]
    public void A_list_of_areas_keeps_its_order()
    {
        var lijst = Werkingsgebieden.Create(["BE23", "BE23444021"], "werkingsgebieden");

        Assert.Equal(["BE23", "BE23444021"], lijst.Select(gebied => gebied.Code));
    }

    [Fact]
    public void A_list_has_no_duplicates()
    {
        var fout = DomeinFoutAssert.EenFout(() => Werkingsgebieden.Create(["BE23444021", "be23444021"], "werkingsgebieden"));

        Assert.Equal("werkingsgebieden[1]", fout.Veld);
        Assert.Equal("Het werkingsgebied Gent (BE23444021) staat er meer dan één keer in.", fout.Melding);
    }

    [Fact]
    public void Nvt_cannot_be_combined_with_other_areas()
    {
        var fout = DomeinFoutAssert.EenFout(() => Werkingsgebieden.Create(["NVT", "BE23"], "werkingsgebieden"));

        Assert.Equal("werkingsgebieden", fout.Veld);
        Assert.Equal("'Niet van toepassing' (NVT) kan niet samen met andere werkingsgebieden gekozen worden.", fout.Melding);
    }

    [Fact]
    public void Nvt_alone_is_fine_and_every_bad_code_is_reported()
    {
        Assert.Single(Werkingsgebieden.Create(["NVT"], "werkingsgebieden"));

        var fouten = DomeinFoutAssert.Fouten(() => Werkingsgebieden.Create(["XX", "BE23", "YY"], "werkingsgebieden"));
        Assert.Equal(["werkingsgebieden[0]", "werkingsgebieden[2]"], fouten.Select(fout => fout.Veld));
    }
}
