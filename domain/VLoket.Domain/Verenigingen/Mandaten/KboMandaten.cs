using System.Globalization;
using VLoket.Domain.Bronnen.Kbo;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Verenigingen.Mandaten;

/// <summary>What a KBO look-up changes: the association after it, and one history line per change (empty: nothing changed).</summary>
public sealed record Mandaatwijziging(Vereniging Na, IReadOnlyList<(string Gebeurtenis, string Omschrijving)> Gebeurtenissen);

/// <summary>
/// The rules that tie access to a vzw to the functions KBO registers. Only someone with an active function may add
/// (or join) a vzw from KBO; a representative whose access rests on a KBO function loses it when that function ends.
/// People who hold a function but never claimed the vzw are not made representatives: claiming is their own act.
/// </summary>
public static class KboMandaten
{
    public const string GeenMandaatMelding =
        "Alleen wie volgens de Kruispuntbank van Ondernemingen (KBO) een functie heeft in deze onderneming, zoals een " +
        "bestuurder of een gedelegeerd bestuurder, kan ze toevoegen aan het loket. Vraag een bestuurder van de vereniging om " +
        "dat te doen. Ben je zelf bestuurder, maar staat dat nog niet in de KBO? Laat de vereniging je benoeming dan eerst " +
        "neerleggen bij de griffie van de ondernemingsrechtbank.";

    /// <summary>The functions that hold on <paramref name="vandaag"/>: begun, and not ended before today.</summary>
    public static IReadOnlyList<KboFunctie> Actief(KboOnderneming o, DateOnly vandaag) =>
        (o.Functies ?? []).Where(f => (Datum(f.Begindatum) is not { } begin || begin <= vandaag)
            && (Datum(f.Einddatum) is not { } einde || einde >= vandaag)).ToList();

    /// <summary>The caller's active function, or <see cref="GeenToegangFout"/> (403) saying who can add the vzw.</summary>
    public static KboFunctie VereisFunctie(KboOnderneming o, Gebruiker gebruiker, DateOnly vandaag) =>
        Actief(o, vandaag).FirstOrDefault(f => Cijfers(f.Insz) == gebruiker.Insz.Value) ?? throw new GeenToegangFout(GeenMandaatMelding);

    public static KboMandaat Mandaat(KboFunctie f) => new(f.Functie, f.Begindatum);

    /// <summary>The keyed hashes of everyone with an active function, sorted (stored as <see cref="Vereniging.KboMandaathouders"/>).</summary>
    public static List<string> Houders(KboOnderneming o, DateOnly vandaag, Func<string, string> hash) =>
        Actief(o, vandaag).Select(f => hash(Cijfers(f.Insz))).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Brings the association in line with KBO: representatives whose function ended go (saying why), changed functions
    /// are taken over, new function holders are noted in the history, and <paramref name="aanvrager"/> (a holder who
    /// claims the vzw) joins. When no primary representative is left, the longest-serving one becomes primary.
    /// </summary>
    public static Mandaatwijziging Bijwerken(Vereniging v, KboOnderneming o, DateOnly vandaag, Func<string, string> hash, Gebruiker? aanvrager)
    {
        var actief = Actief(o, vandaag).GroupBy(f => Cijfers(f.Insz)).ToDictionary(g => g.Key, g => g.First());
        var gebeurtenissen = new List<(string, string)>();
        var blijven = new List<Vertegenwoordiger>();
        foreach (var w in v.Vertegenwoordigers)
        {
            if (actief.TryGetValue(w.Insz, out var f))
            {
                var mandaat = Mandaat(f);
                if (w.Mandaat != mandaat)
                {
                    gebeurtenissen.Add(("MandaatWerdOvergenomenUitKbo", $"{Naam(w)} is volgens de KBO {f.Functie}{Sinds(f)}."));
                }

                blijven.Add(w with { Mandaat = mandaat });
            }
            else if (w.Mandaat is { } oud)
            {
                gebeurtenissen.Add(("VertegenwoordigerVerloorMandaat", $"Vertegenwoordiger verwijderd: {Naam(w)}. {Reden(o, w, oud)}"));
            }
            else
            {
                blijven.Add(w);
            }
        }

        int volgendeId = v.VolgendeId;
        if (aanvrager is not null && blijven.All(w => w.Insz != aanvrager.Insz.Value))
        {
            var f = actief.GetValueOrDefault(aanvrager.Insz.Value) ?? throw new GeenToegangFout(GeenMandaatMelding);
            blijven.Add(new Vertegenwoordiger(volgendeId++, aanvrager.Insz.Value, aanvrager.Voornaam, aanvrager.Achternaam,
                null, null, false, null, null, null) { Mandaat = Mandaat(f) });
            gebeurtenissen.Add(("VertegenwoordigerWerdToegevoegdUitKbo",
                $"Vertegenwoordiger toegevoegd: {aanvrager.VolledigeNaam}, {f.Functie} volgens de KBO{Sinds(f)}."));
        }

        if (blijven.Count > 0 && blijven.All(w => !w.IsPrimair))
        {
            blijven[0] = blijven[0] with { IsPrimair = true };
            gebeurtenissen.Add(("PrimaireVertegenwoordigerWerdAangeduid", $"{Naam(blijven[0])} is nu de primaire vertegenwoordiger."));
        }
        else if (blijven.Count == 0 && v.Vertegenwoordigers.Count > 0)
        {
            gebeurtenissen.Add(("GeenVertegenwoordigersMeer",
                "De vereniging heeft geen vertegenwoordigers meer. Wie volgens de KBO een functie heeft, kan ze opnieuw toevoegen via de KBO."));
        }

        foreach (var (insz, f) in actief)
        {
            if (!v.KboMandaathouders.Contains(hash(insz)) && blijven.All(w => w.Insz != insz))
            {
                gebeurtenissen.Add(("NieuwMandaatInKbo",
                    $"Volgens de KBO is {f.Voornaam} {f.Achternaam} {f.Functie}{Sinds(f)}. Die persoon kan de vereniging opnemen via 'vzw toevoegen via KBO'."));
            }
        }

        var na = v with { Vertegenwoordigers = blijven, VolgendeId = volgendeId, KboMandaathouders = Houders(o, vandaag, hash) };
        return new Mandaatwijziging(na, gebeurtenissen);
    }

    static string Reden(KboOnderneming o, Vertegenwoordiger w, KboMandaat oud)
    {
        string? einde = (o.Functies ?? []).Where(f => Cijfers(f.Insz) == w.Insz && f.Functie == oud.Functie && f.Einddatum is not null)
            .Select(f => f.Einddatum).Max(StringComparer.Ordinal);
        return einde is not null
            ? $"Volgens de KBO eindigde het mandaat als {oud.Functie} op {einde}."
            : $"De KBO vermeldt geen mandaat als {oud.Functie} meer.";
    }

    static string Naam(Vertegenwoordiger w) => $"{w.Voornaam} {w.Achternaam}";

    static string Sinds(KboFunctie f) => f.Begindatum is null ? string.Empty : $" sinds {f.Begindatum}";

    static DateOnly? Datum(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>KBO's INSZ in the loket's form (digits only), so it compares with a signed-in person's.</summary>
    public static string Cijfers(string insz) => new([.. insz.Where(char.IsAsciiDigit)]);
}
