using System.Text.Json;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Delen;

/// <summary>
/// The fields of an association that the loket passes on to agencies ("once only"), as named in a legal basis
/// (<see cref="Rechtsgrond"/>), in a delivery and in its log. Contact data is split per type, because a legal basis
/// may cover e-mail without covering phone numbers.
/// </summary>
public static class GedeeldeVelden
{
    public const string EMail = "e-mail";
    public const string Telefoon = "telefoon";
    public const string Website = "website";
    public const string SocialeMedia = "sociale-media";
    public const string Adres = "adres";
    public const string Vertegenwoordigers = "vertegenwoordigers";
    public const string Bankrekeningnummers = "bankrekeningnummers";

    /// <summary>Every field that can be shared, in the order they are shown.</summary>
    public static readonly IReadOnlyList<string> Alle = [EMail, Telefoon, Website, SocialeMedia, Adres, Vertegenwoordigers, Bankrekeningnummers];

    static readonly Dictionary<string, string> ContactType = new()
    {
        [EMail] = Codelijsten.Contactgegeventypes.EMail,
        [Telefoon] = Codelijsten.Contactgegeventypes.Telefoon,
        [Website] = Codelijsten.Contactgegeventypes.Website,
        [SocialeMedia] = Codelijsten.Contactgegeventypes.SocialMedia,
    };

    /// <summary>True for a name in <see cref="Alle"/>.</summary>
    public static bool Bestaat(string veld) => Alle.Contains(veld);

    /// <summary>The shared fields whose value differs between <paramref name="voor"/> and <paramref name="na"/>, in <see cref="Alle"/> order.</summary>
    public static IReadOnlyList<string> Gewijzigd(Vereniging voor, Vereniging na) =>
        Alle.Where(veld => Json(Waarde(voor, veld)) != Json(Waarde(na, veld))).ToList();

    /// <summary>
    /// The current values of <paramref name="velden"/>, as an agency receives them. Ids and the loket's own bookkeeping
    /// (sources, confirmations) stay out: the agency gets the data, not the loket's internals.
    /// </summary>
    public static Dictionary<string, object> Waarden(Vereniging vereniging, IEnumerable<string> velden) =>
        velden.Where(Bestaat).Distinct().ToDictionary(v => v, v => Waarde(vereniging, v));

    static object Waarde(Vereniging v, string veld) => veld switch
    {
        Adres => v.Locaties.Select(l => new GedeeldAdres(l.Locatietype, l.Naam, l.IsPrimair, l.Adres)).ToList(),
        Vertegenwoordigers => v.Vertegenwoordigers.Select(w =>
            new GedeeldeVertegenwoordiger(w.Insz, w.Voornaam, w.Achternaam, w.Roepnaam, w.Rol, w.IsPrimair, w.EMail, w.Telefoon, w.Mobiel)).ToList(),
        Bankrekeningnummers => v.Bankrekeningnummers.Select(b => new GedeeldeRekening(b.Iban, b.Doel, b.Titularissen)).ToList(),
        _ when ContactType.TryGetValue(veld, out string? type) => v.Contactgegevens.Where(c => c.Type == type)
            .Select(c => new GedeeldContactgegeven(c.Waarde, c.Beschrijving, c.IsPrimair)).ToList(),
        _ => throw new ArgumentException($"Unknown shared field {veld}.", nameof(veld)),
    };

    static string Json(object waarde) => JsonSerializer.Serialize(waarde, JsonEigenschappen.Opties);
}

/// <summary>A contact item as an agency receives it.</summary>
public sealed record GedeeldContactgegeven(string Waarde, string? Beschrijving, bool IsPrimair);

/// <summary>A location's address as an agency receives it.</summary>
public sealed record GedeeldAdres(string Locatietype, string? Naam, bool IsPrimair, Adres Adres);

/// <summary>A representative as an agency whose legal basis covers representatives receives it (with INSZ, in the HTTPS body only).</summary>
public sealed record GedeeldeVertegenwoordiger(
    string Insz, string Voornaam, string Achternaam, string? Roepnaam, string? Rol, bool IsPrimair, string? EMail, string? Telefoon, string? Mobiel);

/// <summary>A bank account as an agency receives it.</summary>
public sealed record GedeeldeRekening(string Iban, string? Doel, List<string> Titularissen);
