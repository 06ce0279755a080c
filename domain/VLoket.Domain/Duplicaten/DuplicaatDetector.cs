namespace VLoket.Domain.Duplicaten;

/// <summary>
/// Scores how likely two association names in the same postcode or municipality denote the same association,
/// so a de-facto association (which has no KBO number to match on) is not registered twice.
/// </summary>
/// <remarks>
/// <para>
/// Whole-string fuzzy ratios are fooled by near misses that differ in exactly the word that matters
/// ("Chiro Sint-Jan" / "Chiro Sint-Pieter", "KSA Oost" / "KSA West", "Voetbalclub" / "Volleybalclub"):
/// the shared part makes them score as high as a genuine typo. So the score is built per word:
/// </para>
/// <list type="number">
/// <item>normalise both names (<see cref="NaamNormalisatie"/>), dropping stop words and the municipality;</item>
/// <item>resolve initialisms written out in the other name (KLJ ↔ Katholieke Landelijke Jeugd);</item>
/// <item>split compounds with a generic suffix (voetbal + club) and rejoin words the other name writes as one;</item>
/// <item>for each name, the weighted share of its words found in the other name, typos allowed
///   (<see cref="WoordVergelijking"/>, based on FuzzySharp); the words of a name are its <i>coverage</i>;</item>
/// <item>combine the two coverages, leaning on the better one.</item>
/// </list>
/// <para>
/// Leaning on the better coverage encodes the asymmetry between the two kinds of difference: a word <i>missing</i>
/// from one name (vzw, Koninklijke, Gemengd, the parish) is how people shorten the same club, so a name fully
/// contained in the other still scores high; a word <i>replaced</i> by another (Oost/West, Jan/Pieter) lowers
/// both coverages and so the score, because that is how two different clubs differ.
/// </para>
/// </remarks>
public sealed class DuplicaatDetector
{
    /// <summary>
    /// Default threshold, 0.8. With the two-thirds lean on the better coverage this means:
    /// a name fully contained in the other is a duplicate when the shared words carry at least 40% of the
    /// longer name's weight ("OKRA" in "Seniorenvereniging OKRA" passes, "KSA" in "KSA Sint-Jan Oost" does not);
    /// one replaced name word is forgiven only in names of five or more words, i.e. practically never.
    /// Chosen from those two rules, not fitted to the labelled set; on that set it sits in the gap between the
    /// lowest true duplicates (about 0.81) and the highest replaced-word near misses (about 0.77).
    /// </summary>
    public const double StandaardDrempel = 0.8;

    /// <summary>Weight of generic words (club, vereniging, Koninklijke...) relative to a name word.</summary>
    const double GewichtZwakWoord = 0.3;

    /// <summary>Share of the score taken by the better of the two coverages; the rest by the worse one.</summary>
    const double AandeelBesteDekking = 2.0 / 3.0;

    /// <summary>Creates a detector that flags pairs scoring at or above <paramref name="drempel"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not in 0..1.</exception>
    public DuplicaatDetector(double drempel = StandaardDrempel)
    {
        if (double.IsNaN(drempel) || drempel is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(drempel), drempel, "De drempel moet tussen 0 en 1 liggen.");
        }

        Drempel = drempel;
    }

    /// <summary>The threshold at or above which <see cref="IsDuplicaat"/> answers true.</summary>
    public double Drempel { get; }

    /// <summary>
    /// Similarity of two association names in 0..1 (1: same name after normalisation).
    /// <paramref name="gemeentenamen"/> are the municipality and place names both associations share;
    /// they are ignored in the comparison, since every candidate carries them.
    /// </summary>
    public double Score(string naamA, string naamB, IReadOnlyCollection<string> gemeentenamen)
    {
        ArgumentNullException.ThrowIfNull(naamA);
        ArgumentNullException.ThrowIfNull(naamB);
        ArgumentNullException.ThrowIfNull(gemeentenamen);
        return Score(VoorbereideNaam.Maak(naamA, gemeentenamen), VoorbereideNaam.Maak(naamB, gemeentenamen));
    }

    /// <summary>
    /// <see cref="Score(string, string, IReadOnlyCollection{string})"/> on names normalised once beforehand (with the same
    /// municipality names), so a search that scores one name against many does not normalise every candidate again.
    /// </summary>
    public double Score(VoorbereideNaam naamA, VoorbereideNaam naamB)
    {
        IReadOnlyList<string> a = naamA.Tokens, b = naamB.Tokens;
        if (a.Count == 0 || b.Count == 0)
        {
            // A name that is only the municipality ("Gent vzw") has nothing left; compare the full names instead
            // of declaring it equal to, or different from, everything.
            a = naamA.BasisTokens;
            b = naamB.BasisTokens;
        }

        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (voluitA, voluitB) = Initiaalwoorden.Herleid(a, b);
        var woordenA = Samenstellingen.SplitsAlle(voluitA);
        var woordenB = Samenstellingen.SplitsAlle(voluitB);
        VoegAaneengeschrevenSamen(woordenA, woordenB);
        VoegAaneengeschrevenSamen(woordenB, woordenA);

        var dekkingA = Dekking(woordenA, woordenB);
        var dekkingB = Dekking(woordenB, woordenA);
        return AandeelBesteDekking * Math.Max(dekkingA, dekkingB)
            + (1 - AandeelBesteDekking) * Math.Min(dekkingA, dekkingB);
    }

    /// <summary>
    /// The coverage both names of a pair at or above <see cref="Drempel"/> must reach: the score leans
    /// <see cref="AandeelBesteDekking"/> on the better coverage (at most 1), so the worse one must make up the rest.
    /// A candidate search may therefore skip any set of a name's words that weighs less than this share.
    /// </summary>
    public double MinimaleDekking => Math.Max(0, (Drempel - AandeelBesteDekking) / (1 - AandeelBesteDekking));

    /// <summary>Weight of a word in a coverage (generic words weigh less than name words).</summary>
    internal static double Gewicht(string woord) =>
        Woordenlijsten.ZwakkeWoorden.Contains(woord) ? GewichtZwakWoord : 1;

    /// <summary>True when <see cref="Score(string, string, IReadOnlyCollection{string})"/> reaches <see cref="Drempel"/>.</summary>
    public bool IsDuplicaat(string naamA, string naamB, IReadOnlyCollection<string> gemeentenamen) =>
        Score(naamA, naamB, gemeentenamen) >= Drempel;

    /// <summary>Weighted share of <paramref name="woorden"/> found in <paramref name="andere"/>, in 0..1.</summary>
    static double Dekking(List<string> woorden, List<string> andere)
    {
        double gevonden = 0, totaal = 0;
        foreach (var woord in woorden)
        {
            var gewicht = Gewicht(woord);
            totaal += gewicht;
            gevonden += gewicht * BesteKrediet(woord, andere);
        }

        return totaal == 0 ? 0 : gevonden / totaal;
    }

    static double BesteKrediet(string woord, List<string> andere) =>
        andere.Count == 0 ? 0 : andere.Max(w => WoordVergelijking.Krediet(woord, w));

    /// <summary>
    /// Joins two neighbouring words of <paramref name="woorden"/> when the other name writes them as one
    /// ("Chiro Meisjes" / "Chiromeisjes") and the joined form matches better than either part alone.
    /// </summary>
    static void VoegAaneengeschrevenSamen(List<string> woorden, List<string> andere)
    {
        for (var i = 0; i + 1 < woorden.Count; i++)
        {
            var samen = woorden[i] + woorden[i + 1];
            var apart = Math.Max(BesteKrediet(woorden[i], andere), BesteKrediet(woorden[i + 1], andere));
            if (BesteKrediet(samen, andere) > apart)
            {
                woorden[i] = samen;
                woorden.RemoveAt(i + 1);
            }
        }
    }
}
