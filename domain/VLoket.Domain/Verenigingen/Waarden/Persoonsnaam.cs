namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// A first name or last name of a person. Names are diverse (<c>X Æ A-Xii</c> is fine), so the only rules are:
/// at least one letter, no digits, no markup.
/// </summary>
public sealed record Persoonsnaam
{
    public const int MaxLengte = 128;

    Persoonsnaam(string value) => Value = value;

    public string Value { get; }

    /// <summary>Validates user input, trimmed.</summary>
    public static Persoonsnaam Create(string? naam, string veld)
    {
        var tekst = Tekst.Verplicht(naam, veld, MaxLengte);
        if (tekst.Any(char.IsDigit))
        {
            throw new DomeinFout(veld, "Een naam mag geen cijfers bevatten.");
        }

        if (!tekst.Any(char.IsLetter))
        {
            throw new DomeinFout(veld, "Een naam moet minstens één letter bevatten.");
        }

        return new Persoonsnaam(tekst);
    }

    /// <summary>Rebuilds a name read from storage; it was validated when it was stored.</summary>
    public static Persoonsnaam Hydrate(string value) => new(value);

    public override string ToString() => Value;
}
