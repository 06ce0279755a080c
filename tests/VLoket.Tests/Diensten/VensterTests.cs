using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using static VLoket.Tests.Diensten.DienstVoorbeelden;

namespace VLoket.Tests.Diensten;

/// <summary>Application windows: yearly (also over New Year), one-off, and the service's own start and end.</summary>
public sealed class VensterTests
{
    static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("01-01", "03-31", "2026-02-10", true, "2026-03-31", null)]
    [InlineData("01-01", "03-31", "2026-03-31", true, "2026-03-31", null)]
    [InlineData("01-01", "03-31", "2026-04-01", false, null, "2027-01-01")]
    [InlineData("12-01", "02-01", "2026-12-24", true, "2027-02-01", null)]
    [InlineData("12-01", "02-01", "2027-01-15", true, "2027-02-01", null)]
    [InlineData("12-01", "02-01", "2026-11-30", false, null, "2026-12-01")]
    [InlineData("02-29", "03-10", "2027-02-28", true, "2027-03-10", null)]
    public void Een_jaarlijks_venster_keert_elk_jaar_terug(string opent, string sluit, string dag, bool open, string? sluitOp, string? opentOp)
    {
        var stand = Venster.Stand(Jaarlijks(opent, sluit), D(dag));
        Assert.Equal(new Venster(open, sluitOp is null ? null : D(sluitOp), opentOp is null ? null : D(opentOp)), stand);
    }

    [Fact]
    public void Een_eenmalig_venster_is_eerst_toekomstig_dan_open_dan_voorbij()
    {
        var venster = Eenmalig("2026-12-01", "2026-12-20");
        Assert.Equal(new Venster(false, null, D("2026-12-01")), Venster.Stand(venster, D("2026-11-30")));
        Assert.Equal(new Venster(true, D("2026-12-20"), null), Venster.Stand(venster, D("2026-12-20")));
        Assert.True(Venster.Stand(venster, D("2026-12-21")).IsVoorbij);
    }

    [Fact]
    public void Zonder_vensters_is_een_dienst_het_hele_jaar_open()
    {
        Assert.Equal(Venster.Doorlopend, Venster.Bepaal(Dienst(), Vandaag));
    }

    [Fact]
    public void Van_meerdere_vensters_telt_het_open_venster_of_anders_het_eerstvolgende()
    {
        var criteria = new Geschiktheidscriteria { Aanvraagvensters = [Jaarlijks("03-01", "04-01"), Jaarlijks("12-15", "01-15"), Jaarlijks("11-01", "12-10")] };
        Assert.Equal(new Venster(true, D("2026-12-10"), null), Venster.Bepaal(Dienst(geschiktheid: criteria), Vandaag));
        Assert.Equal(new Venster(false, null, D("2026-12-15")), Venster.Bepaal(Dienst(geschiktheid: criteria), D("2026-12-12")));
    }

    [Fact]
    public void De_start_en_het_einde_van_de_dienstverlening_begrenzen_het_venster()
    {
        var nogNiet = Dienst() with { StartDienstVerlening = "2027-01-10" };
        Assert.Equal(new Venster(false, null, D("2027-01-10")), Venster.Bepaal(nogNiet, Vandaag));

        var stopt = Dienst() with { EindeDienstVerlening = "2026-12-31" };
        Assert.Equal(new Venster(true, D("2026-12-31"), null), Venster.Bepaal(stopt, Vandaag));

        Assert.True(Venster.Bepaal(Dienst() with { EindeDienstVerlening = "2026-11-29" }, Vandaag).IsVoorbij);
    }
}
