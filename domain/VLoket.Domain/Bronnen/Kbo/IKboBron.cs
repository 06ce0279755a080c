namespace VLoket.Domain.Bronnen.Kbo;

/// <summary>An enterprise as KBO (Kruispuntbank van Ondernemingen) knows it, with the functions (mandates) it registers.</summary>
public sealed record KboOnderneming(
    string KboNummer, string Naam, string? KorteNaam, string Rechtsvorm, string? Startdatum,
    KboAdres? Zetel, IReadOnlyList<KboContactgegeven>? Contactgegevens, IReadOnlyList<KboFunctie>? Functies = null);

public sealed record KboAdres(string Straatnaam, string Huisnummer, string? Busnummer, string Postcode, string Gemeente, string Land);

public sealed record KboContactgegeven(string Type, string Waarde);

/// <summary>
/// A function a person holds in the enterprise (bestuurder, gedelegeerd bestuurder, …), as KBO gives it through MAGDA:
/// the person's INSZ, the function's name and its period (dates <c>yyyy-MM-dd</c>; no end date while it lasts).
/// </summary>
public sealed record KboFunctie(string Insz, string Voornaam, string Achternaam, string Functie, string? Begindatum, string? Einddatum);

/// <summary>The KBO data-source connector: looks up an enterprise by its number.</summary>
public interface IKboBron
{
    /// <summary>The enterprise, or null when KBO does not know the number. Throws <see cref="BronNietBeschikbaarFout"/> when KBO cannot be reached.</summary>
    Task<KboOnderneming?> ZoekAsync(string kboNummer, CancellationToken ct = default);
}

/// <summary>A data source did not answer. Answers 503: the request can be retried later and changed nothing.</summary>
public sealed class BronNietBeschikbaarFout(string bron, Exception? oorzaak = null)
    : Exception($"{bron} is tijdelijk niet bereikbaar. Er is niets gewijzigd; probeer het later opnieuw.", oorzaak)
{
    public string Bron { get; } = bron;
}
