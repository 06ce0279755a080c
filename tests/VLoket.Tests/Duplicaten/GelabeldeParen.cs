namespace VLoket.Tests.Duplicaten;

/// <summary>
/// One labelled pair: two association names registered in the same postcode, and whether a person reading
/// both would say they are the same association.
/// </summary>
public sealed record GelabeldPaar(
    string NaamA,
    string NaamB,
    string Postcode,
    IReadOnlyCollection<string> Gemeentenamen,
    bool IsDuplicaat,
    string Waarom)
{
    public override string ToString() =>
        $"\"{NaamA}\" / \"{NaamB}\" ({Postcode}, {(IsDuplicaat ? "duplicaat" : "geen duplicaat")}: {Waarom})";
}

/// <summary>
/// The labelled quality set for duplicate detection: realistic Flemish association names, each pair sharing a
/// postcode (the candidate lookup only ever compares within a postcode or municipality).
/// </summary>
/// <remarks>
/// Labels are what a person at the loket would decide from the two names alone, not what the detector happens
/// to answer. Duplicates cover the ways people write the same club differently: typos, abbreviations (St., K.V.,
/// KLJ), omitted words (vzw, the municipality, Koninklijke, Gemengd, afdeling), reordering, accents, punctuation,
/// compounds written apart or together, and interchangeable organisation words (toneelkring / toneelgroep).
/// Non-duplicates are mostly near misses: another sport with a similar spelling, another parish saint, another
/// kind of body (jeugdhuis / jeugdbeweging, fanfare / harmonie, raad / vereniging), another district or division,
/// another youth movement in the same parish; plus a few plainly unrelated neighbours.
/// Gemeentenamen are the postname and municipality of the postcode, as in <c>Referentie/postcodes.csv</c>.
/// </remarks>
public static class GelabeldeParen
{
    static readonly Dictionary<string, string[]> Plaatsen = new()
    {
        ["2000"] = ["Antwerpen"],
        ["2300"] = ["Turnhout"],
        ["2440"] = ["Geel"],
        ["2500"] = ["Lier"],
        ["2610"] = ["Wilrijk", "Antwerpen"],
        ["2800"] = ["Mechelen"],
        ["3000"] = ["Leuven"],
        ["3010"] = ["Kessel Lo", "Leuven"],
        ["3500"] = ["Hasselt"],
        ["3600"] = ["Genk"],
        ["3700"] = ["Tongeren"],
        ["8000"] = ["Brugge"],
        ["8020"] = ["Oostkamp"],
        ["8400"] = ["Oostende"],
        ["8500"] = ["Kortrijk"],
        ["8530"] = ["Harelbeke"],
        ["8700"] = ["Tielt"],
        ["8760"] = ["Meulebeke", "Tielt"],
        ["8800"] = ["Roeselare"],
        ["9000"] = ["Gent"],
        ["9040"] = ["Sint-Amandsberg", "Gent"],
        ["9052"] = ["Zwijnaarde", "Gent"],
        ["9070"] = ["Destelbergen"],
        ["9100"] = ["Sint-Niklaas"],
        ["9160"] = ["Lokeren"],
        ["9200"] = ["Dendermonde"],
        ["9230"] = ["Wetteren"],
        ["9300"] = ["Aalst"],
        ["9500"] = ["Geraardsbergen"],
        ["9600"] = ["Ronse"],
    };

    static GelabeldPaar Dup(string a, string b, string postcode, string waarom) =>
        new(a, b, postcode, Plaatsen[postcode], IsDuplicaat: true, waarom);

    static GelabeldPaar Geen(string a, string b, string postcode, string waarom) =>
        new(a, b, postcode, Plaatsen[postcode], IsDuplicaat: false, waarom);

    /// <summary>All labelled pairs.</summary>
    public static IReadOnlyList<GelabeldPaar> Alle { get; } =
    [
        // ---- Duplicates: the same association, written differently ----
        Dup("K.S.A. Sint-Jan Gent", "KSA St Jan", "9000", "domain.md: puntjes, St., gemeente weggelaten"),
        Dup("Chiro Sint-Pieter", "Chrio Sint-Pieter", "9000", "tikfout: letters omgewisseld"),
        Dup("Koninklijke Fanfare Sint-Cecilia Aalst vzw", "Fanfare Sint-Cecilia", "9300", "Koninklijke, gemeente en vzw weggelaten"),
        Dup("K.V.C. Zennegat", "KVC Zennegat", "2800", "puntjes in de afkorting"),
        Dup("Scouts en Gidsen Sint-Jozef Brugge", "Scouts & Gidsen St.-Jozef", "8000", "& voor en, St.-, gemeente weggelaten"),
        Dup("Jeugdhuis 't Kofschip", "Jeugdhuis Kofschip vzw", "2500", "lidwoord en vzw"),
        Dup("Gemengd Koor Cantate Domino", "Koor Cantate Domino", "3000", "'Gemengd' weggelaten"),
        Dup("Buurtcomité Heirnis", "Buurtcomite Heirnis", "9000", "accent"),
        Dup("Carnavalsvereniging De Stoeten", "Carnavalgroep De Stoeten", "9300", "vereniging/groep zijn inwisselbaar"),
        Dup("Oudervereniging Basisschool De Regenboog", "Oudercomité De Regenboog", "9200", "oudercomité = oudervereniging, 'Basisschool' weggelaten"),
        Dup("Seniorenvereniging OKRA Sint-Amandsberg", "OKRA Sint-Amandsberg", "9040", "omschrijving weggelaten, deelgemeente in de naam"),
        Dup("Toneelkring Vrij en Vrolijk", "Toneelgroep Vrij & Vrolijk", "2300", "kring/groep inwisselbaar, &"),
        Dup("Volleybalclub Zwijnaarde", "VC Zwijnaarde", "9052", "afkorting VC"),
        Dup("Katholieke Landelijke Jeugd Meulebeke", "KLJ Meulebeke", "8760", "afkorting KLJ"),
        Dup("Chiro Meisjes Sint-Lutgardis", "Chiromeisjes St. Lutgardis", "8500", "aaneengeschreven, St."),
        Dup("Petanqueclub De Boule", "Petanque Club De Boule", "8400", "samenstelling los geschreven"),
        Dup("Davidsfonds Afdeling Lier", "Davidsfonds Lier", "2500", "'Afdeling' weggelaten"),
        Dup("Harmonie Sint-Cecilia Kortrijk", "Harmonie Ste-Cecilia", "8500", "Ste- voor Sint-, gemeente weggelaten"),
        Dup("Gezinsbond Afdeling Sint-Niklaas", "Gezinsbond St-Niklaas", "9100", "gemeente als St-Niklaas geschreven"),
        Dup("Scouts en Gidsen Vlaanderen - groep Sint-Michiel", "Scoutsgroep Sint-Michiel", "2000", "koepelnaam weggelaten"),
        Dup("Wijkcomité Rabot-Blaisantvest", "Wijkcomite Rabot Blaisantvest", "9000", "accent en koppelteken"),
        Dup("Koninklijke Turnkring Hermes", "Turnkring Hermes Hasselt", "3500", "Koninklijke weggelaten, gemeente toegevoegd"),
        Dup("Hondenclub Oostende", "Hondenklub Oostende", "8400", "club/klub"),
        Dup("Kunstkring De Palet", "Kunstkring 't Palet", "9000", "ander lidwoord"),
        Dup("Fanfare Sint-Martinus", "Fanfare St Martinus Harelbeke", "8530", "St zonder punt, gemeente toegevoegd"),
        Dup("Oudercomité Sint-Lodewijkscollege", "Oudercomite St-Lodewijkscollege", "8000", "accent en St-"),
        Dup("Ziekenzorg CM Lokeren", "Ziekenzorg Lokeren", "9160", "'CM' weggelaten"),
        Dup("Femma Sint-Paulus", "Femma St.-Paulus Gent", "9000", "St.- en gemeente"),
        Dup("Landelijke Gilde Oostkamp", "Landelijke Gilde vzw", "8020", "gemeente tegenover vzw"),
        Dup("Tennisclub Ter Linde", "T.C. Ter Linde", "3000", "afkorting T.C."),
        Dup("Schaakclub Het Paard", "Schaakklub 't Paard", "2500", "klub, 't voor Het"),
        Dup("Jong KVLV Tielt", "Jong K.V.L.V.", "8700", "puntjes, gemeente weggelaten"),
        Dup("Kon. Harmonie De Eendracht", "Koninklijke Harmonie De Eendracht", "9200", "Kon. voluit"),
        Dup("Kinderkoor De Notenkrakers", "Kinderkoor Notekrakers", "2800", "tikfout en lidwoord"),
        Dup("Sint-Jorisgilde Brugge", "St-Jorisgilde", "8000", "St- en gemeente"),
        Dup("Zwemclub De Dolfijnen", "Zwemclub Dolfijnen Aalst", "9300", "lidwoord en gemeente"),
        Dup("Rode Kruis Afdeling Geel", "Rode Kruis Geel", "2440", "'Afdeling' weggelaten"),
        Dup("Oudervereniging Sint-Vincentius", "Ouderverening Sint-Vincentius", "9200", "tikfout: letters weggevallen"),
        Dup("Fotoclub Objectief", "Fotoklub Objektief", "8800", "c/k-spelling"),
        Dup("Kajakclub De Peddelaars", "De Peddelaars Kajakclub", "9230", "woordvolgorde"),
        Dup("Wandelclub De Lustige Stappers", "Wandelclub Lustige Stapers", "9000", "tikfout en lidwoord"),
        Dup("Chiro Sint-Antonius Kessel-Lo", "Chiro St.-Antonius", "3010", "deelgemeente met koppelteken weggelaten"),
        Dup("Scouts Sint-Lodewijk", "Scouts Sint-Lodewyk", "9100", "y voor ij"),
        Dup("Vrienden van het Fort", "Vriendenkring Fort van Wilrijk", "2610", "vriendenkring, deelgemeente"),

        // ---- Not duplicates: near misses ----
        Geen("Voetbalclub Gent", "Volleybalclub Gent", "9000", "domain.md: andere sport"),
        Geen("Chiro Sint-Jan", "Chiro Sint-Pieter", "9000", "andere parochie"),
        Geen("Jeugdhuis De Kelder", "Jeugdbeweging De Kelder", "2300", "jeugdhuis is geen jeugdbeweging"),
        Geen("Fanfare Sint-Cecilia", "Harmonie Sint-Cecilia", "9300", "fanfare en harmonie zijn aparte korpsen"),
        Geen("Seniorenraad Aalst", "Jeugdraad Aalst", "9300", "andere adviesraad"),
        Geen("KSA Oost", "KSA West", "8800", "andere wijk"),
        Geen("Scouts 12de Antwerpen", "Scouts 21ste Antwerpen", "2000", "andere eenheid (nummer)"),
        Geen("Basketbalclub Lokeren", "Volleybalclub Lokeren", "9160", "andere sport"),
        Geen("Handbalclub Tongeren", "Korfbalclub Tongeren", "3700", "andere sport"),
        Geen("Chiro Jongens Sint-Lodewijk", "Chiro Meisjes Sint-Lodewijk", "8000", "aparte jongens- en meisjesgroep"),
        Geen("KLJ Meulebeke", "KSA Meulebeke", "8760", "andere jeugdbeweging"),
        Geen("VC Lokeren Dames", "VC Lokeren Heren", "9160", "andere afdeling"),
        Geen("Buurtcomité Kerkstraat", "Buurtcomité Kerkwegel", "9000", "andere straat"),
        Geen("Oudervereniging Sint-Jozef", "Oudervereniging Sint-Vincentius", "9200", "andere school"),
        Geen("Wielerclub De Trappers", "Wandelclub De Stappers", "9000", "wielrennen tegenover wandelen"),
        Geen("Toneelgroep Ons Genoegen", "Zangkoor Ons Genoegen", "8500", "zelfde courante naam, andere activiteit"),
        Geen("Davidsfonds Lier", "Willemsfonds Lier", "2500", "ander cultuurfonds"),
        Geen("Jeugdhuis Zuid", "Jeugdhuis Noord", "2000", "andere wijk"),
        Geen("Turnkring Hermes", "Turnkring Hercules", "3500", "andere naam"),
        Geen("Vrouwenkoor Cantate", "Mannenkoor Cantate", "3000", "ander koor"),
        Geen("Oudercomité Basisschool De Linde", "Oudercomité Middenschool De Linde", "9000", "andere school"),
        Geen("FC Zwijnaarde", "VC Zwijnaarde", "9052", "voetbal tegenover volleybal"),
        Geen("Kaartersclub De Zwarte Kat", "Biljartclub De Zwarte Kat", "8400", "zelfde café, andere club"),
        Geen("Sint-Sebastiaansgilde", "Sint-Jorisgilde", "8000", "andere schuttersgilde"),
        Geen("Chiro Sint-Jan", "KSA Sint-Jan", "9000", "andere jeugdbeweging, zelfde parochie"),
        Geen("Scouts Sint-Rombout", "Chiro Sint-Rombout", "2800", "andere jeugdbeweging, zelfde parochie"),
        Geen("Parochieraad Sint-Martinus", "Kerkfabriek Sint-Martinus", "9300", "ander orgaan"),
        Geen("Wijkcomité Muide", "Wijkcomité Meulestede", "9000", "andere wijk"),
        Geen("Zangkoor Sint-Pieter", "Zangkoor Sint-Paulus", "9100", "andere parochie"),
        Geen("KWB Sint-Anna", "KAV Sint-Anna", "9000", "andere beweging"),
        Geen("Voetbalclub Eendracht Aalst Dames", "Voetbalclub Eendracht Aalst Veteranen", "9300", "andere ploeg"),
        Geen("Jeugdhuis De Kroeg", "Jeugdhuis De Krook", "3000", "andere naam"),
        Geen("Schaakclub Lier", "Snookerclub Lier", "2500", "ander spel"),
        Geen("Vriendenkring Politie Oostende", "Vriendenkring Brandweer Oostende", "8400", "ander korps"),
        Geen("Feestcomité Kermis Zuid", "Feestcomité Kermis Noord", "9230", "andere wijkkermis"),
        Geen("Seniorenvereniging OKRA Sint-Jozef", "Seniorenvereniging OKRA Sint-Bernadette", "9040", "andere parochie"),
        Geen("Koninklijke Fanfare Sint-Cecilia Aalst", "Koninklijke Fanfare Sint-Martinus Aalst", "9300", "andere fanfare"),
        Geen("OKRA Trefpunt Zuid", "OKRA Trefpunt Noord", "8700", "ander trefpunt"),
        Geen("Jeugdraad Sint-Niklaas", "Jeugdhuis Sint-Niklaas", "9100", "adviesraad tegenover jeugdhuis"),
        Geen("Tafeltennisclub Gent", "Tennisclub Gent", "9000", "andere sport"),
        Geen("Minivoetbalclub De Leeuw", "Voetbalclub De Leeuw", "2800", "minivoetbal is een aparte competitie"),
        Geen("Seniorenraad Brugge", "Seniorenvereniging Brugge", "8000", "adviesraad tegenover vereniging"),
        Geen("Chiro Sint-Amand", "Chiro Sint-Anna", "9000", "andere parochie"),
        Geen("Chiro Sint-Bartholomeus", "KSA Sint-Bartholomeus", "9500", "andere jeugdbeweging"),
        Geen("Chiro Destelbergen", "Chiro Heusden", "9070", "andere deelgemeente"),
        Geen("Judoclub Ronse", "Jiu-Jitsuclub Ronse", "9600", "andere vechtsport"),
        Geen("Chiro Sint-Jan", "Tennisclub Sint-Jan", "9000", "zelfde parochienaam, andere activiteit"),
        Geen("Wielertoeristen Genk Zuid", "Wielertoeristen Genk Noord", "3600", "andere wijk"),
        Geen("Harmonie De Eendracht", "Harmonie De Verenigde Vrienden", "3500", "andere naam"),
        Geen("Muziekkapel Sint-Jozef", "Muziekkapel Sint-Joris", "9000", "andere parochie"),
        Geen("Gezinsbond Lokeren", "Gezinsbond Daknam", "9160", "andere afdeling (deelgemeente)"),
        Geen("Oudervereniging Sint-Lodewijkscollege", "Oud-leerlingenbond Sint-Lodewijkscollege", "8000", "ouders tegenover oud-leerlingen"),
        Geen("Koninklijke Schuttersgilde Sint-Sebastiaan", "Koninklijke Schuttersgilde Sint-Joris", "8000", "andere gilde"),
        Geen("Kerkkoor Sint-Martinus", "Kinderkoor Sint-Martinus", "9300", "ander koor"),
        Geen("Fotoclub Objectief", "Filmclub Objectief", "8800", "foto tegenover film"),
        Geen("Carnavalgroep De Stoeten", "Carnavalgroep De Stouterikken", "9300", "andere groep"),

        // ---- Not duplicates: unrelated neighbours in the same postcode ----
        Geen("Gezinsbond Kessel-Lo", "Femma Kessel-Lo", "3010", "andere beweging"),
        Geen("Karateclub Geel", "Judoclub Geel", "2440", "andere sport"),
        Geen("Harmonie Vriendenkring", "Volleybalclub Brugge", "8000", "niets gemeen"),
        Geen("Schaakclub De Toren", "Buurtcomité Nekkerspoel", "2800", "niets gemeen"),
        Geen("Landelijke Gilde Oostkamp", "Tennisclub Oostkamp", "8020", "alleen de gemeente gemeen"),
    ];
}
