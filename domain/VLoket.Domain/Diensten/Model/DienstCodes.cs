namespace VLoket.Domain.Diensten.Model;

/// <summary>The IPDC code lists of domain.md section 3, and the loket's labels for them.</summary>
public static class DienstCodes
{
    public const string FinancieleVerplichting = "FinancieleVerplichting";

    /// <summary>Rooms and material to borrow: applied for as a reservation (see <c>ReservatieAntwoorden</c>).</summary>
    public const string InfrastructuurMateriaal = "InfrastructuurMateriaal";

    public static readonly IReadOnlyList<string> Types =
        [FinancieleVerplichting, "Toelating", "Bewijs", "Voorwerp", "AdviesBegeleiding", InfrastructuurMateriaal, "FinancieelVoordeel"];

    public static readonly IReadOnlyList<string> Doelgroepen = ["Burger", "Onderneming", "Organisatie", "VlaamseOverheid", "LokaalBestuur", "Vereniging"];

    public static readonly IReadOnlyList<string> Themas =
        ["BurgerOverheid", "CultuurSportVrijeTijd", "EconomieWerk", "MilieuEnergie", "MobiliteitOpenbareWerken", "OnderwijsWetenschap", "WelzijnGezondheid", "BouwenWonen"];

    public static readonly IReadOnlyList<string> Bestuursniveaus = ["Europees", "Federaal", "Vlaams", "Provinciaal", "Lokaal"];

    public static readonly IReadOnlyList<string> UitvoerendBestuursniveaus = [.. Bestuursniveaus, "Derden"];

    /// <summary>Language keys of a language map.</summary>
    public static readonly IReadOnlyList<string> Talen = ["nl", "en", "fr", "de"];

    /// <summary>Verenigingstype code → how a reason names it ("vzw", "feitelijke vereniging").</summary>
    public static readonly IReadOnlyDictionary<string, string> Verenigingstypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["FV"] = "feitelijke vereniging",
        ["VZER"] = "vereniging zonder eigen rechtspersoonlijkheid",
        ["VZW"] = "vzw",
        ["IVZW"] = "ivzw",
        ["PS"] = "private stichting",
        ["SVON"] = "stichting van openbaar nut",
    };

    /// <summary>The code as the list spells it, or null when it is not in the list (compared case-insensitively).</summary>
    public static string? Zoek(IReadOnlyList<string> lijst, string? code) =>
        code is null ? null : lijst.FirstOrDefault(c => string.Equals(c, code.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// The authorities of the demo catalogue, by OVO code (the Flemish organisation register). The codes are made up for the
/// demo; a service may name any well-formed OVO code, this list only gives the names a front end shows.
/// </summary>
public static class Overheden
{
    public static readonly IReadOnlyDictionary<string, string> Namen = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["OVO002949"] = "Departement Cultuur, Jeugd en Media",
        ["OVO003311"] = "Sport Vlaanderen",
        ["OVO000067"] = "Departement Omgeving",
        ["OVO001904"] = "Departement Welzijn, Volksgezondheid en Gezin",
        ["OVO009100"] = "Europese Commissie",
        ["OVO005002"] = "FOD Financiën",
        ["OVO005003"] = "FOD Justitie",
        ["OVO005004"] = "FOD Economie",
        ["OVO005005"] = "Nationale Bank van België",
        ["OVO005006"] = "Gegevensbeschermingsautoriteit",
        ["OVO005007"] = "FOD Sociale Zekerheid",
        ["OVO003101"] = "Provincie Antwerpen",
        ["OVO003102"] = "Provincie Limburg",
        ["OVO003103"] = "Provincie Oost-Vlaanderen",
        ["OVO003104"] = "Provincie Vlaams-Brabant",
        ["OVO004021"] = "Stad Gent",
        ["OVO004022"] = "Stad Aalst",
        ["OVO004023"] = "Stad Leuven",
    };

    /// <summary>The authority's name, or its OVO code when it is not in the list.</summary>
    public static string Naam(string ovoCode) => Namen.GetValueOrDefault(ovoCode, ovoCode);
}
