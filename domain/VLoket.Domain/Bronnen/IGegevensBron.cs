using System.Text.Json;

namespace VLoket.Domain.Bronnen;

/// <summary>
/// One data source behind the "gekende gegevens" view (the register, KBO, bank confirmations, youth-work attests,
/// recognitions), all behind this one connector contract.
/// </summary>
public interface IGegevensBron
{
    /// <summary>Short technical code, e.g. <c>kbo</c>: the row key of its snapshots and the <c>bron</c> of its items.</summary>
    string Code { get; }

    /// <summary>Name shown to users, e.g. "Kruispuntbank van Ondernemingen (KBO)".</summary>
    string Naam { get; }

    /// <summary>Whether the source has anything to say about this association (KBO only for KBO numbers).</summary>
    bool GeldtVoor(BronVraag vraag);

    /// <summary>What the source knows about the association. Throws <see cref="Kbo.BronNietBeschikbaarFout"/> when it cannot be reached.</summary>
    Task<IReadOnlyList<BronItem>> HaalOpAsync(BronVraag vraag, CancellationToken ct = default);
}

/// <summary>
/// What a source is asked about: the association and the people who lead it. INSZ numbers travel only in request
/// bodies to the source, never in keys, URLs or logs; the source answers per person with the <see cref="BronPersoon.Referentie"/>.
/// </summary>
public sealed record BronVraag(string VCode, string? KboNummer, IReadOnlyList<BronPersoon> Personen, IReadOnlyList<string> Bankrekeningnummers);

/// <summary>A person the association has as representative; <see cref="Referentie"/> is the representative's id.</summary>
public sealed record BronPersoon(string Referentie, string Insz);

/// <summary>
/// One data item a source knows.
/// </summary>
/// <param name="Categorie">One of <see cref="Categorieen"/>.</param>
/// <param name="Label">What the item is, in Dutch ("Naam", "Animator in het jeugdwerk").</param>
/// <param name="Waarde">The value as JSON (text, or an object such as an address or a recognition).</param>
/// <param name="GeldigTot">Last day the item holds (yyyy-MM-dd), where it applies.</param>
/// <param name="Status">Status where relevant (recognitions, attests).</param>
/// <param name="Referentie">The <see cref="BronPersoon.Referentie"/> of the person the item is about, if any.</param>
/// <param name="OvoCode">The agency the item relates to (which registered a recognition, which confirmed an account).</param>
public sealed record BronItem(
    string Categorie, string Label, JsonElement Waarde, string? GeldigTot = null, string? Status = null,
    string? Referentie = null, string? OvoCode = null);

/// <summary>Categories of data items, for grouping in the view.</summary>
public static class Categorieen
{
    public const string Basisgegevens = "basisgegevens";
    public const string Contactgegeven = "contactgegeven";
    public const string Locatie = "locatie";
    public const string Vertegenwoordiger = "vertegenwoordiger";
    public const string Bankrekeningnummer = "bankrekeningnummer";
    public const string Bankbevestiging = "bankbevestiging";
    public const string Attest = "attest";
    public const string Erkenning = "erkenning";

    public static readonly IReadOnlyList<string> Alle =
        [Basisgegevens, Contactgegeven, Locatie, Vertegenwoordiger, Bankrekeningnummer, Bankbevestiging, Attest, Erkenning];
}
