using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class IbanTests
{
    const string Veld = "bankrekeningnummers[0].iban";

    [Theory]
    [InlineData("BE68539007547034")]
    [InlineData("BE68 5390 0754 7034")]
    [InlineData("BE68.5390.0754.7034")]
    [InlineData("be68 5390 0754 7034")]
    [InlineData("  BE 68539007547034 ")]
    public void Valid_belgian_ibans_are_stored_compact_and_shown_in_groups_of_four(string input)
    {
        var iban = Iban.Create(input, Veld);

        Assert.Equal("BE68539007547034", iban.Value);
        Assert.Equal("BE68 5390 0754 7034", iban.Opgemaakt);
        Assert.Equal("BE68 5390 0754 7034", iban.ToString());
    }

    [Theory]
    [InlineData("NL68539007547034", "Alleen Belgische rekeningnummers zijn mogelijk. Geef een IBAN in dat begint met BE, zoals BE68 5390 0754 7034.")]
    [InlineData("NL91ABNA0417164300", "Alleen Belgische rekeningnummers zijn mogelijk. Geef een IBAN in dat begint met BE, zoals BE68 5390 0754 7034.")]
    [InlineData("BE68539007547035", "Dit IBAN-nummer klopt niet: controleer de cijfers. Een Belgisch rekeningnummer ziet eruit zoals BE68 5390 0754 7034.")]
    [InlineData("BE69539007547034", "Dit IBAN-nummer klopt niet: controleer de cijfers. Een Belgisch rekeningnummer ziet eruit zoals BE68 5390 0754 7034.")]
    [InlineData("BE68-5390-0754-7034", "Dit IBAN-nummer klopt niet. Geef een Belgisch rekeningnummer in zoals BE68 5390 0754 7034.")]
    [InlineData("BE6853900754703", "Dit IBAN-nummer klopt niet. Geef een Belgisch rekeningnummer in zoals BE68 5390 0754 7034.")]
    [InlineData("539007547034", "Dit IBAN-nummer klopt niet. Geef een Belgisch rekeningnummer in zoals BE68 5390 0754 7034.")]
    [InlineData("BE68 5390 0754 703A", "Dit IBAN-nummer klopt niet. Geef een Belgisch rekeningnummer in zoals BE68 5390 0754 7034.")]
    [InlineData("", "Het IBAN-nummer is verplicht.")]
    public void Invalid_ibans_are_refused(string input, string melding)
    {
        var fout = DomeinFoutAssert.EenFout(() => Iban.Create(input, Veld));

        Assert.Equal(Veld, fout.Veld);
        Assert.Equal(melding, fout.Melding);
    }

    [Fact]
    public void Ibans_compare_by_compact_value()
    {
        Assert.Equal(Iban.Create("be68.5390.0754.7034", Veld), Iban.Create("BE68 5390 0754 7034", Veld));
        Assert.Equal(Iban.Hydrate("BE68539007547034"), Iban.Create("BE68 5390 0754 7034", Veld));
    }
}
