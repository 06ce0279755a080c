using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class TekstTests
{
    const string Veld = "korteBeschrijving";
    const string Opmaak = "Deze tekst mag geen opmaakcode bevatten: tekst tussen < en > (zoals <b> of <script>) is niet toegelaten.";

    [Theory]
    [InlineData("  Jeugdbeweging  ", "Jeugdbeweging")]
    [InlineData("kinderen < 12 jaar", "kinderen < 12 jaar")]
    [InlineData("leeftijd <12 en >6", "leeftijd <12 en >6")]
    [InlineData("3 > 2 < 4", "3 > 2 < 4")]
    [InlineData("Tom & Jerry", "Tom & Jerry")]
    [InlineData("<3", "<3")]
    public void Plain_text_is_trimmed_and_kept(string input, string verwacht)
    {
        Assert.Equal(verwacht, Tekst.Optioneel(input, Veld));
        Assert.Equal(verwacht, Tekst.Verplicht(input, Veld));
    }

    [Theory]
    [InlineData("<b>vet</b>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("klik </a>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<!-- verborgen -->")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<br/>")]
    [InlineData("<DIV class='x'>")]
    public void Markup_is_refused(string input)
    {
        var optioneel = DomeinFoutAssert.EenFout(() => Tekst.Optioneel(input, Veld));
        var verplicht = DomeinFoutAssert.EenFout(() => Tekst.Verplicht(input, Veld));

        Assert.Equal(Veld, optioneel.Veld);
        Assert.Equal(Opmaak, optioneel.Melding);
        Assert.Equal(optioneel, verplicht);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_text_is_null_when_optional_and_refused_when_required(string? input)
    {
        Assert.Null(Tekst.Optioneel(input, Veld));

        var fout = DomeinFoutAssert.EenFout(() => Tekst.Verplicht(input, Veld));
        Assert.Equal(Veld, fout.Veld);
        Assert.Equal("Dit veld is verplicht.", fout.Melding);
    }

    [Fact]
    public void The_maximum_length_counts_after_trimming()
    {
        Assert.Equal("abcde", Tekst.Verplicht("  abcde  ", Veld, maxLengte: 5));

        var fout = DomeinFoutAssert.EenFout(() => Tekst.Optioneel("abcdef", Veld, maxLengte: 5));
        Assert.Equal("Deze tekst is te lang: maximaal 5 tekens, nu 6.", fout.Melding);
    }

    [Fact]
    public void The_default_maximum_is_500()
    {
        Assert.NotNull(Tekst.Optioneel(new string('a', 500), Veld));
        Assert.Throws<VLoket.Domain.DomeinFout>(() => Tekst.Optioneel(new string('a', 501), Veld));
    }
}
