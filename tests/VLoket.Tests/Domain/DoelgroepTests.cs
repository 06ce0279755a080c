using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class DoelgroepTests
{
    const string Veld = "doelgroep";

    [Theory]
    [InlineData(null, null, 0, 150)]
    [InlineData(6, null, 6, 150)]
    [InlineData(null, 12, 0, 12)]
    [InlineData(6, 12, 6, 12)]
    [InlineData(18, 18, 18, 18)]
    [InlineData(0, 150, 0, 150)]
    public void Missing_limits_default_to_0_and_150(int? minimum, int? maximum, int verwachtMinimum, int verwachtMaximum)
    {
        var doelgroep = Doelgroep.Create(minimum, maximum, Veld);

        Assert.Equal(verwachtMinimum, doelgroep.Minimumleeftijd);
        Assert.Equal(verwachtMaximum, doelgroep.Maximumleeftijd);
    }

    [Theory]
    [InlineData(-1, null, "doelgroep.minimumleeftijd", "De minimumleeftijd moet tussen 0 en 150 jaar liggen.")]
    [InlineData(151, null, "doelgroep.minimumleeftijd", "De minimumleeftijd moet tussen 0 en 150 jaar liggen.")]
    [InlineData(null, 151, "doelgroep.maximumleeftijd", "De maximumleeftijd moet tussen 0 en 150 jaar liggen.")]
    [InlineData(null, -5, "doelgroep.maximumleeftijd", "De maximumleeftijd moet tussen 0 en 150 jaar liggen.")]
    [InlineData(13, 12, "doelgroep", "De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.")]
    public void Out_of_range_or_inverted_limits_are_refused(int? minimum, int? maximum, string veld, string melding)
    {
        var fout = DomeinFoutAssert.EenFout(() => Doelgroep.Create(minimum, maximum, Veld));

        Assert.Equal(veld, fout.Veld);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Both_limits_out_of_range_are_reported_together()
    {
        var fouten = DomeinFoutAssert.Fouten(() => Doelgroep.Create(200, -1, Veld));

        Assert.Equal(["doelgroep.minimumleeftijd", "doelgroep.maximumleeftijd"], fouten.Select(fout => fout.Veld));
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void Bevat_includes_both_limits(int leeftijd, bool verwacht) =>
        Assert.Equal(verwacht, Doelgroep.Create(6, 12, Veld).Bevat(leeftijd));

    [Fact]
    public void The_default_is_everyone()
    {
        Assert.Equal(Doelgroep.Iedereen, Doelgroep.Create(null, null, Veld));
        Assert.Equal(Doelgroep.Hydrate(6, 12), Doelgroep.Create(6, 12, Veld));
    }
}
