using VLoket.Functions.Beheer;

namespace VLoket.Tests.Beheer;

public class PersoonsgegevensTests
{
    [Theory]
    [InlineData("aanvrager 78041212319 vroeg aan", "aanvrager xx.xx.xx-xxx.xx vroeg aan")]
    [InlineData("INSZ 78.04.12-123.19.", "INSZ xx.xx.xx-xxx.xx.")]
    [InlineData("\"78041212319\"", "\"xx.xx.xx-xxx.xx\"")]
    public void Een_insz_in_tekst_wordt_gemaskeerd(string tekst, string verwacht)
        => Assert.Equal(verwacht, Persoonsgegevens.MaskeerTekst(tekst));

    [Theory]
    [InlineData("see7766894bae4abf84700415638ad8eb")] // an instance id: eleven digits inside a hexadecimal word
    [InlineData("12345678901abcdef0123456789abcde")]
    [InlineData("BE68539007547034")] // an IBAN
    [InlineData("784012123190")] // twelve digits
    public void Cijfers_in_een_id_of_iban_blijven_staan(string tekst)
        => Assert.Equal(tekst, Persoonsgegevens.MaskeerTekst(tekst));

    [Fact]
    public void Een_insz_veld_wordt_altijd_gemaskeerd_ook_als_het_geen_elf_cijfers_heeft()
    {
        var node = Persoonsgegevens.Maskeer("{\"vertegenwoordiger\":{\"insz\":\"78.04.12 123 19\",\"naam\":\"An\"},\"id\":\"see7766894bae4abf84700415638ad8eb\"}")!;
        Assert.Equal(Persoonsgegevens.Masker, node["vertegenwoordiger"]!["insz"]!.GetValue<string>());
        Assert.Equal("see7766894bae4abf84700415638ad8eb", node["id"]!.GetValue<string>());
    }
}
