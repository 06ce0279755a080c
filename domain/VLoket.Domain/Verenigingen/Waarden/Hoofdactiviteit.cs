namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// A main activity of an association, one of the 21 codes of the Verenigingsregister, read from the CSV embedded in
/// this assembly (<c>VLoket.Domain.Referentie.hoofdactiviteiten.csv</c>).
/// </summary>
public sealed record Hoofdactiviteit
{
    const string Bron = "VLoket.Domain.Referentie.hoofdactiviteiten.csv";

    static readonly Lazy<IReadOnlyList<Hoofdactiviteit>> Lijst = new(() =>
        ReferentieBestand.LeesCsv(Bron).Select(rij => new Hoofdactiviteit(rij[0], rij[1])).ToList());

    static readonly Lazy<Dictionary<string, Hoofdactiviteit>> PerCode = new(() =>
        Lijst.Value.ToDictionary(activiteit => activiteit.Code, StringComparer.OrdinalIgnoreCase));

    Hoofdactiviteit(string code, string naam)
    {
        Code = code;
        Naam = naam;
    }

    /// <summary>The four-letter code, e.g. <c>SPRT</c>.</summary>
    public string Code { get; }

    /// <summary>The Dutch name, e.g. <c>Sport</c>.</summary>
    public string Naam { get; }

    /// <summary>Every main activity, in the order of the reference list.</summary>
    public static IReadOnlyList<Hoofdactiviteit> Alle => Lijst.Value;

    /// <summary>Validates a code from user input; lowercase is accepted and normalised.</summary>
    public static Hoofdactiviteit Create(string? code, string veld)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new DomeinFout(veld, "Kies een hoofdactiviteit.");
        }

        return PerCode.Value.GetValueOrDefault(code.Trim())
            ?? throw new DomeinFout(veld, $"{Benoem(code.Trim())} is geen gekende hoofdactiviteit. Kies een code uit de lijst van hoofdactiviteiten, zoals SPRT (Sport).");
    }

    /// <summary>Rebuilds a main activity from a stored code; an unknown code keeps the code as its name rather than failing.</summary>
    public static Hoofdactiviteit Hydrate(string code) =>
        PerCode.Value.GetValueOrDefault(code) ?? new Hoofdactiviteit(code, code);

    public override string ToString() => Code;

    // The code is echoed back to help the volunteer, but never at unbounded length or with markup.
    static string Benoem(string code) =>
        code.Length <= 10 && !Tekst.BevatOpmaak(code) ? $"'{code}'" : "Deze code";
}
