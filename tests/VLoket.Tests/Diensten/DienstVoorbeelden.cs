using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Tests.Diensten;

/// <summary>Services and associations built in memory for the unit tests of eligibility and windows.</summary>
static class DienstVoorbeelden
{
    public static readonly DateOnly Vandaag = new(2026, 11, 30);

    public static Dienst Dienst(string nummer = "9001", Geschiktheidscriteria? geschiktheid = null, string gebied = "BE2",
        string type = "FinancieelVoordeel", bool verplichting = false, string? naam = null) => new()
    {
        Productnummer = nummer,
        Naam = new Taalkaart { ["nl"] = naam ?? "Dienst " + nummer },
        Beschrijving = new Taalkaart { ["nl"] = "Een dienst om te testen." },
        Type = type,
        Doelgroepen = ["Vereniging"],
        BevoegdBestuursniveaus = ["Lokaal"],
        BevoegdeOverheden = ["OVO004021"],
        GeografischToepassingsgebieden = [gebied],
        Verplichting = verplichting,
        Geschiktheid = geschiktheid ?? new Geschiktheidscriteria(),
        Aanvraagwijze = Aanvraag.Doorverwijzing,
        AanvraagUrl = "https://voorbeeld.be",
    };

    /// <summary>Like Chiro Sint-Jan Gent: registered here (VZER, subtype FV), youth work, 6-18, in Gent, since 1968.</summary>
    public static Vereniging Chiro(string? startdatum = "1968-09-01") => new()
    {
        VCode = "V0001001",
        Verenigingstype = Codelijsten.Vzer,
        Verenigingssubtype = Codelijsten.FeitelijkeVereniging,
        Naam = "Chiro",
        Startdatum = startdatum,
        Doelgroep = new Doelgroep(6, 18),
        Hoofdactiviteiten = [new Hoofdactiviteit("JGDW", "Jeugdwerk")],
        Werkingsgebieden = [new Werkingsgebied("BE23444021", "Gent")],
    };

    /// <summary>Like KSV Heverlee straight from KBO: a VZW with only its seat in 3001 Heverlee (Leuven), no activities.</summary>
    public static Vereniging VzwMetZetel(string postcode = "3001") => new()
    {
        VCode = "V0001003",
        Verenigingstype = new Verenigingstype("VZW", "Vereniging zonder winstoogmerk"),
        Naam = "KSV",
        Startdatum = "1978-09-01",
        Doelgroep = new Doelgroep(0, 150),
        KboNummer = "0412345614",
        Locaties = [new Locatie(1, "Maatschappelijke zetel volgens KBO", null, true, new Adres("Naamsesteenweg", "240", null, postcode, "Heverlee", "België"), "KBO")],
    };

    public static Verenigingsprofiel Profiel(Vereniging v) => Verenigingsprofiel.Van(v);

    public static Aanvraagvenster Jaarlijks(string opent, string sluit) => new(opent, sluit, true);

    public static Aanvraagvenster Eenmalig(string opent, string sluit) => new(opent, sluit, false);
}
