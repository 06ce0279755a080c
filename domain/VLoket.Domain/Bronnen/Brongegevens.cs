namespace VLoket.Domain.Bronnen;

/// <summary>The items one external source knows about an association, with the source's name for users.</summary>
public sealed record BekendeBron(string Naam, IReadOnlyList<BronItem> Items);

/// <summary>
/// What the external data sources know about an association (fresh where they answered, else last known), by source
/// code, for pre-filling forms; <see cref="Vandaag"/> decides which recognitions and attests still hold.
/// </summary>
public sealed record Brongegevens(IReadOnlyDictionary<string, BekendeBron> PerBron, DateOnly Vandaag)
{
    /// <summary>Nothing known from any source (the register alone answers).</summary>
    public static readonly Brongegevens Geen = new(new Dictionary<string, BekendeBron>(), DateOnly.MinValue);
}
