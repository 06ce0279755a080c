namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// Where an association is active: a province (NUTS code such as <c>BE23</c>), a Flemish municipality (10-character
/// NUTS/LAU code such as <c>BE23444021</c>), or <c>NVT</c> when it does not apply.
/// </summary>
public sealed record Werkingsgebied
{
    /// <summary>The code for "niet van toepassing".</summary>
    public const string NietVanToepassingCode = "NVT";

    static readonly Dictionary<string, string> Provincies = new(StringComparer.Ordinal)
    {
        ["BE21"] = "Provincie Antwerpen",
        ["BE22"] = "Provincie Limburg",
        ["BE23"] = "Provincie Oost-Vlaanderen",
        ["BE24"] = "Provincie Vlaams-Brabant",
        ["BE25"] = "Provincie West-Vlaanderen",
        ["BE10"] = "Brussels Hoofdstedelijk Gewest",
    };

    Werkingsgebied(string code, string naam)
    {
        Code = code;
        Naam = naam;
    }

    /// <summary>NUTS or NUTS/LAU code, or <c>NVT</c>.</summary>
    public string Code { get; }

    /// <summary>Name of the province or municipality, for display.</summary>
    public string Naam { get; }

    /// <summary>The "niet van toepassing" area.</summary>
    public static Werkingsgebied NietVanToepassing { get; } = new(NietVanToepassingCode, "Niet van toepassing");

    public bool IsNietVanToepassing => Code == NietVanToepassingCode;

    public bool IsProvincie => Provincies.ContainsKey(Code);

    public bool IsGemeente => !IsNietVanToepassing && !IsProvincie;

    /// <summary>Validates a code from user input; lowercase is accepted and normalised.</summary>
    public static Werkingsgebied Create(string? code, string veld)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new DomeinFout(veld, "Kies een werkingsgebied.");
        }

        var genormaliseerd = code.Trim().ToUpperInvariant();
        return Zoek(genormaliseerd)
            ?? throw new DomeinFout(
                veld,
                "Dit werkingsgebied is niet gekend. Kies een provincie (zoals BE23 voor Oost-Vlaanderen), een Vlaamse gemeente (zoals BE23444021 voor Gent) of NVT (niet van toepassing).");
    }

    /// <summary>Rebuilds an area from a stored code; an unknown code keeps the code as its name rather than failing.</summary>
    public static Werkingsgebied Hydrate(string code) => Zoek(code) ?? new Werkingsgebied(code, code);

    public override string ToString() => Code;

    static Werkingsgebied? Zoek(string code)
    {
        if (code == NietVanToepassingCode)
        {
            return NietVanToepassing;
        }

        if (Provincies.TryGetValue(code, out var provincie))
        {
            return new Werkingsgebied(code, provincie);
        }

        return code.Length == 10 && PostcodeRegister.Instance.GemeenteNaam(code) is { } gemeente
            ? new Werkingsgebied(code, gemeente)
            : null;
    }
}
