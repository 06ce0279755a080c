using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Diensten;

/// <summary>
/// The areas a service applies in (<c>geografischToepassingsgebieden</c>): what the register accepts as werkingsgebied
/// (province, Flemish municipality, <c>NVT</c>) plus <c>BE</c> (Belgium) and <c>BE2</c> (the Flemish Region, NUTS 1).
/// </summary>
public static class Gebieden
{
    public const string Belgie = "BE";
    public const string Vlaanderen = "BE2";

    /// <summary>Validates an area code; lowercase is accepted and normalised.</summary>
    public static string Create(string? code, string veld)
    {
        string genormaliseerd = code?.Trim().ToUpperInvariant() ?? string.Empty;
        if (genormaliseerd is Belgie or Vlaanderen)
        {
            return genormaliseerd;
        }

        try
        {
            return Werkingsgebied.Create(code, veld).Code;
        }
        catch (DomeinFout)
        {
            throw new DomeinFout(veld,
                "Dit gebied is niet gekend. Gebruik BE (België), BE2 (Vlaanderen), een provincie (zoals BE23), een Vlaamse gemeente (zoals BE23444021 voor Gent) of NVT.");
        }
    }

    /// <summary>True for an area that covers every association: Belgium, Flanders or "niet van toepassing".</summary>
    public static bool IsOveral(string code) => code is Belgie or Vlaanderen or Werkingsgebied.NietVanToepassingCode;

    // The register's provinces (and Brussels), as Werkingsgebied knows them; a set, because matching asks this per service.
    static readonly HashSet<string> Provincies = ["BE21", "BE22", "BE23", "BE24", "BE25", "BE10"];

    /// <summary>True for a province code (NUTS 2) such as <c>BE23</c>.</summary>
    public static bool IsProvincie(string code) => Provincies.Contains(code);

    /// <summary>The province of a municipality: its NUTS/LAU code starts with the province's NUTS code (BE23444021 lies in BE23).</summary>
    public static string ProvincieVan(string gemeenteCode) => gemeenteCode[..Math.Min(4, gemeenteCode.Length)];

    /// <summary>
    /// True when <paramref name="dienstGebied"/> (where a service applies) includes <paramref name="gezocht"/> or lies
    /// within it: a search for Oost-Vlaanderen finds Gent's services too, a search for Gent finds Oost-Vlaanderen's.
    /// </summary>
    public static bool Raakt(string dienstGebied, string gezocht)
    {
        if (IsOveral(dienstGebied) || dienstGebied == gezocht)
        {
            return true;
        }

        return (IsProvincie(dienstGebied) && ProvincieVan(gezocht) == dienstGebied)
            || (IsProvincie(gezocht) && ProvincieVan(dienstGebied) == gezocht);
    }

    /// <summary>The name to show: "Gent", "provincie Oost-Vlaanderen", "Vlaanderen".</summary>
    public static string Naam(string code) => code switch
    {
        Belgie => "België",
        Vlaanderen => "Vlaanderen",
        _ when IsProvincie(code) => KleineBeginletter(Werkingsgebied.Hydrate(code).Naam),
        _ => Werkingsgebied.Hydrate(code).Naam,
    };

    // "Provincie Oost-Vlaanderen" reads as "actief in provincie Oost-Vlaanderen" in a reason.
    static string KleineBeginletter(string naam) =>
        naam.StartsWith("Provincie ", StringComparison.Ordinal) ? "p" + naam[1..] : naam;
}
