using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class KboNummerTests
{
    const string Veld = "kboNummer";

    [Theory]
    [InlineData("0000000097", "0000000097", "0000.000.097")]
    [InlineData("1111111145", "1111111145", "1111.111.145")]
    [InlineData("0123.456.749", "0123456749", "0123.456.749")]
    [InlineData(" 0123 456 749 ", "0123456749", "0123.456.749")]
    public void Valid_numbers_are_stored_compact_and_shown_with_dots(string input, string value, string opgemaakt)
    {
        var kbo = KboNummer.Create(input, Veld);

        Assert.Equal(value, kbo.Value);
        Assert.Equal(opgemaakt, kbo.Opgemaakt);
        Assert.Equal(opgemaakt, kbo.ToString());
    }

    [Theory]
    [InlineData("0000000096", "Het KBO-nummer is ongeldig: controleer de cijfers.")]
    [InlineData("1131111145", "Het KBO-nummer is ongeldig: controleer de cijfers.")]
    [InlineData("11111111", "Het KBO-nummer moet uit 10 cijfers bestaan, zoals 0123.456.749.")]
    [InlineData("0123-456-749", "Het KBO-nummer mag alleen cijfers bevatten (punten en spaties mogen).")]
    [InlineData("BE0123456749", "Het KBO-nummer mag alleen cijfers bevatten (punten en spaties mogen).")]
    [InlineData(" ", "Het KBO-nummer is verplicht.")]
    public void Invalid_numbers_are_refused(string input, string melding)
    {
        var fout = DomeinFoutAssert.EenFout(() => KboNummer.Create(input, Veld));

        Assert.Equal(Veld, fout.Veld);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Numbers_compare_by_value()
    {
        Assert.Equal(KboNummer.Create("0123.456.749", Veld), KboNummer.Hydrate("0123456749"));
    }
}
