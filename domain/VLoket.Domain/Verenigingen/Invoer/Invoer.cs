using System.ComponentModel.DataAnnotations;
using static VLoket.Domain.Verenigingen.Invoer.InvoerLimieten;

namespace VLoket.Domain.Verenigingen.Invoer;

// What a client sends. Everything is nullable: the rules (VerenigingRegels) decide what is required,
// so a missing field gets a clear Dutch message instead of a deserialisation error.
// [MaxLength] is the edge's limit (InvoerLimieten): a text's length or a list's number of items, checked before any work.

public sealed record DoelgroepInvoer(int? Minimumleeftijd, int? Maximumleeftijd);

public sealed record ContactgegevenInvoer([MaxLength(Code)] string? Type, [MaxLength(Tekst)] string? Waarde, [MaxLength(Tekst)] string? Beschrijving, bool? IsPrimair);

public sealed record AdresInvoer(
    [MaxLength(Straatnaam)] string? Straatnaam, [MaxLength(Huisnummer)] string? Huisnummer, [MaxLength(Huisnummer)] string? Busnummer,
    [MaxLength(Postcode)] string? Postcode, [MaxLength(Gemeente)] string? Gemeente, [MaxLength(Gemeente)] string? Land);

public sealed record LocatieInvoer([MaxLength(Code)] string? Locatietype, [MaxLength(Tekst)] string? Naam, bool? IsPrimair, AdresInvoer? Adres);

public sealed record VertegenwoordigerInvoer(
    [MaxLength(Insz)] string? Insz, [MaxLength(Persoonsnaam)] string? Voornaam, [MaxLength(Persoonsnaam)] string? Achternaam,
    [MaxLength(Tekst)] string? Roepnaam, [MaxLength(Tekst)] string? Rol, bool? IsPrimair,
    [MaxLength(Tekst)] string? EMail, [MaxLength(Tekst)] string? Telefoon, [MaxLength(Tekst)] string? Mobiel);

public sealed record BankrekeningnummerInvoer([MaxLength(Iban)] string? Iban, [MaxLength(Tekst)] string? Doel, [MaxLength(Titularissen)] List<string?>? Titularissen);

/// <summary>
/// Body of <c>POST /api/verenigingen</c>. Anyone in <c>Vertegenwoordigers</c> other than the registrant is invited:
/// only their INSZ (required), e-mail address and role are kept, so their names are not required.
/// </summary>
public sealed record RegistratieInvoer(
    [MaxLength(Tekst)] string? Naam, [MaxLength(Tekst)] string? KorteNaam, [MaxLength(KorteBeschrijving)] string? KorteBeschrijving,
    [MaxLength(Datum)] string? Startdatum, DoelgroepInvoer? Doelgroep,
    [MaxLength(Hoofdactiviteiten)] List<string?>? Hoofdactiviteiten, [MaxLength(Werkingsgebieden)] List<string?>? Werkingsgebieden,
    [MaxLength(Contactgegevens)] List<ContactgegevenInvoer?>? Contactgegevens, [MaxLength(Locaties)] List<LocatieInvoer?>? Locaties,
    [MaxLength(Vertegenwoordigers)] List<VertegenwoordigerInvoer?>? Vertegenwoordigers,
    [MaxLength(Bankrekeningnummers)] List<BankrekeningnummerInvoer?>? Bankrekeningnummers);

/// <summary>Body of <c>PATCH /api/verenigingen/{vCode}</c>: only the fields given change; an empty string clears an optional text.</summary>
public sealed record BasisgegevensInvoer(
    [MaxLength(Tekst)] string? Naam, [MaxLength(Tekst)] string? KorteNaam, [MaxLength(KorteBeschrijving)] string? KorteBeschrijving,
    [MaxLength(Datum)] string? Startdatum, DoelgroepInvoer? Doelgroep,
    [MaxLength(Hoofdactiviteiten)] List<string?>? Hoofdactiviteiten, [MaxLength(Werkingsgebieden)] List<string?>? Werkingsgebieden);
