using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Invoer;

/// <summary>
/// How long a text and how long a list an association may hold. The input records carry them as
/// <see cref="System.ComponentModel.DataAnnotations.MaxLengthAttribute"/>, which the HTTP edge enforces before any work and the
/// OpenAPI document shows; the rules use the same numbers (a part added one at a time cannot pass a list's limit either).
/// Together they keep an association well inside a table entity (1 MiB); <c>VerenigingRepository</c> still refuses a
/// document that would not fit.
/// </summary>
public static class InvoerLimieten
{
    public const int Tekst = Waarden.Tekst.StandaardMaxLengte;
    public const int KorteBeschrijving = 1000;
    public const int Persoonsnaam = Waarden.Persoonsnaam.MaxLengte;
    public const int Titularis = 128;
    public const int Straatnaam = 200;
    public const int Huisnummer = 30;
    public const int Postcode = 20;
    public const int Gemeente = 100;
    public const int Code = 50;
    public const int Insz = 20;
    public const int Iban = 50;
    public const int Datum = 30;

    public const int Hoofdactiviteiten = 30;
    public const int Werkingsgebieden = 100;
    public const int Contactgegevens = 50;
    public const int Locaties = 30;
    public const int Vertegenwoordigers = 50;
    public const int Bankrekeningnummers = 10;
    public const int Titularissen = 10;

    /// <summary>The most items <paramref name="lijst"/> (contactgegevens, locaties…) may hold.</summary>
    public static int MaxItems(string lijst) => lijst switch
    {
        "contactgegevens" => Contactgegevens,
        "locaties" => Locaties,
        "vertegenwoordigers" => Vertegenwoordigers,
        "bankrekeningnummers" => Bankrekeningnummers,
        _ => throw new ArgumentOutOfRangeException(nameof(lijst), lijst, "Unknown part list."),
    };
}
