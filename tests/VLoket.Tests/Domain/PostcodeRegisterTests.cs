using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class PostcodeRegisterTests
{
    static PostcodeRegister Register => PostcodeRegister.Instance;

    [Fact]
    public void The_register_is_read_from_the_embedded_csv_once()
    {
        Assert.Same(PostcodeRegister.Instance, PostcodeRegister.Instance);
        Assert.Contains("VLoket.Domain.Referentie.postcodes.csv", typeof(PostcodeRegister).Assembly.GetManifestResourceNames());
        Assert.True(Register.Alle.Count > 400, $"Only {Register.Alle.Count} postcodes were read.");
    }

    [Fact]
    public void Every_row_is_read_completely_without_line_ending_residue()
    {
        // 8587 Spiere-Helkijn lies in Hainaut (BE32…) and has no Flemish province in the source data.
        string[] provincies = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", ""];
        Assert.All(Register.Alle, info =>
        {
            Assert.Matches("^[0-9]{4}$", info.Postcode);
            Assert.Matches("^BE[0-9]{8}$", info.NutsLau);
            Assert.NotEmpty(info.Postnamen);
            Assert.All(info.Postnamen, naam => Assert.Matches(@"^\S(.*\S)?$", naam));
            Assert.Matches(@"^\S(.*\S)?$", info.Gemeente);
            Assert.Contains(info.Provincie, provincies);
        });
    }

    [Fact]
    public void Zoek_gives_the_post_names_municipality_and_codes()
    {
        var info = Register.Zoek("9040");

        Assert.NotNull(info);
        Assert.Equal("9040", info.Postcode);
        Assert.Equal(["Sint-Amandsberg"], info.Postnamen);
        Assert.Equal("Gent", info.Gemeente);
        Assert.Equal("BE23444021", info.NutsLau);
        Assert.Equal("Oost-Vlaanderen", info.Provincie);
    }

    [Theory]
    [InlineData("1000")]
    [InlineData("4000")]
    [InlineData("99999")]
    [InlineData("")]
    public void Zoek_gives_null_outside_flanders(string postcode) => Assert.Null(Register.Zoek(postcode));

    [Theory]
    [InlineData("9000", "Gent")]
    [InlineData("9040", "Sint-Amandsberg")]
    [InlineData("9040", "Gent")]
    [InlineData("9040", "sint-amandsberg")]
    [InlineData("9040", "SINT AMANDSBERG")]
    [InlineData("9040", "Sint-Amandsbérg")]
    [InlineData("9040", " gent ")]
    [InlineData("3798", "'s-Gravenvoeren")]
    [InlineData("3798", "’s Gravenvoeren")]
    [InlineData("3798", "Voeren")]
    [InlineData("3010", "kessel-lo")]
    public void A_post_name_or_the_municipality_fits_the_postcode(string postcode, string gemeente) =>
        Assert.True(Register.IsGemeenteVanPostcode(postcode, gemeente));

    [Theory]
    [InlineData("9040", "Mariakerke")]
    [InlineData("9000", "Aalst")]
    [InlineData("9000", "Gen")]
    [InlineData("1000", "Brussel")]
    public void Another_name_does_not_fit_the_postcode(string postcode, string gemeente) =>
        Assert.False(Register.IsGemeenteVanPostcode(postcode, gemeente));

    [Fact]
    public void OfficieleNaam_gives_the_registers_spelling() =>
        Assert.Equal("Sint-Amandsberg", Register.OfficieleNaam("9040", "sint amandsberg"));

    [Fact]
    public void GemeentenamenVoorNutsLau_lists_the_municipality_first_then_its_post_names_once()
    {
        var namen = Register.GemeentenamenVoorNutsLau("BE23444021");

        Assert.Equal("Gent", namen[0]);
        Assert.Contains("Mariakerke", namen);
        Assert.Contains("Sint-Amandsberg", namen);
        Assert.Contains("Zwijnaarde", namen);
        Assert.Single(namen, naam => naam == "Gent");
        Assert.Empty(Register.GemeentenamenVoorNutsLau("BE99999999"));
    }

    [Theory]
    [InlineData("BE23444021", true)]
    [InlineData("BE24224062", true)]
    [InlineData("BE23", false)]
    [InlineData("BE99999999", false)]
    public void IsGemeenteCode_knows_the_flemish_municipalities(string code, bool verwacht) =>
        Assert.Equal(verwacht, Register.IsGemeenteCode(code));

    [Theory]
    [InlineData("BE23444021", "Gent")]
    [InlineData("BE24224062", "Leuven")]
    [InlineData("BE22373109", "Voeren")]
    [InlineData("BE99999999", null)]
    public void GemeenteNaam_gives_the_municipality_for_its_code(string code, string? verwacht) =>
        Assert.Equal(verwacht, Register.GemeenteNaam(code));
}
