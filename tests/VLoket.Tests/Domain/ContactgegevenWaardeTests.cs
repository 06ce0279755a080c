using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class ContactgegevenWaardeTests
{
    const string Veld = "contactgegevens[0]";
    const string OngeldigEmail = "Dit e-mailadres is ongeldig. Geef een volledig adres in zonder spaties, zoals naam@vereniging.be.";
    const string GeenHttp = "Een webadres moet beginnen met http:// of https://, zoals https://www.mijnvereniging.be.";
    const string OngeldigeUrl = "Dit webadres is ongeldig. Geef een volledig adres in, zoals https://www.mijnvereniging.be.";
    const string OngeldigeTelefoon = "Dit telefoonnummer is ongeldig. Gebruik alleen cijfers, spaties en . ( ) / - +, zoals 09 123 45 67 of +32 412 34 56 78.";

    [Theory]
    [InlineData("conan+sonya@barbarian.com", "conan+sonya@barbarian.com")]
    [InlineData("aa@digitaal.vlaanderen", "aa@digitaal.vlaanderen")]
    [InlineData(" Jos.Peeters@Club.BE ", "jos.peeters@club.be")]
    [InlineData("info@ksa-sint-jan.be", "info@ksa-sint-jan.be")]
    public void Valid_email_addresses_are_kept_and_compared_in_lower_case(string input, string sleutel)
    {
        var waarde = ContactgegevenWaarde.Create("E-mail", input, Veld);

        Assert.Equal("E-mail", waarde.Type);
        Assert.Equal(input.Trim(), waarde.Waarde);
        Assert.Equal(sleutel, waarde.VergelijkSleutel);
    }

    [Theory]
    [InlineData("jos@club")]
    [InlineData(".jos@club.be")]
    [InlineData("jos.@club.be")]
    [InlineData("jo..s@club.be")]
    [InlineData("fons de spons@club.be")]
    [InlineData("conan@barbarian-sonya.c")]
    [InlineData("conan@barbarian.c0m")]
    [InlineData("jos@@club.be")]
    [InlineData("jos@club@club.be")]
    [InlineData("@club.be")]
    [InlineData("jos@.club.be")]
    [InlineData("jos@club..be")]
    [InlineData("jos@-club.be")]
    [InlineData("jos")]
    public void Invalid_email_addresses_are_refused_on_the_value_field(string input)
    {
        var fout = DomeinFoutAssert.EenFout(() => ContactgegevenWaarde.Create("E-mail", input, Veld));

        Assert.Equal(Veld + ".waarde", fout.Veld);
        Assert.Equal(OngeldigEmail, fout.Melding);
    }

    [Theory]
    [InlineData("Website", "https://www.ksa-sint-jan.be", "https://www.ksa-sint-jan.be")]
    [InlineData("Website", "https://WWW.KSA.be/", "https://www.ksa.be")]
    [InlineData("Website", "HTTP://ksa.be/Kalender/", "http://ksa.be/Kalender")]
    [InlineData("SocialMedia", "https://www.facebook.com/KSASintJan", "https://www.facebook.com/KSASintJan")]
    public void Valid_urls_are_compared_without_trailing_slash_and_with_a_lower_case_host(string type, string input, string sleutel)
    {
        var waarde = ContactgegevenWaarde.Create(type, input, Veld);

        Assert.Equal(type, waarde.Type);
        Assert.Equal(input, waarde.Waarde);
        Assert.Equal(sleutel, waarde.VergelijkSleutel);
    }

    [Theory]
    [InlineData("Website", "www.hello.me", GeenHttp)]
    [InlineData("Website", "http:/oeps.com", GeenHttp)]
    [InlineData("SocialMedia", "ftp://files.ksa.be", GeenHttp)]
    [InlineData("Website", "https://gibberish", OngeldigeUrl)]
    [InlineData("SocialMedia", "https://gibberish", OngeldigeUrl)]
    [InlineData("Website", "https://www.ksa .be", OngeldigeUrl)]
    [InlineData("Website", "https://", OngeldigeUrl)]
    [InlineData("Website", "https://.be", OngeldigeUrl)]
    public void Invalid_urls_are_refused(string type, string input, string melding)
    {
        var fout = DomeinFoutAssert.EenFout(() => ContactgegevenWaarde.Create(type, input, Veld));

        Assert.Equal(Veld + ".waarde", fout.Veld);
        Assert.Equal(melding, fout.Melding);
    }

    [Theory]
    [InlineData("+32 412 34 56 78")]
    [InlineData("0412345678")]
    [InlineData("0412/34.56.78")]
    [InlineData("0032 412 34 56 78")]
    [InlineData("(0412) 34-56-78")]
    public void Equivalent_phone_numbers_share_one_key(string input)
    {
        var waarde = ContactgegevenWaarde.Create("Telefoon", input, Veld);

        Assert.Equal(input, waarde.Waarde);
        Assert.Equal("+32412345678", waarde.VergelijkSleutel);
    }

    [Fact]
    public void Different_phone_numbers_have_different_keys()
    {
        Assert.Equal("+3292345678", ContactgegevenWaarde.Create("Telefoon", "09 234 56 78", Veld).VergelijkSleutel);
        Assert.NotEqual(
            ContactgegevenWaarde.Create("Telefoon", "0412345678", Veld).VergelijkSleutel,
            ContactgegevenWaarde.Create("Telefoon", "0412345679", Veld).VergelijkSleutel);
    }

    [Theory]
    [InlineData("+")]
    [InlineData("()")]
    [InlineData("0412 34 56 7a")]
    [InlineData("0412,345678")]
    [InlineData("tel: 0412345678")]
    public void Invalid_phone_numbers_are_refused(string input)
    {
        var fout = DomeinFoutAssert.EenFout(() => ContactgegevenWaarde.Create("Telefoon", input, Veld));

        Assert.Equal(Veld + ".waarde", fout.Veld);
        Assert.Equal(OngeldigeTelefoon, fout.Melding);
    }

    [Theory]
    [InlineData("Email")]
    [InlineData("e-mail")]
    [InlineData("Fax")]
    [InlineData(null)]
    public void The_type_must_be_spelled_exactly(string? type)
    {
        var fout = DomeinFoutAssert.EenFout(() => ContactgegevenWaarde.Create(type, "jos@club.be", Veld));

        Assert.Equal(Veld + ".type", fout.Veld);
        Assert.Equal("Het type contactgegeven moet E-mail, Website, SocialMedia of Telefoon zijn.", fout.Melding);
    }

    [Theory]
    [InlineData("E-mail")]
    [InlineData("Telefoon")]
    [InlineData("Website")]
    public void A_missing_value_is_required(string type)
    {
        var fout = DomeinFoutAssert.EenFout(() => ContactgegevenWaarde.Create(type, "  ", Veld));

        Assert.Equal(Veld + ".waarde", fout.Veld);
        Assert.Equal("Dit veld is verplicht.", fout.Melding);
    }

    [Fact]
    public void Markup_in_a_url_is_refused()
    {
        var fout = DomeinFoutAssert.EenFout(() => ContactgegevenWaarde.Create("Website", "https://ksa.be/<script>", Veld));

        Assert.Equal(Veld + ".waarde", fout.Veld);
        Assert.StartsWith("Deze tekst mag geen opmaakcode bevatten", fout.Melding);
    }

    [Fact]
    public void CreateVoorType_reports_on_the_field_itself()
    {
        var fout = DomeinFoutAssert.EenFout(() => ContactgegevenWaarde.CreateVoorType(ContactgegevenType.Email, "jos@club", "vertegenwoordigers[0].e-mail"));

        Assert.Equal("vertegenwoordigers[0].e-mail", fout.Veld);
        Assert.Equal(OngeldigEmail, fout.Melding);
    }

    [Fact]
    public void Hydrate_recomputes_the_same_key()
    {
        Assert.Equal(
            ContactgegevenWaarde.Create("Telefoon", "+32 412 34 56 78", Veld),
            ContactgegevenWaarde.Hydrate("Telefoon", "+32 412 34 56 78"));
        Assert.Equal("+32412345678", ContactgegevenWaarde.Hydrate("Telefoon", "0412345678").VergelijkSleutel);
    }
}
