using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class HoofdactiviteitTests
{
    const string Veld = "hoofdactiviteiten[0]";

    [Fact]
    public void All_21_activities_are_read_from_the_embedded_csv()
    {
        Assert.Equal(21, Hoofdactiviteit.Alle.Count);
        Assert.Equal(21, Hoofdactiviteit.Alle.Select(activiteit => activiteit.Code).Distinct().Count());
        Assert.Equal("BIAG", Hoofdactiviteit.Alle[0].Code);
    }

    [Theory]
    [InlineData("SPRT", "SPRT", "Sport")]
    [InlineData("sprt", "SPRT", "Sport")]
    [InlineData(" JGDW ", "JGDW", "Jeugdwerk")]
    [InlineData("KECU", "KECU", "Kunsten, Erfgoed & Cultuur")]
    [InlineData("WESE", "WESE", "Werk & Sociale economie")]
    public void Known_codes_give_their_name(string input, string code, string naam)
    {
        var activiteit = Hoofdactiviteit.Create(input, Veld);

        Assert.Equal(code, activiteit.Code);
        Assert.Equal(naam, activiteit.Naam);
    }

    [Theory]
    [InlineData("XXXX", "'XXXX' is geen gekende hoofdactiviteit. Kies een code uit de lijst van hoofdactiviteiten, zoals SPRT (Sport).")]
    [InlineData("<b>SPRT</b>", "Deze code is geen gekende hoofdactiviteit. Kies een code uit de lijst van hoofdactiviteiten, zoals SPRT (Sport).")]
    [InlineData("", "Kies een hoofdactiviteit.")]
    [InlineData(null, "Kies een hoofdactiviteit.")]
    public void Unknown_codes_are_refused(string? input, string melding)
    {
        var fout = DomeinFoutAssert.EenFout(() => Hoofdactiviteit.Create(input, Veld));

        Assert.Equal(Veld, fout.Veld);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Hydrate_looks_up_the_name_and_survives_a_retired_code()
    {
        Assert.Equal("Sport", Hoofdactiviteit.Hydrate("SPRT").Naam);
        Assert.Equal(Hoofdactiviteit.Create("sprt", Veld), Hoofdactiviteit.Hydrate("SPRT"));
        Assert.Equal("OUDE", Hoofdactiviteit.Hydrate("OUDE").Naam);
    }

    [Fact]
    public void A_list_is_unique_and_reports_the_position_of_a_problem()
    {
        var fouten = DomeinFoutAssert.Fouten(() => Hoofdactiviteiten.Create(["SPRT", "XXXX", "sprt"], "hoofdactiviteiten"));

        Assert.Equal(["hoofdactiviteiten[1]", "hoofdactiviteiten[2]"], fouten.Select(fout => fout.Veld));
        Assert.Equal("De hoofdactiviteit SPRT (Sport) staat er meer dan één keer in.", fouten[1].Melding);
    }

    [Fact]
    public void A_valid_list_keeps_its_order()
    {
        var lijst = Hoofdactiviteiten.Create(["JGDW", "SPRT"], "hoofdactiviteiten");

        Assert.Equal(["JGDW", "SPRT"], lijst.Select(activiteit => activiteit.Code));
        Assert.Empty(Hoofdactiviteiten.Create(null, "hoofdactiviteiten"));
    }
}
