using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using static VLoket.Tests.Diensten.DienstVoorbeelden;

namespace VLoket.Tests.Diensten;

/// <summary>The eligibility rules, one criterion at a time, on in-memory services and associations.</summary>
public sealed class GeschiktheidTests
{
    static Beoordeling? Beoordeel(Geschiktheidscriteria criteria, string gebied = "BE2", Verenigingsprofiel? profiel = null) =>
        Geschiktheid.Beoordeel(Dienst(geschiktheid: criteria, gebied: gebied), profiel ?? Profiel(Chiro()), Vandaag);

    [Fact]
    public void Zonder_beperkingen_geldt_een_dienst_voor_elke_vereniging()
    {
        var b = Beoordeel(new Geschiktheidscriteria())!;
        Assert.True(b.Toepasbaar);
        Assert.Equal([Geschiktheid.ElkeVereniging], b.Redenen);
        Assert.Empty(b.Ontbreekt);
        Assert.True(b.NuAanvraagbaar);
    }

    [Fact]
    public void Het_verenigingstype_moet_in_de_lijst_staan()
    {
        Assert.Null(Beoordeel(new Geschiktheidscriteria { Verenigingstypes = ["VZW", "IVZW"] }));
        var vzw = Geschiktheid.Beoordeel(Dienst(geschiktheid: new Geschiktheidscriteria { Verenigingstypes = ["VZW"] }), Profiel(VzwMetZetel()), Vandaag)!;
        Assert.Contains("vzw", vzw.Redenen);
        Assert.Contains("feitelijke vereniging", Beoordeel(new Geschiktheidscriteria { Verenigingstypes = ["FV", "VZW"] })!.Redenen);
    }

    [Fact]
    public void Een_hier_geregistreerde_vereniging_is_VZER_met_subtype_FV_en_past_bij_beide()
    {
        Assert.Equal(["FV", "VZER"], Profiel(Chiro()).Verenigingstypes);
        Assert.Equal(["feitelijke vereniging"], Beoordeel(new Geschiktheidscriteria { Verenigingstypes = ["VZER", "FV"] })!.Redenen);
        Assert.Equal(["vereniging zonder eigen rechtspersoonlijkheid"], Beoordeel(new Geschiktheidscriteria { Verenigingstypes = ["VZER"] })!.Redenen);
    }

    [Fact]
    public void Een_gemeentelijke_dienst_geldt_alleen_in_die_gemeente()
    {
        Assert.Contains("actief in Gent", Beoordeel(new Geschiktheidscriteria(), gebied: "BE23444021")!.Redenen);
        Assert.Null(Beoordeel(new Geschiktheidscriteria(), gebied: "BE23141002")); // Aalst
        Assert.Null(Beoordeel(new Geschiktheidscriteria(), gebied: "BE24224062")); // Leuven
    }

    [Fact]
    public void Een_provinciale_dienst_geldt_voor_gemeenten_in_die_provincie()
    {
        Assert.Contains("actief in provincie Oost-Vlaanderen", Beoordeel(new Geschiktheidscriteria(), gebied: "BE23")!.Redenen);
        Assert.Null(Beoordeel(new Geschiktheidscriteria(), gebied: "BE24"));
    }

    [Fact]
    public void Een_werkingsgebied_over_de_hele_provincie_volstaat_niet_voor_een_gemeentelijke_dienst()
    {
        var provinciaal = Chiro() with { Werkingsgebieden = [new VLoket.Domain.Verenigingen.Model.Werkingsgebied("BE23", "Provincie Oost-Vlaanderen")] };
        Assert.Null(Beoordeel(new Geschiktheidscriteria(), gebied: "BE23444021", profiel: Profiel(provinciaal)));
        Assert.NotNull(Beoordeel(new Geschiktheidscriteria(), gebied: "BE23", profiel: Profiel(provinciaal)));
    }

    [Fact]
    public void De_locaties_tellen_mee_als_gebied_ook_zonder_werkingsgebieden()
    {
        var ksv = Profiel(VzwMetZetel("3001"));
        Assert.Equal(["BE24224062"], ksv.Gemeenten);
        Assert.Contains("actief in Leuven", Geschiktheid.Beoordeel(Dienst(gebied: "BE24224062"), ksv, Vandaag)!.Redenen);
        Assert.Contains("actief in provincie Vlaams-Brabant", Geschiktheid.Beoordeel(Dienst(gebied: "BE24"), ksv, Vandaag)!.Redenen);
    }

    [Fact]
    public void De_geschiktheid_kan_een_eigen_werkingsgebied_opleggen()
    {
        var criteria = new Geschiktheidscriteria { Werkingsgebieden = ["BE23141002"] };
        Assert.Null(Beoordeel(criteria, gebied: "BE2")); // Chiro is in Gent, not Aalst
    }

    [Fact]
    public void Een_van_de_hoofdactiviteiten_moet_overeenkomen()
    {
        Assert.Contains("jeugdwerk", Beoordeel(new Geschiktheidscriteria { Hoofdactiviteiten = ["JGDW", "SPRT"] })!.Redenen);
        Assert.Null(Beoordeel(new Geschiktheidscriteria { Hoofdactiviteiten = ["SPRT"] }));
        // A KBO association without activities matches no activity-bound service.
        Assert.Null(Geschiktheid.Beoordeel(Dienst(geschiktheid: new Geschiktheidscriteria { Hoofdactiviteiten = ["SPRT"] }), Profiel(VzwMetZetel()), Vandaag));
    }

    [Theory]
    [InlineData(0, 30, true)]
    [InlineData(12, 25, true)]
    [InlineData(18, 30, true)]
    [InlineData(19, 30, false)]
    [InlineData(55, 150, false)]
    [InlineData(0, 5, false)]
    public void De_leeftijden_van_de_doelgroep_moeten_overlappen(int min, int max, bool past)
    {
        var b = Beoordeel(new Geschiktheidscriteria { Doelgroep = new Leeftijden(min, max) });
        Assert.Equal(past, b is not null);
        if (b is not null)
        {
            Assert.Contains("doelgroep 6-18 jaar", b.Redenen);
        }
    }

    [Fact]
    public void Een_te_jonge_vereniging_is_nog_niet_toepasbaar_en_ziet_wat_ontbreekt()
    {
        var jong = Profiel(Chiro(startdatum: "2026-01-15"));
        var b = Beoordeel(new Geschiktheidscriteria { MinimumBestaansjaren = 2 }, profiel: jong)!;
        Assert.False(b.Toepasbaar);
        Assert.False(b.NuAanvraagbaar);
        Assert.Equal(["minstens 2 jaar werking (de vereniging bestaat nog geen jaar)"], b.Ontbreekt);

        var oud = Beoordeel(new Geschiktheidscriteria { MinimumBestaansjaren = 2 })!;
        Assert.True(oud.Toepasbaar);
        Assert.Contains("bestaat minstens 2 jaar", oud.Redenen);
    }

    [Fact]
    public void Zonder_startdatum_ontbreekt_de_startdatum()
    {
        var b = Beoordeel(new Geschiktheidscriteria { MinimumBestaansjaren = 1 }, profiel: Profiel(Chiro(startdatum: null)))!;
        Assert.False(b.Toepasbaar);
        Assert.Contains("startdatum", Assert.Single(b.Ontbreekt));
    }

    [Theory]
    [InlineData("2024-11-30", 2)]
    [InlineData("2024-12-01", 1)]
    [InlineData("2024-02-29", 2)]
    public void Volle_jaren_tellen_zoals_een_leeftijd(string start, int jaren) =>
        Assert.Equal(jaren, Geschiktheid.VolleJaren(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Vandaag));

    [Fact]
    public void Een_vereiste_erkenning_die_ontbreekt_maakt_de_dienst_nog_niet_toepasbaar()
    {
        var criteria = new Geschiktheidscriteria { Erkenningen = [new VereisteErkenning("4001", "erkenning als jeugdvereniging door Stad Gent")] };
        var b = Beoordeel(criteria)!;
        Assert.False(b.Toepasbaar);
        Assert.Equal(["erkenning als jeugdvereniging door Stad Gent"], b.Ontbreekt);

        var erkend = Profiel(Chiro()) with { Erkenningen = new HashSet<string> { "4001" } };
        var metErkenning = Beoordeel(criteria, profiel: erkend)!;
        Assert.True(metErkenning.Toepasbaar);
        Assert.Contains("erkenning als jeugdvereniging door Stad Gent", metErkenning.Redenen);
    }

    [Fact]
    public void Voor_een_gestopte_vereniging_geldt_niets()
    {
        var gestopt = Chiro() with { Status = VLoket.Domain.Verenigingen.Model.Statussen.Gestopt };
        Assert.Null(Beoordeel(new Geschiktheidscriteria(), profiel: Profiel(gestopt)));
    }

    [Fact]
    public void Een_dienst_waarvan_het_laatste_venster_voorbij_is_valt_weg()
    {
        Assert.Null(Beoordeel(new Geschiktheidscriteria { Aanvraagvensters = [Eenmalig("2026-01-01", "2026-03-01")] }));
        var gesloten = Beoordeel(new Geschiktheidscriteria { Aanvraagvensters = [Jaarlijks("01-01", "03-01")] })!;
        Assert.True(gesloten.Toepasbaar);
        Assert.False(gesloten.NuAanvraagbaar);
        Assert.Equal(new DateOnly(2027, 1, 1), gesloten.Venster.OpentOp);
    }

    [Fact]
    public void Volgorde_eerst_verplichtingen_dan_wat_het_eerst_sluit_dan_de_rest()
    {
        var catalogus = new[]
        {
            Dienst("1", naam: "A doorlopend"),
            Dienst("2", naam: "B nog niet", geschiktheid: new Geschiktheidscriteria { Erkenningen = [new VereisteErkenning("9", "erkenning")] }),
            Dienst("3", naam: "C sluit laat", geschiktheid: new Geschiktheidscriteria { Aanvraagvensters = [Jaarlijks("11-01", "12-31")] }),
            Dienst("4", naam: "D gesloten", geschiktheid: new Geschiktheidscriteria { Aanvraagvensters = [Jaarlijks("01-01", "02-01")] }),
            Dienst("5", naam: "E sluit vroeg", geschiktheid: new Geschiktheidscriteria { Aanvraagvensters = [Jaarlijks("11-01", "12-05")] }),
            Dienst("6", naam: "F verplichting", type: DienstCodes.FinancieleVerplichting),
            Dienst("7", naam: "G past niet", gebied: "BE21"),
        };

        var aanbod = Aanbod.Bereken(catalogus, Profiel(Chiro()), Vandaag);

        Assert.Equal(["6", "5", "3", "1", "4", "2"], aanbod.Select(b => b.Dienst.Productnummer));
    }
}
