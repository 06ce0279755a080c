using System.Globalization;

namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// The loket's identifier of an association: <c>V</c> followed by 7 digits, e.g. <c>V0001001</c>.
/// It has no check digit, so only the format can be validated.
/// </summary>
public sealed record VCode
{
    /// <summary>The number of the first vCode ever issued (<c>V0001001</c>).</summary>
    public const int EersteNummer = 1001;

    const int HoogsteNummer = 9_999_999;

    VCode(string value) => Value = value;

    /// <summary>The code in its canonical form, upper-case <c>V</c> and 7 digits.</summary>
    public string Value { get; }

    /// <summary>The numeric part, used to issue the next code.</summary>
    public int Nummer => int.Parse(Value.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Validates user input; a lowercase <c>v</c> is accepted because people type it that way.</summary>
    public static VCode Create(string? input, string veld)
    {
        var waarde = input?.Trim();
        if (string.IsNullOrEmpty(waarde))
        {
            throw new DomeinFout(veld, "De vCode is verplicht.");
        }

        if (waarde.Length != 8 || waarde[0] is not ('V' or 'v') || !Cijfers.ZijnAlleCijfers(waarde.AsSpan(1)))
        {
            throw new DomeinFout(veld, "Deze vCode is ongeldig. Een vCode is een V gevolgd door 7 cijfers, zoals V0001001.");
        }

        return new VCode(string.Concat("V", waarde.AsSpan(1)));
    }

    /// <summary>Rebuilds a code read from storage; it was validated when it was issued.</summary>
    public static VCode Hydrate(string value) => new(value);

    /// <summary>The code for an issued number, zero-padded to 7 digits.</summary>
    public static VCode FromNummer(int nummer)
    {
        // An out-of-range number is a bug in the issuer, not a user mistake, so it is not a DomeinFout.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nummer);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nummer, HoogsteNummer);
        return new VCode("V" + nummer.ToString("D7", CultureInfo.InvariantCulture));
    }

    public override string ToString() => Value;
}
