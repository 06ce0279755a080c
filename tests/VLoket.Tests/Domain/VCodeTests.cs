using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class VCodeTests
{
    [Theory]
    [InlineData("V0001001", "V0001001", 1001)]
    [InlineData("v0001001", "V0001001", 1001)]
    [InlineData(" V1234567 ", "V1234567", 1234567)]
    [InlineData("V0000000", "V0000000", 0)]
    public void Valid_codes_are_normalised_to_upper_case_V(string input, string verwacht, int nummer)
    {
        var code = VCode.Create(input, "vCode");

        Assert.Equal(verwacht, code.Value);
        Assert.Equal(verwacht, code.ToString());
        Assert.Equal(nummer, code.Nummer);
    }

    [Theory]
    [InlineData("V000100")]
    [InlineData("V00010011")]
    [InlineData("X0001001")]
    [InlineData("0001001")]
    [InlineData("V000100A")]
    [InlineData("V0001 01")]
    [InlineData("V٠٠٠١٠٠١")]
    public void Invalid_codes_are_refused_on_the_given_field(string input)
    {
        var fout = DomeinFoutAssert.EenFout(() => VCode.Create(input, "vCode"));

        Assert.Equal("vCode", fout.Veld);
        Assert.Equal("Deze vCode is ongeldig. Een vCode is een V gevolgd door 7 cijfers, zoals V0001001.", fout.Melding);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_missing_code_is_required(string? input)
    {
        var fout = DomeinFoutAssert.EenFout(() => VCode.Create(input, "vCode"));

        Assert.Equal("vCode", fout.Veld);
        Assert.Equal("De vCode is verplicht.", fout.Melding);
    }

    [Theory]
    [InlineData(VCode.EersteNummer, "V0001001")]
    [InlineData(1, "V0000001")]
    [InlineData(9_999_999, "V9999999")]
    public void FromNummer_pads_to_seven_digits(int nummer, string verwacht)
    {
        var code = VCode.FromNummer(nummer);

        Assert.Equal(verwacht, code.Value);
        Assert.Equal(nummer, code.Nummer);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000_000)]
    public void FromNummer_refuses_numbers_that_do_not_fit(int nummer) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => VCode.FromNummer(nummer));

    [Fact]
    public void Codes_compare_by_value()
    {
        Assert.Equal(VCode.Create("v0001001", "vCode"), VCode.FromNummer(1001));
        Assert.Equal(VCode.Hydrate("V0001001"), VCode.FromNummer(1001));
        Assert.NotEqual(VCode.FromNummer(1002), VCode.FromNummer(1001));
    }
}
