namespace VLoket.Domain.Duplicaten;

/// <summary>
/// An association name normalised once for comparisons within one municipality: the identifying words
/// (<see cref="NaamNormalisatie.Tokens"/>) and, for names that are nothing but the municipality, all words.
/// </summary>
public sealed record VoorbereideNaam(string Naam, IReadOnlyList<string> Tokens, IReadOnlyList<string> BasisTokens)
{
    /// <summary>Normalises <paramref name="naam"/>, dropping <paramref name="gemeentenamen"/> (those of the municipality compared in).</summary>
    public static VoorbereideNaam Maak(string naam, IReadOnlyCollection<string> gemeentenamen) =>
        new(naam, NaamNormalisatie.Tokens(naam, gemeentenamen), NaamNormalisatie.BasisTokens(naam));
}
