using System.Text.Json.Nodes;

namespace VLoket.Tests.Verenigingen;

/// <summary>Valid made-up people and request bodies for the association tests.</summary>
public static class Voorbeelden
{
    // Valid INSZ numbers (checksums computed), all fictitious.
    public const string InszAn = "78041212319";
    public const string InszKarim = "85092328401";
    public const string InszLotte = "02030511719";
    public const string InszOlaf = "91010105587";
    public const string InszDomain = "01131500149";

    static int teller;

    /// <summary>Another valid INSZ on each call (born 1990, sequence numbers counting up).</summary>
    public static string NieuwInsz()
    {
        int volgnummer = 100 + Interlocked.Increment(ref teller);
        string eerste9 = $"900101{volgnummer:D3}";
        return eerste9 + (97 - (long.Parse(eerste9) % 97)).ToString("D2");
    }

    /// <summary>A complete valid registration in Gent; <paramref name="naam"/> makes it unique.</summary>
    public static JsonObject Registratie(string naam, string postcode = "9000", string gemeente = "Gent") => new()
    {
        ["naam"] = naam,
        ["korteNaam"] = "Kort",
        ["korteBeschrijving"] = "Een vereniging om te testen.",
        ["startdatum"] = "2001-09-01",
        ["doelgroep"] = new JsonObject { ["minimumleeftijd"] = 6, ["maximumleeftijd"] = 18 },
        ["hoofdactiviteiten"] = new JsonArray("JGDW"),
        ["werkingsgebieden"] = new JsonArray("BE23444021"),
        ["contactgegevens"] = new JsonArray(
            new JsonObject { ["type"] = "E-mail", ["waarde"] = "info@voorbeeld.be", ["isPrimair"] = true },
            new JsonObject { ["type"] = "Telefoon", ["waarde"] = "0412345678", ["isPrimair"] = false }),
        ["locaties"] = new JsonArray(new JsonObject
        {
            ["locatietype"] = "Activiteiten",
            ["naam"] = "Lokaal",
            ["isPrimair"] = true,
            ["adres"] = new JsonObject
            {
                ["straatnaam"] = "Kerkstraat", ["huisnummer"] = "1", ["postcode"] = postcode, ["gemeente"] = gemeente, ["land"] = "België",
            },
        }),
        ["vertegenwoordigers"] = new JsonArray(),
        ["bankrekeningnummers"] = new JsonArray(new JsonObject
        {
            ["iban"] = "BE68 5390 0754 7034", ["doel"] = "Werking", ["titularissen"] = new JsonArray("De vereniging"),
        }),
    };

    /// <summary>A minimal valid registration without locations (no duplicate check applies).</summary>
    public static JsonObject Minimaal(string naam) => new() { ["naam"] = naam };
}
