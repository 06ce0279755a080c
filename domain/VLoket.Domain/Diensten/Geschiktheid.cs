using System.Collections.Concurrent;
using VLoket.Domain.Diensten.Model;
using Hoofdactiviteit = VLoket.Domain.Verenigingen.Waarden.Hoofdactiviteit;

namespace VLoket.Domain.Diensten;

/// <summary>How one service relates to one association, with the reasons in Dutch.</summary>
/// <param name="Dienst">The service judged.</param>
/// <param name="Toepasbaar">False when the association lacks something it can still get (recognition, years of activity).</param>
/// <param name="Redenen">Why the service applies: "actief in Gent", "jeugdwerk", "vzw".</param>
/// <param name="Ontbreekt">What is missing before it applies; empty when <paramref name="Toepasbaar"/>.</param>
/// <param name="Venster">Whether it can be applied for today.</param>
public sealed record Beoordeling(Dienst Dienst, bool Toepasbaar, IReadOnlyList<string> Redenen, IReadOnlyList<string> Ontbreekt, Venster Venster)
{
    /// <summary>Applicable and its window is open: it can be applied for now.</summary>
    public bool NuAanvraagbaar => Toepasbaar && Venster.Open;
}

/// <summary>
/// The eligibility rules. A service does not apply at all (null) for the wrong type, area, activity or ages, for a stopped
/// association, or when its last window has passed; it applies "not yet" when the association is too young or lacks a
/// recognition.
/// </summary>
public static class Geschiktheid
{
    /// <summary>Fallback reason for a service without restrictions, so every listed service says why it is there.</summary>
    public const string ElkeVereniging = "voor elke vereniging";

    // Reason texts per code, built once: an overview repeats the same few for many services.
    static readonly ConcurrentDictionary<string, string> GebiedRedenen = new(StringComparer.Ordinal);
    static readonly ConcurrentDictionary<string, string> ActiviteitRedenen = new(StringComparer.Ordinal);
    static readonly ConcurrentDictionary<(int, int), string> DoelgroepRedenen = new();

    /// <summary>How <paramref name="dienst"/> relates to the association on <paramref name="vandaag"/>; null when it does not apply at all.</summary>
    public static Beoordeling? Beoordeel(Dienst dienst, Verenigingsprofiel profiel, DateOnly vandaag)
    {
        // Most services do not apply: decide that without allocating, and only build reasons for the ones that do.
        if (!profiel.Actief || !Past(dienst, profiel, redenen: null))
        {
            return null;
        }

        var venster = Venster.Bepaal(dienst, vandaag);
        if (venster.IsVoorbij)
        {
            return null;
        }

        var criteria = dienst.Geschiktheid;
        var redenen = new List<string>(4);
        Past(dienst, profiel, redenen);
        List<string>? ontbreekt = null;
        Bestaansjaren(criteria, profiel, vandaag, redenen, ref ontbreekt);
        foreach (var erkenning in criteria.Erkenningen)
        {
            if (profiel.Erkenningen.Contains(erkenning.Productnummer))
            {
                redenen.Add(erkenning.Naam);
            }
            else
            {
                (ontbreekt ??= []).Add(erkenning.Naam);
            }
        }

        if (redenen.Count == 0)
        {
            redenen.Add(ElkeVereniging);
        }

        return new Beoordeling(dienst, ontbreekt is null, redenen, ontbreekt ?? (IReadOnlyList<string>)[], venster);
    }

    /// <summary>The criteria that decide whether a service applies at all; adds the reasons when <paramref name="redenen"/> is given.</summary>
    static bool Past(Dienst dienst, Verenigingsprofiel profiel, List<string>? redenen) =>
        Type(dienst.Geschiktheid, profiel, redenen) && Gebied(dienst, profiel, redenen)
        && Activiteit(dienst.Geschiktheid, profiel, redenen) && Leeftijd(dienst.Geschiktheid, profiel, redenen);

    static bool Type(Geschiktheidscriteria criteria, Verenigingsprofiel profiel, List<string>? redenen)
    {
        if (criteria.Verenigingstypes.Count == 0)
        {
            return true;
        }

        // The most specific type that matches names the reason: "feitelijke vereniging" rather than "VZER".
        foreach (string type in profiel.Verenigingstypes)
        {
            if (criteria.Verenigingstypes.Contains(type))
            {
                redenen?.Add(DienstCodes.Verenigingstypes.GetValueOrDefault(type, type));
                return true;
            }
        }

        return false;
    }

    // A municipal service needs the municipality itself: a werkingsgebied covering the whole province is not enough,
    // because local subsidies and permits are for associations that work in that municipality.
    static bool Gebied(Dienst dienst, Verenigingsprofiel profiel, List<string>? redenen)
    {
        var gebieden = dienst.Geschiktheid.Werkingsgebieden.Count > 0 ? dienst.Geschiktheid.Werkingsgebieden : dienst.GeografischToepassingsgebieden;
        if (gebieden.Count == 0)
        {
            return true;
        }

        bool past = false;
        foreach (string gebied in gebieden)
        {
            if (Gebieden.IsOveral(gebied))
            {
                past = true;
            }
            else if (Gebieden.IsProvincie(gebied) ? profiel.Provincies.Contains(gebied) : profiel.Gemeenten.Contains(gebied))
            {
                past = true;
                redenen?.Add(GebiedRedenen.GetOrAdd(gebied, g => "actief in " + Gebieden.Naam(g)));
            }

            if (past && redenen is null)
            {
                return true;
            }
        }

        return past;
    }

    static bool Activiteit(Geschiktheidscriteria criteria, Verenigingsprofiel profiel, List<string>? redenen)
    {
        if (criteria.Hoofdactiviteiten.Count == 0)
        {
            return true;
        }

        bool past = false;
        foreach (string code in criteria.Hoofdactiviteiten)
        {
            if (profiel.Hoofdactiviteiten.Contains(code))
            {
                past = true;
                redenen?.Add(ActiviteitRedenen.GetOrAdd(code, c => Hoofdactiviteit.Hydrate(c).Naam.ToLowerInvariant()));
            }
        }

        return past;
    }

    // The association's target group must reach some of the ages the service is for (overlapping ranges).
    static bool Leeftijd(Geschiktheidscriteria criteria, Verenigingsprofiel profiel, List<string>? redenen)
    {
        if (criteria.Doelgroep is not { } leeftijden)
        {
            return true;
        }

        if (profiel.Minimumleeftijd > leeftijden.Maximumleeftijd || profiel.Maximumleeftijd < leeftijden.Minimumleeftijd)
        {
            return false;
        }

        if (redenen is not null && !profiel.IsIedereen)
        {
            redenen.Add(DoelgroepRedenen.GetOrAdd((profiel.Minimumleeftijd, profiel.Maximumleeftijd), l => $"doelgroep {l.Item1}-{l.Item2} jaar"));
        }

        return true;
    }

    static void Bestaansjaren(Geschiktheidscriteria criteria, Verenigingsprofiel profiel, DateOnly vandaag, List<string> redenen, ref List<string>? ontbreekt)
    {
        int minimum = criteria.MinimumBestaansjaren;
        if (minimum <= 0)
        {
            return;
        }

        if (profiel.Startdatum is not { } start)
        {
            (ontbreekt ??= []).Add($"startdatum van de vereniging (nodig om de minimale werking van {Jaren(minimum)} na te gaan)");
            return;
        }

        int jaren = VolleJaren(start, vandaag);
        if (jaren >= minimum)
        {
            redenen.Add($"bestaat minstens {Jaren(minimum)}");
        }
        else
        {
            (ontbreekt ??= []).Add($"minstens {Jaren(minimum)} werking (de vereniging bestaat {Jaren(jaren)})");
        }
    }

    /// <summary>Full years from <paramref name="start"/> to <paramref name="vandaag"/>, as an age is counted.</summary>
    public static int VolleJaren(DateOnly start, DateOnly vandaag)
    {
        int jaren = vandaag.Year - start.Year;
        return start.AddYears(jaren) > vandaag ? jaren - 1 : jaren;
    }

    static string Jaren(int aantal) => aantal == 0 ? "nog geen jaar" : $"{aantal} jaar";
}
