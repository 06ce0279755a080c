namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// Belgian national number (INSZ), 11 digits with a mod-97 check. It is personal data: <see cref="ToString"/> returns
/// the masked form so it cannot end up in a log line by accident; use <see cref="Value"/> only where the full number
/// is really needed (e.g. as input for a keyed hash).
/// </summary>
public sealed record Insz
{
    /// <summary>The message for a number that fails the check, reused by callers that validate INSZ elsewhere.</summary>
    public const string OngeldigMelding = "Het INSZ-nummer is ongeldig: controleer de cijfers.";

    Insz(string value) => Value = value;

    /// <summary>The 11 digits without separators.</summary>
    public string Value { get; }

    /// <summary>Birth date part visible, the rest hidden: <c>01.13.15-xxx.xx</c>.</summary>
    public string Gemaskeerd => $"{Value[..2]}.{Value[2..4]}.{Value[4..6]}-xxx.xx";

    /// <summary>Validates user input; dots, dashes and spaces are ignored so <c>01.13.15-001.49</c> is accepted.</summary>
    public static Insz Create(string? input, string veld)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            throw new DomeinFout(veld, "Het INSZ-nummer is verplicht.");
        }

        var cijfers = Cijfers.ZonderScheidingstekens(input, ".-");
        if (!Cijfers.ZijnAlleCijfers(cijfers))
        {
            throw new DomeinFout(veld, "Het INSZ-nummer mag alleen cijfers bevatten (punten, streepjes en spaties mogen).");
        }

        if (cijfers.Length != 11)
        {
            throw new DomeinFout(veld, "Het INSZ-nummer moet uit 11 cijfers bestaan, zoals 01.13.15-001.49.");
        }

        if (!HeeftGeldigeControle(cijfers))
        {
            throw new DomeinFout(veld, OngeldigMelding);
        }

        return new Insz(cijfers);
    }

    /// <summary>Rebuilds a number read from storage; it was validated when it was stored.</summary>
    public static Insz Hydrate(string value) => new(value);

    /// <summary>Masked on purpose: an INSZ must never appear in clear in a log line or message.</summary>
    public override string ToString() => Gemaskeerd;

    static bool HeeftGeldigeControle(string cijfers)
    {
        var controle = int.Parse(cijfers.AsSpan(9, 2), provider: System.Globalization.CultureInfo.InvariantCulture);
        var basis = cijfers.AsSpan(0, 9);

        // People born from 2000 on get the check computed as if the number were prefixed with "2".
        return 97 - Cijfers.Mod97(basis) == controle
            || 97 - Cijfers.Mod97(string.Concat("2", basis)) == controle;
    }
}
