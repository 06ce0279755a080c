namespace VLoket.Domain.Verenigingen.Model;

/// <summary>
/// An association as the loket stores and shows it, with the Verenigingsregister's field names.
/// Its data is validated on the way in (see <c>VerenigingRegels</c>); stored data is trusted when read back.
/// </summary>
public sealed record Vereniging
{
    public required string VCode { get; init; }
    public required Verenigingstype Verenigingstype { get; init; }
    public Verenigingstype? Verenigingssubtype { get; init; }
    public required string Naam { get; init; }
    public string? KorteNaam { get; init; }
    public string? KorteBeschrijving { get; init; }
    public string? Startdatum { get; init; }
    public string? Einddatum { get; init; }
    public required Doelgroep Doelgroep { get; init; }
    public string Status { get; init; } = Statussen.Actief;
    public string? KboNummer { get; init; }
    public List<Hoofdactiviteit> Hoofdactiviteiten { get; init; } = [];
    public List<Werkingsgebied> Werkingsgebieden { get; init; } = [];
    public List<Contactgegeven> Contactgegevens { get; init; } = [];
    public List<Locatie> Locaties { get; init; } = [];
    public List<Vertegenwoordiger> Vertegenwoordigers { get; init; } = [];
    public List<Bankrekeningnummer> Bankrekeningnummers { get; init; } = [];

    /// <summary>People invited to become a representative who have not answered yet. They have no access and no source is asked about them.</summary>
    public List<Uitnodiging> Uitnodigingen { get; init; } = [];

    /// <summary>Fields that come from KBO and can only be corrected there.</summary>
    public List<string> KboVelden { get; init; } = [];

    /// <summary>
    /// Keyed hashes of the INSZ of everyone with an active function at KBO at the last look-up, so a refresh can tell
    /// new mandates from known ones without storing more INSZ.
    /// </summary>
    public List<string> KboMandaathouders { get; init; } = [];

    /// <summary>Next id for a contactgegeven, locatie, vertegenwoordiger or bankrekeningnummer; ids are never reused.</summary>
    public int VolgendeId { get; init; } = 1;

    public bool IsVanKbo => KboNummer is not null;
}

public static class Statussen
{
    public const string Actief = "Actief";
    public const string Gestopt = "Gestopt";
}

public sealed record Verenigingstype(string Code, string Naam);

public sealed record Doelgroep(int Minimumleeftijd, int Maximumleeftijd);

public sealed record Hoofdactiviteit(string Code, string Naam);

public sealed record Werkingsgebied(string Code, string Naam);

/// <summary>Where a data item came from: the association itself (<c>Vereniging</c>) or <c>KBO</c>.</summary>
public static class Herkomst
{
    public const string Vereniging = "Vereniging";
    public const string Kbo = "KBO";
}

public sealed record Contactgegeven(int ContactgegevenId, string Type, string Waarde, string? Beschrijving, bool IsPrimair, string Bron);

public sealed record Adres(string Straatnaam, string Huisnummer, string? Busnummer, string Postcode, string Gemeente, string Land);

public sealed record Locatie(int LocatieId, string Locatietype, string? Naam, bool IsPrimair, Adres Adres, string Bron);

/// <summary>A person who may act for the association. <see cref="Insz"/> is stored for the loket's own use and shown masked to others.</summary>
public sealed record Vertegenwoordiger(
    int VertegenwoordigerId, string Insz, string Voornaam, string Achternaam, string? Roepnaam, string? Rol, bool IsPrimair,
    string? EMail, string? Telefoon, string? Mobiel)
{
    /// <summary>The function at KBO this person's access rests on; null when they were not added through KBO.</summary>
    public KboMandaat? Mandaat { get; init; }
}

/// <summary>
/// An invitation to become a representative, by INSZ or by e-mail address (exactly one). It holds only what the
/// inviter typed; the person's name comes from their own sign-in when they accept.
/// </summary>
public sealed record Uitnodiging(int UitnodigingId, string? Insz, string? EMail, string? Rol, DateTimeOffset? VerstuurdOp, string? VerstuurdDoor);

/// <summary>A function held at KBO (e.g. "Bestuurder") and since when (<c>yyyy-MM-dd</c>).</summary>
public sealed record KboMandaat(string Functie, string? Sinds);

public sealed record BevestigdDoor(string OvoCode, string Naam);

public sealed record Bankrekeningnummer(
    int BankrekeningnummerId, string Iban, string? Doel, List<string> Titularissen, List<BevestigdDoor> BevestigdDoor);
