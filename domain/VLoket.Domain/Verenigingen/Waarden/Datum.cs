using System.Globalization;

namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// Dates typed as <c>yyyy-MM-dd</c> that may not lie in the future (start and end dates). "Today" is passed in so
/// the rule does not depend on the clock of the machine.
/// </summary>
public static class Datum
{
    public const string Formaat = "yyyy-MM-dd";

    /// <summary>A required date, strictly <c>yyyy-MM-dd</c>, not after <paramref name="vandaag"/>.</summary>
    public static DateOnly Create(string? waarde, string veld, DateOnly vandaag) =>
        Optioneel(waarde, veld, vandaag) ?? throw new DomeinFout(veld, "Vul een datum in, zoals 2024-03-15 (jaar-maand-dag).");

    /// <summary>As <see cref="Create"/>, but null when nothing was filled in.</summary>
    public static DateOnly? Optioneel(string? waarde, string veld, DateOnly vandaag)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        // Strictly ten characters of the exact shape: "2024-3-5" or "2024-03-15T00:00" are refused rather than guessed.
        if (!HeeftVorm(waarde)
            || !DateOnly.TryParseExact(waarde, Formaat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            throw new DomeinFout(veld, "Deze datum is ongeldig. Schrijf ze als jaar-maand-dag, zoals 2024-03-15.");
        }

        if (datum > vandaag)
        {
            throw new DomeinFout(veld, "Deze datum ligt in de toekomst. Geef een datum van vandaag of vroeger in.");
        }

        return datum;
    }

    static bool HeeftVorm(string waarde) =>
        waarde.Length == Formaat.Length
        && waarde[4] == '-'
        && waarde[7] == '-'
        && Cijfers.ZijnAlleCijfers(waarde.AsSpan(0, 4))
        && Cijfers.ZijnAlleCijfers(waarde.AsSpan(5, 2))
        && Cijfers.ZijnAlleCijfers(waarde.AsSpan(8, 2));
}
