using VLoket.Domain.Bronnen;

namespace VLoket.Tests.Gegevens;

/// <summary>A recognition's status comes from its period, on the day it is shown.</summary>
public sealed class ErkenningStatusTests
{
    static readonly DateOnly Vandaag = new(2026, 11, 30);

    static Erkenning Erkenning(string? start, string? einde, bool beslist = true, bool geschorst = false) =>
        new("E1", new IpdcProduct("1502", "Erkenning als jeugdwerkorganisatie"), new OvoInstantie("OVO002949", "CJM"),
            start, einde, null, beslist, geschorst);

    [Theory]
    [InlineData("2025-01-01", "2027-12-31", ErkenningStatussen.Actief)]
    [InlineData("2026-11-30", "2026-11-30", ErkenningStatussen.Actief)] // first and last day both count
    [InlineData("2020-01-01", "2026-11-29", ErkenningStatussen.Verlopen)]
    [InlineData("2026-12-01", "2029-12-31", ErkenningStatussen.InAanvraag)] // starts in the future
    [InlineData(null, null, ErkenningStatussen.InAanvraag)]
    [InlineData("2025-01-01", null, ErkenningStatussen.Actief)] // no end date: open-ended
    public void Status_volgt_uit_de_periode(string? start, string? einde, string verwacht) =>
        Assert.Equal(verwacht, Erkenningen.Status(Erkenning(start, einde), Vandaag));

    [Fact]
    public void Zonder_beslissing_is_ze_in_aanvraag() =>
        Assert.Equal(ErkenningStatussen.InAanvraag, Erkenningen.Status(Erkenning("2025-01-01", "2027-12-31", beslist: false), Vandaag));

    [Fact]
    public void Een_schorsing_van_de_bron_gaat_voor_op_de_periode()
    {
        Assert.Equal(ErkenningStatussen.Geschorst, Erkenningen.Status(Erkenning("2025-01-01", "2027-12-31", geschorst: true), Vandaag));
        Assert.Equal(ErkenningStatussen.Geschorst, Erkenningen.Status(Erkenning("2020-01-01", "2021-12-31", geschorst: true), Vandaag));
    }
}
