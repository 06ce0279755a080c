using System.Globalization;
using System.Text.Json;
using VLoket.Domain.Verenigingen.Model;
using PostcodeRegister = VLoket.Domain.Verenigingen.Waarden.PostcodeRegister;
using WaardenDoelgroep = VLoket.Domain.Verenigingen.Waarden.Doelgroep;

namespace VLoket.Domain.Diensten;

/// <summary>
/// What eligibility needs to know of one association, computed once per overview so matching the whole catalogue is a
/// single cheap pass: its type, activities, where it is active, ages, start date and recognitions.
/// <see cref="Verenigingstypes"/> lists the most specific first: an association registered here is type VZER with
/// subtype FV, as in the Verenigingsregister, and a service for either applies to it.
/// </summary>
public sealed record Verenigingsprofiel(
    IReadOnlyList<string> Verenigingstypes,
    IReadOnlySet<string> Hoofdactiviteiten,
    IReadOnlySet<string> Gemeenten,
    IReadOnlySet<string> Provincies,
    int Minimumleeftijd,
    int Maximumleeftijd,
    DateOnly? Startdatum,
    IReadOnlySet<string> Erkenningen,
    bool Actief)
{
    /// <summary>
    /// The association's profile. It is active in the municipalities of its werkingsgebieden and of its locations (a
    /// KBO association often has only its seat), and in the provinces of those municipalities or named as werkingsgebied.
    /// </summary>
    public static Verenigingsprofiel Van(Vereniging v)
    {
        var gemeenten = new HashSet<string>(StringComparer.Ordinal);
        var provincies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gebied in v.Werkingsgebieden)
        {
            if (Gebieden.IsProvincie(gebied.Code))
            {
                provincies.Add(gebied.Code);
            }
            else if (PostcodeRegister.Instance.IsGemeenteCode(gebied.Code))
            {
                gemeenten.Add(gebied.Code);
            }
        }

        foreach (var locatie in v.Locaties)
        {
            if (PostcodeRegister.Instance.Zoek(locatie.Adres.Postcode) is { } postcode)
            {
                gemeenten.Add(postcode.NutsLau);
            }
        }

        foreach (string gemeente in gemeenten)
        {
            provincies.Add(Gebieden.ProvincieVan(gemeente));
        }

        DateOnly? start = DateOnly.TryParseExact(v.Startdatum, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        IReadOnlyList<string> types = v.Verenigingssubtype is { } subtype ? [subtype.Code, v.Verenigingstype.Code] : [v.Verenigingstype.Code];
        return new Verenigingsprofiel(
            types,
            v.Hoofdactiviteiten.Select(h => h.Code).ToHashSet(StringComparer.Ordinal),
            gemeenten,
            provincies,
            v.Doelgroep.Minimumleeftijd,
            v.Doelgroep.Maximumleeftijd,
            start,
            // The register holds no recognitions yet (domain.md section 1 describes them); until it does, none are held.
            new HashSet<string>(StringComparer.Ordinal),
            v.Status == Statussen.Actief);
    }

    /// <summary>True when the target group is the default "everyone": then ages are no reason to mention.</summary>
    public bool IsIedereen => Minimumleeftijd == WaardenDoelgroep.LaagsteLeeftijd && Maximumleeftijd == WaardenDoelgroep.HoogsteLeeftijd;

    /// <summary>
    /// The profile as stored beside the association's entries in the municipality index, so the daily window sweep
    /// judges an association without reading it. Sets in ordinal order, so equal profiles give equal text.
    /// </summary>
    public string NaarJson() => JsonSerializer.Serialize(new Bewaard(
        [.. Verenigingstypes], [.. Hoofdactiviteiten.Order(StringComparer.Ordinal)], [.. Gemeenten.Order(StringComparer.Ordinal)],
        [.. Provincies.Order(StringComparer.Ordinal)], Minimumleeftijd, Maximumleeftijd, Startdatum, [.. Erkenningen.Order(StringComparer.Ordinal)], Actief));

    /// <summary>A profile stored by <see cref="NaarJson"/>; trusted, as stored data is.</summary>
    public static Verenigingsprofiel Hydrate(string json)
    {
        var b = JsonSerializer.Deserialize<Bewaard>(json) ?? throw new InvalidOperationException("No stored profile.");
        return new Verenigingsprofiel(b.T, b.H.ToHashSet(StringComparer.Ordinal), b.G.ToHashSet(StringComparer.Ordinal),
            b.P.ToHashSet(StringComparer.Ordinal), b.Min, b.Max, b.S, b.E.ToHashSet(StringComparer.Ordinal), b.A);
    }

    // Short names: the index holds one copy per municipality of every association.
    sealed record Bewaard(string[] T, string[] H, string[] G, string[] P, int Min, int Max, DateOnly? S, string[] E, bool A);
}
