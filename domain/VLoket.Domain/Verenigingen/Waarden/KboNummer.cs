namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// Enterprise number from the KBO (Kruispuntbank van Ondernemingen): 10 digits, the last two a mod-97 check on the
/// first eight.
/// </summary>
public sealed record KboNummer
{
    KboNummer(string value) => Value = value;

    /// <summary>The 10 digits without separators.</summary>
    public string Value { get; }

    /// <summary>The usual written form, <c>0000.000.097</c>.</summary>
    public string Opgemaakt => $"{Value[..4]}.{Value[4..7]}.{Value[7..]}";

    /// <summary>Validates user input; dots and spaces are ignored so <c>0000.000.097</c> is accepted.</summary>
    public static KboNummer Create(string? input, string veld)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new DomeinFout(veld, "Het KBO-nummer is verplicht.");
        }

        var cijfers = Cijfers.ZonderScheidingstekens(input, ".");
        if (!Cijfers.ZijnAlleCijfers(cijfers))
        {
            throw new DomeinFout(veld, "Het KBO-nummer mag alleen cijfers bevatten (punten en spaties mogen).");
        }

        if (cijfers.Length != 10)
        {
            throw new DomeinFout(veld, "Het KBO-nummer moet uit 10 cijfers bestaan, zoals 0123.456.749.");
        }

        var controle = int.Parse(cijfers.AsSpan(8, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        if (97 - Cijfers.Mod97(cijfers.AsSpan(0, 8)) != controle)
        {
            throw new DomeinFout(veld, "Het KBO-nummer is ongeldig: controleer de cijfers.");
        }

        return new KboNummer(cijfers);
    }

    /// <summary>Rebuilds a number read from storage; it was validated when it was stored.</summary>
    public static KboNummer Hydrate(string value) => new(value);

    public override string ToString() => Opgemaakt;
}
