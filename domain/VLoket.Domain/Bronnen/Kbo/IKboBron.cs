namespace VLoket.Domain.Bronnen.Kbo;

/// <summary>An enterprise as KBO (Kruispuntbank van Ondernemingen) knows it.</summary>
public sealed record KboOnderneming(
    string KboNummer, string Naam, string? KorteNaam, string Rechtsvorm, string? Startdatum,
    KboAdres? Zetel, IReadOnlyList<KboContactgegeven>? Contactgegevens);

public sealed record KboAdres(string Straatnaam, string Huisnummer, string? Busnummer, string Postcode, string Gemeente, string Land);

public sealed record KboContactgegeven(string Type, string Waarde);

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
