namespace VLoket.Domain.Verenigingen.Invoer;

// What a client sends. Everything is nullable: the rules (VerenigingRegels) decide what is required,
// so a missing field gets a clear Dutch message instead of a deserialisation error.

public sealed record DoelgroepInvoer(int? Minimumleeftijd, int? Maximumleeftijd);

public sealed record ContactgegevenInvoer(string? Type, string? Waarde, string? Beschrijving, bool? IsPrimair);

public sealed record AdresInvoer(string? Straatnaam, string? Huisnummer, string? Busnummer, string? Postcode, string? Gemeente, string? Land);

public sealed record LocatieInvoer(string? Locatietype, string? Naam, bool? IsPrimair, AdresInvoer? Adres);

public sealed record VertegenwoordigerInvoer(
    string? Insz, string? Voornaam, string? Achternaam, string? Roepnaam, string? Rol, bool? IsPrimair,
    string? EMail, string? Telefoon, string? Mobiel);

public sealed record BankrekeningnummerInvoer(string? Iban, string? Doel, List<string?>? Titularissen);

/// <summary>Body of <c>POST /api/verenigingen</c>.</summary>
public sealed record RegistratieInvoer(
    string? Naam, string? KorteNaam, string? KorteBeschrijving, string? Startdatum, DoelgroepInvoer? Doelgroep,
    List<string?>? Hoofdactiviteiten, List<string?>? Werkingsgebieden,
    List<ContactgegevenInvoer?>? Contactgegevens, List<LocatieInvoer?>? Locaties,
    List<VertegenwoordigerInvoer?>? Vertegenwoordigers, List<BankrekeningnummerInvoer?>? Bankrekeningnummers);

/// <summary>Body of <c>PATCH /api/verenigingen/{vCode}</c>: only the fields given change; an empty string clears an optional text.</summary>
public sealed record BasisgegevensInvoer(
    string? Naam, string? KorteNaam, string? KorteBeschrijving, string? Startdatum, DoelgroepInvoer? Doelgroep,
    List<string?>? Hoofdactiviteiten, List<string?>? Werkingsgebieden);
