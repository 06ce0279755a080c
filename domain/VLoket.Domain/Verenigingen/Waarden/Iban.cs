namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// Belgian bank account number (IBAN): <c>BE</c>, two check digits and 12 more digits, checked with ISO 13616 mod-97.
/// Only Belgian accounts are supported, so a foreign IBAN is refused even when its checksum is right.
/// </summary>
public sealed record Iban
{
    const string Voorbeeld = "BE68 5390 0754 7034";

    Iban(string value) => Value = value;

    /// <summary>Compact form without spaces, e.g. <c>BE68539007547034</c>: use it for comparing and storing.</summary>
    public string Value { get; }

    /// <summary>Groups of four as printed on a bank card, e.g. <c>BE68 5390 0754 7034</c>.</summary>
    public string Opgemaakt => string.Join(' ', Value.Chunk(4).Select(groep => new string(groep)));

    /// <summary>Validates user input; spaces and dots are ignored and a lowercase <c>be</c> is accepted.</summary>
    public static Iban Create(string? input, string veld)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new DomeinFout(veld, "Het IBAN-nummer is verplicht.");
        }

        var compact = Cijfers.ZonderScheidingstekens(input, ".").ToUpperInvariant();
        if (compact.Length >= 2 && char.IsAsciiLetter(compact[0]) && char.IsAsciiLetter(compact[1]) && !compact.StartsWith("BE", StringComparison.Ordinal))
        {
            throw new DomeinFout(veld, $"Alleen Belgische rekeningnummers zijn mogelijk. Geef een IBAN in dat begint met BE, zoals {Voorbeeld}.");
        }

        if (compact.Length != 16 || !compact.StartsWith("BE", StringComparison.Ordinal) || !Cijfers.ZijnAlleCijfers(compact.AsSpan(2)))
        {
            throw new DomeinFout(veld, $"Dit IBAN-nummer klopt niet. Geef een Belgisch rekeningnummer in zoals {Voorbeeld}.");
        }

        if (!HeeftGeldigeControle(compact))
        {
            throw new DomeinFout(veld, $"Dit IBAN-nummer klopt niet: controleer de cijfers. Een Belgisch rekeningnummer ziet eruit zoals {Voorbeeld}.");
        }

        return new Iban(compact);
    }

    /// <summary>Rebuilds an IBAN read from storage; it was validated when it was stored.</summary>
    public static Iban Hydrate(string value) => new(value);

    public override string ToString() => Opgemaakt;

    // ISO 13616: move the country code and check digits to the end, letters become numbers (B = 11, E = 14),
    // and the whole must leave remainder 1 modulo 97.
    static bool HeeftGeldigeControle(string compact) =>
        Cijfers.Mod97(string.Concat(compact.AsSpan(4), "1114", compact.AsSpan(2, 2))) == 1;
}
