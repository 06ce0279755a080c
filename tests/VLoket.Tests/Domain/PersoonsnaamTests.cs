using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class PersoonsnaamTests
{
    const string Veld = "vertegenwoordigers[0].voornaam";

    [Theory]
    [InlineData("X Æ A-Xii", "X Æ A-Xii")]
    [InlineData("  Jos  ", "Jos")]
    [InlineData("Anne-Marie", "Anne-Marie")]
    [InlineData("D'Hondt", "D'Hondt")]
    [InlineData("Zoë", "Zoë")]
    [InlineData("Ngũgĩ", "Ngũgĩ")]
    public void Names_with_letters_and_no_digits_are_accepted(string input, string verwacht) =>
        Assert.Equal(verwacht, Persoonsnaam.Create(input, Veld).Value);

    [Theory]
    [InlineData("n0el", "Een naam mag geen cijfers bevatten.")]
    [InlineData("Jos 2", "Een naam mag geen cijfers bevatten.")]
    [InlineData("---", "Een naam moet minstens één letter bevatten.")]
    [InlineData("", "Dit veld is verplicht.")]
    [InlineData("   ", "Dit veld is verplicht.")]
    [InlineData(null, "Dit veld is verplicht.")]
    public void Names_without_letters_or_with_digits_are_refused(string? input, string melding)
    {
        var fout = DomeinFoutAssert.EenFout(() => Persoonsnaam.Create(input, Veld));

        Assert.Equal(Veld, fout.Veld);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Markup_is_refused()
    {
        var fout = DomeinFoutAssert.EenFout(() => Persoonsnaam.Create("<b>Jos</b>", Veld));

        Assert.Equal(Veld, fout.Veld);
        Assert.StartsWith("Deze tekst mag geen opmaakcode bevatten", fout.Melding);
    }

    [Fact]
    public void A_name_longer_than_128_characters_is_refused()
    {
        var fout = DomeinFoutAssert.EenFout(() => Persoonsnaam.Create(new string('a', 129), Veld));

        Assert.Equal("Deze tekst is te lang: maximaal 128 tekens, nu 129.", fout.Melding);
    }
}
