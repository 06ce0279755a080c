namespace VLoket.Domain.Duplicaten;

/// <summary>
/// The small Dutch word lists behind name normalisation and scoring.
/// Kept apart from the algorithm so a reviewer can read (and argue about) the language choices in one place.
/// All entries are already normalised: lowercase, no accents.
/// </summary>
static class Woordenlijsten
{
    /// <summary>
    /// Words that say nothing about which association is meant: articles, prepositions, conjunctions,
    /// the elided 't / 's, and legal-form labels. Two registrations of the same club differ in exactly these.
    /// </summary>
    public static readonly IReadOnlySet<string> StopWoorden = new HashSet<string>(StringComparer.Ordinal)
    {
        // Articles and elisions ('t Kofschip, 's-Gravenwezel lose their apostrophe during tokenising).
        "de", "het", "een", "t", "s", "des", "der", "den",
        // Prepositions and conjunctions that glue name parts together.
        "van", "en", "in", "op", "te", "ten", "ter", "voor", "aan", "bij", "met", "uit", "onder", "over", "tot",
        // Legal forms: vzw, ivzw, "feitelijke vereniging" (fv) and the French asbl used in bilingual names.
        "vzw", "ivzw", "fv", "feitelijke", "asbl",
    };

    /// <summary>Abbreviations people write instead of the full word; expanded so both spellings meet.</summary>
    public static readonly IReadOnlyDictionary<string, string> Afkortingen = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["st"] = "sint",
        ["ste"] = "sinte",
        ["kon"] = "koninklijke",
    };

    /// <summary>
    /// Generic "what kind of organisation" words. Dutch glues them onto the activity (voetbal+club, toneel+kring),
    /// and people swap them freely (toneelkring, toneelgroep, toneelvereniging), so they carry little identity.
    /// Deliberately absent: raad, huis, beweging, koor, fanfare, harmonie. Those name a different kind of body
    /// (a seniorenraad is an advisory council, not a seniors' club), so they must keep full weight.
    /// </summary>
    public static readonly IReadOnlyList<string> GeneriekeAchtervoegsels =
    [
        "vereniging", "club", "klub", "kring", "groep", "comite", "gezelschap", "genootschap",
    ];

    /// <summary>
    /// Words that may be present in one registration and absent in the other without changing who is meant:
    /// the honorary title "Koninklijke" and "afdeling" (local branch of a national movement), plus the generic suffixes.
    /// </summary>
    public static readonly IReadOnlySet<string> ZwakkeWoorden =
        new HashSet<string>(["koninklijke", "afdeling", .. GeneriekeAchtervoegsels], StringComparer.Ordinal);
}
