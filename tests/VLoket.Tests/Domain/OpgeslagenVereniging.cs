using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Tests.Domain;

/// <summary>
/// An association as storage gives it back (no rules run on the way): one part of each kind, ids 1 to 4, so the rule
/// tests start from a known state without a host or a table.
/// </summary>
static class OpgeslagenVereniging
{
    // Valid, fictitious INSZ numbers (checksums computed).
    public const string InszAn = "78041212319";
    public const string InszKarim = "85092328401";

    public const string Iban = "BE68 5390 0754 7034";

    public static readonly Adres Kerkstraat = new("Kerkstraat", "1", null, "9000", "Gent", "België");

    public static Vereniging Maak() => new()
    {
        VCode = "V0001001",
        Verenigingstype = Codelijsten.Vzer,
        Verenigingssubtype = Codelijsten.FeitelijkeVereniging,
        Naam = "De Spelers",
        Doelgroep = new Doelgroep(0, 150),
        Contactgegevens = [new Contactgegeven(1, "E-mail", "info@spelers.be", null, true, Herkomst.Vereniging)],
        Locaties = [new Locatie(2, "Activiteiten", "Lokaal", true, Kerkstraat, Herkomst.Vereniging)],
        Vertegenwoordigers = [new Vertegenwoordiger(3, InszAn, "An", "Peeters", null, null, true, null, null, null)],
        Bankrekeningnummers = [new Bankrekeningnummer(4, Iban, "Werking", ["De Spelers"], [new BevestigdDoor("OVO000001", "Sportdienst")])],
        VolgendeId = 5,
    };
}
