using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Meldingen;
using static VLoket.Tests.Diensten.DienstVoorbeelden;

namespace VLoket.Tests.Diensten;

/// <summary>The profile as the municipality index stores it, and the index queries of the window sweep.</summary>
public sealed class VerenigingsprofielOpslagTests
{
    [Fact]
    public void Een_bewaard_profiel_beoordeelt_elke_dienst_zoals_het_profiel_van_de_vereniging()
    {
        foreach (var vereniging in new[] { Chiro(), Chiro(startdatum: null), VzwMetZetel() })
        {
            var profiel = Profiel(vereniging);
            var bewaard = Verenigingsprofiel.Hydrate(profiel.NaarJson());
            Assert.Equal(profiel.NaarJson(), bewaard.NaarJson());
            foreach (var dienst in new[]
            {
                Dienst(), Dienst(gebied: "BE23444021"), Dienst(gebied: "BE24"), Dienst(gebied: "BE23"),
                Dienst(geschiktheid: new Geschiktheidscriteria { Verenigingstypes = ["FV"], Hoofdactiviteiten = ["JGDW"], MinimumBestaansjaren = 3 }),
                Dienst(geschiktheid: new Geschiktheidscriteria { Verenigingstypes = ["VZW"], Doelgroep = new Leeftijden(20, 40) }),
            })
            {
                var verwacht = Geschiktheid.Beoordeel(dienst, profiel, Vandaag);
                var gekregen = Geschiktheid.Beoordeel(dienst, bewaard, Vandaag);
                Assert.Equal(verwacht?.Toepasbaar, gekregen?.Toepasbaar);
                Assert.Equal(verwacht?.Redenen, gekregen?.Redenen);
                Assert.Equal(verwacht?.Ontbreekt, gekregen?.Ontbreekt);
            }
        }
    }

    [Fact]
    public void Een_provincie_is_een_sleutelbereik_en_dekt_haar_gemeenten_en_Vlaanderen_leest_alles()
    {
        var filters = VensterKandidaten.Filters([Dienst(gebied: "BE23"), Dienst(gebied: "BE23444021"), Dienst(gebied: "BE25131005")]);
        Assert.Equal(["PartitionKey ge 'BE23' and PartitionKey lt 'BE24'", "PartitionKey eq 'BE25131005'"], filters);
        Assert.Null(VensterKandidaten.Filters([Dienst(gebied: "BE23"), Dienst(gebied: "BE2")]));
        Assert.Empty(VensterKandidaten.Filters([])!);
    }
}
