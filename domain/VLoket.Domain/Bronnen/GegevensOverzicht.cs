using System.Text.Json;

namespace VLoket.Domain.Bronnen;

/// <summary>
/// Everything government knows about an association, from all sources, for its representatives. Sources that could
/// not be reached are still listed, with their last known data and a warning.
/// </summary>
public sealed record GegevensOverzicht(
    string VCode, IReadOnlyList<BronStaat> Bronnen, IReadOnlyList<Waarschuwing> Waarschuwingen, IReadOnlyList<GegevenWeergave> Items);

/// <summary>How one source fared: <see cref="BronStatussen"/>, and when its data shown was fetched (null: never).</summary>
public sealed record BronStaat(string Bron, string Naam, string Status, DateTimeOffset? OpgehaaldOp);

/// <summary>A warning about one source, in Dutch, for the user.</summary>
public sealed record Waarschuwing(string Bron, string Melding);

/// <summary>A person an item is about: the name, and the INSZ masked unless the reader is that person.</summary>
public sealed record PersoonWeergave(string Naam, string Insz);

/// <summary>One data item as shown: its source, when it was fetched, until when it holds, and the person it is about.</summary>
public sealed record GegevenWeergave(
    string Bron, string Categorie, string Label, JsonElement Waarde, DateTimeOffset OpgehaaldOp,
    string? GeldigTot, string? Status, PersoonWeergave? Persoon, string? OvoCode);

/// <summary>States of a source in the view.</summary>
public static class BronStatussen
{
    /// <summary>Fetched now, or a snapshot younger than the maximum age.</summary>
    public const string Actueel = "actueel";

    /// <summary>Not reachable now; the last known data is shown.</summary>
    public const string Verouderd = "verouderd";

    /// <summary>Not reachable now and never reached before: nothing to show.</summary>
    public const string Onbereikbaar = "onbereikbaar";
}

/// <summary>The outcome of refreshing one source.</summary>
public sealed record BronUitkomst(string Bron, string Naam, bool Gelukt, int Aantal, string? Melding, DateTimeOffset Tijdstip);

/// <summary>Settings of the view: how old a snapshot may be before the source is asked again, and how long to wait for it.</summary>
public sealed record GegevensOpties
{
    public TimeSpan MaxLeeftijd { get; init; } = TimeSpan.FromMinutes(15);

    public TimeSpan Wachttijd { get; init; } = TimeSpan.FromSeconds(4);
}
