using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Model;
using static VLoket.Tests.Diensten.DienstVoorbeelden;

namespace VLoket.Tests.Diensten;

/// <summary>The index only pre-filters: on random catalogues and associations it never drops a service the rules accept.</summary>
public sealed class GeschiktheidsindexTests
{
    static readonly string[] Gebieden = ["BE", "BE2", "NVT", "BE21", "BE23", "BE24", "BE23444021", "BE23141002", "BE24224062", "BE21111002"];
    static readonly string[] Activiteiten = ["JGDW", "SPRT", "BWWC", "KECU"];
    static readonly string[] Types = ["FV", "VZER", "VZW", "PS"];

    static List<string> Kies(Random r, string[] uit, int max) => uit.OrderBy(_ => r.Next()).Take(r.Next(max + 1)).ToList();

    [Fact]
    public void Het_index_geeft_hetzelfde_aanbod_als_de_regels_op_elke_dienst()
    {
        var r = new Random(42);
        var catalogus = Enumerable.Range(0, 2000).Select(i => Dienst(
            nummer: i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture),
            gebied: Gebieden[r.Next(Gebieden.Length)],
            geschiktheid: new Geschiktheidscriteria
            {
                Verenigingstypes = Kies(r, Types, 2),
                Hoofdactiviteiten = Kies(r, Activiteiten, 2),
                Werkingsgebieden = r.Next(5) == 0 ? Kies(r, Gebieden[3..], 2) : [],
                Doelgroep = r.Next(3) == 0 ? new Leeftijden(r.Next(0, 60), r.Next(60, 151)) : null,
            })).ToList();
        var index = new Geschiktheidsindex(catalogus);
        var verenigingen = new[]
        {
            Chiro(), VzwMetZetel(), VzwMetZetel("9300"),
            Chiro() with { Werkingsgebieden = [new Werkingsgebied("BE24", "Provincie Vlaams-Brabant")], Doelgroep = new Doelgroep(60, 99) },
            Chiro() with { Hoofdactiviteiten = [], Werkingsgebieden = [], Locaties = [] },
        };

        foreach (var v in verenigingen)
        {
            var profiel = Profiel(v);
            var viaIndex = Aanbod.Bereken(index, profiel, Vandaag).Select(b => b.Dienst.Productnummer).Order().ToList();
            var zonderIndex = catalogus.Where(d => Geschiktheid.Beoordeel(d, profiel, Vandaag) is not null).Select(d => d.Productnummer).Order().ToList();
            Assert.Equal(zonderIndex, viaIndex);
            Assert.NotEmpty(viaIndex);
        }
    }

    [Fact]
    public void Een_onbekende_code_laat_de_beslissing_aan_de_regels()
    {
        var vreemd = Dienst(gebied: "BE99") with { Geschiktheid = new Geschiktheidscriteria { Hoofdactiviteiten = ["ZZZZ"] } };
        var index = new Geschiktheidsindex([vreemd]);
        Assert.True(index.KanPassen(0, Geschiktheidsindex.SleutelVan(Profiel(Chiro()))));
        Assert.Empty(Aanbod.Bereken(index, Profiel(Chiro()), Vandaag));
    }
}
