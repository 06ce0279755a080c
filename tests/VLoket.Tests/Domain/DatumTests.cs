using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Tests.Domain;

public sealed class DatumTests
{
    const string Veld = "startdatum";
    const string Ongeldig = "Deze datum is ongeldig. Schrijf ze als jaar-maand-dag, zoals 2024-03-15.";
    static readonly DateOnly Vandaag = new(2025, 6, 15);

    [Theory]
    [InlineData("2025-06-15", 2025, 6, 15)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("1890-01-01", 1890, 1, 1)]
    public void Past_dates_and_today_in_iso_form_are_accepted(string input, int jaar, int maand, int dag)
    {
        Assert.Equal(new DateOnly(jaar, maand, dag), Datum.Create(input, Veld, Vandaag));
        Assert.Equal(new DateOnly(jaar, maand, dag), Datum.Optioneel(input, Veld, Vandaag));
    }

    [Theory]
    [InlineData("2025-6-15")]
    [InlineData("15-06-2025")]
    [InlineData("2025/06/15")]
    [InlineData("2023-02-29")]
    [InlineData("2025-13-01")]
    [InlineData("2025-06-15T00:00:00")]
    [InlineData(" 2025-06-15")]
    [InlineData("gisteren")]
    public void Other_forms_and_impossible_dates_are_refused(string input)
    {
        var fout = DomeinFoutAssert.EenFout(() => Datum.Create(input, Veld, Vandaag));

        Assert.Equal(Veld, fout.Veld);
        Assert.Equal(Ongeldig, fout.Melding);
    }

    [Fact]
    public void A_date_in_the_future_is_refused()
    {
        var fout = DomeinFoutAssert.EenFout(() => Datum.Create("2025-06-16", Veld, Vandaag));

        Assert.Equal(Veld, fout.Veld);
        Assert.Equal("Deze datum ligt in de toekomst. Geef een datum van vandaag of vroeger in.", fout.Melding);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_date_is_null_when_optional_and_refused_when_required(string? input)
    {
        Assert.Null(Datum.Optioneel(input, Veld, Vandaag));

        var fout = DomeinFoutAssert.EenFout(() => Datum.Create(input, Veld, Vandaag));
        Assert.Equal(Veld, fout.Veld);
        Assert.Equal("Vul een datum in, zoals 2024-03-15 (jaar-maand-dag).", fout.Melding);
    }
}
