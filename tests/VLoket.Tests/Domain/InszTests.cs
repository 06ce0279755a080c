using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class InszTests
{
    const string Veld = "vertegenwoordigers[0].insz";

    [Theory]
    [InlineData("01131500149")]
    [InlineData("01.13.15-001.49")]
    [InlineData(" 01 13 15 001 49 ")]
    public void Valid_numbers_are_stored_as_eleven_digits(string input)
    {
        var insz = Insz.Create(input, Veld);

        Assert.Equal("01131500149", insz.Value);
        Assert.Equal("01.13.15-xxx.xx", insz.Gemaskeerd);
    }

    [Fact]
    public void A_number_of_someone_born_from_2000_is_checked_with_the_2_prefix()
    {
        // 97 − (2011315001 mod 97) = 78, whereas the pre-2000 check gives 49.
        var insz = Insz.Create("01131500178", Veld);

        Assert.Equal("01131500178", insz.Value);
    }

    [Fact]
    public void ToString_never_shows_the_number_in_clear()
    {
        var insz = Insz.Create("01131500149", Veld);

        Assert.Equal("01.13.15-xxx.xx", insz.ToString());
        Assert.DoesNotContain("00149", $"{insz}");
        Assert.DoesNotContain("00149", Insz.Hydrate("01131500149").ToString());
    }

    [Theory]
    [InlineData("01234567890", "Het INSZ-nummer is ongeldig: controleer de cijfers.")]
    [InlineData("00000000000", "Het INSZ-nummer is ongeldig: controleer de cijfers.")]
    [InlineData("012345678", "Het INSZ-nummer moet uit 11 cijfers bestaan, zoals 01.13.15-001.49.")]
    [InlineData("011315001490", "Het INSZ-nummer moet uit 11 cijfers bestaan, zoals 01.13.15-001.49.")]
    [InlineData("AABBCCDDDEE", "Het INSZ-nummer mag alleen cijfers bevatten (punten, streepjes en spaties mogen).")]
    [InlineData("01/13/15-001.49", "Het INSZ-nummer mag alleen cijfers bevatten (punten, streepjes en spaties mogen).")]
    [InlineData("", "Het INSZ-nummer is verplicht.")]
    [InlineData(null, "Het INSZ-nummer is verplicht.")]
    public void Invalid_numbers_are_refused_with_a_clear_message(string? input, string melding)
    {
        var fout = DomeinFoutAssert.EenFout(() => Insz.Create(input, Veld));

        Assert.Equal(Veld, fout.Veld);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void The_message_never_echoes_the_number()
    {
        var fout = DomeinFoutAssert.EenFout(() => Insz.Create("01234567890", Veld));

        Assert.DoesNotContain("01234567890", fout.Melding);
    }

    [Fact]
    public void Numbers_compare_by_value_whatever_the_separators()
    {
        Assert.Equal(Insz.Create("01.13.15-001.49", Veld), Insz.Create("01131500149", Veld));
        Assert.Equal(Insz.Hydrate("01131500149"), Insz.Create("01131500149", Veld));
    }
}
