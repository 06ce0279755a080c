namespace VLoket.Domain.Duplicaten;

/// <summary>
/// The names of one municipality, filed under their <see cref="Blokkeersleutels"/>, so a duplicate search scores only
/// the names that share a key with the new one (its candidates) instead of every name in the municipality.
/// Thread-safe; held in memory.
/// </summary>
/// <remarks>
/// Finds exactly what scoring every name would find, for any threshold:
/// <list type="bullet">
/// <item>A pair at or above the threshold has both coverages at or above <see cref="DuplicaatDetector.MinimaleDekking"/>
///   (0.4 at 0.8), so some word of the new name outside any set weighing less than that share has credit. The search
///   therefore looks up the new name's rarest words until what is left weighs less than that share, and skips the
///   common ones (sint, chiro in a city) whenever the rare ones carry enough weight.</item>
/// <item>A word has credit only against an equal word, a typo of it, or (generic words) any generic word: each word
///   looked up is widened to the typos of it among the municipality's keys, by the scorer's own rule.</item>
/// <item>Pairs the scorer rewrites first (an initialism written out, two words written as one) meet on the keys of the
///   rewritten form, which are always looked up.</item>
/// <item>Names with no identifying word left (only the municipality) are compared on all their words: they are
///   always candidates, and such a new name is compared with every name.</item>
/// </list>
/// </remarks>
public sealed class KandidatenIndex<T>
{
    readonly IReadOnlyCollection<string> gemeentenamen;
    readonly DuplicaatDetector detector;
    readonly Dictionary<string, (string Naam, T Waarde)> perId = new(StringComparer.Ordinal);
    readonly Dictionary<string, Naamgroep> perNaam = new(StringComparer.Ordinal);
    readonly Dictionary<string, HashSet<string>> perSleutel = new(StringComparer.Ordinal);
    readonly Dictionary<int, HashSet<string>> sleutelsPerLengte = [];
    readonly HashSet<string> zonderWoorden = new(StringComparer.Ordinal);
    readonly Lock slot = new();

    /// <summary>An index for names compared in a municipality with these names (they are dropped from every name).</summary>
    public KandidatenIndex(IReadOnlyCollection<string> gemeentenamen, DuplicaatDetector detector)
    {
        this.gemeentenamen = gemeentenamen;
        this.detector = detector;
    }

    /// <summary>
    /// Every id with one exact name: keys and scores belong to the name, so a city where many clubs share a name
    /// files and scores it once. Postings hold names, not ids.
    /// </summary>
    sealed record Naamgroep(VoorbereideNaam Naam, HashSet<string> Sleutels, Dictionary<string, T> Ids);

    /// <summary>Number of names held.</summary>
    public int Aantal
    {
        get
        {
            lock (slot)
            {
                return perId.Count;
            }
        }
    }

    /// <summary>Adds the name under <paramref name="id"/>, or replaces what that id held.</summary>
    public void Zet(string id, string naam, T waarde)
    {
        lock (slot)
        {
            // The same name again (a delta read sees this instance's own writes and rows within its margin once more):
            // only the value changes, the name stays filed.
            if (perId.TryGetValue(id, out var eerder) && eerder.Naam == naam && perNaam.TryGetValue(naam, out var zelfde))
            {
                perId[id] = (naam, waarde);
                zelfde.Ids[id] = waarde;
                return;
            }

            VerwijderZonderSlot(id);
            perId[id] = (naam, waarde);
            if (perNaam.TryGetValue(naam, out var groep))
            {
                groep.Ids[id] = waarde;
                return;
            }
        }

        // Normalising is the costly part: outside the lock, then filed (another writer may have filed the name meanwhile).
        var voorbereid = VoorbereideNaam.Maak(naam, gemeentenamen);
        var nieuw = new Naamgroep(voorbereid, Blokkeersleutels.Van(voorbereid.Tokens), new Dictionary<string, T>(StringComparer.Ordinal));
        lock (slot)
        {
            if (!perId.TryGetValue(id, out var huidig) || huidig.Naam != naam)
            {
                return; // replaced or removed meanwhile
            }

            if (!perNaam.TryGetValue(naam, out var groep))
            {
                perNaam[naam] = groep = nieuw;
                Archiveer(naam, groep);
            }

            groep.Ids[id] = huidig.Waarde;
        }
    }

    void Archiveer(string naam, Naamgroep groep)
    {
        if (groep.Naam.Tokens.Count == 0)
        {
            zonderWoorden.Add(naam);
        }

        foreach (string sleutel in groep.Sleutels)
        {
            if (!perSleutel.TryGetValue(sleutel, out var namen))
            {
                perSleutel[sleutel] = namen = new HashSet<string>(StringComparer.Ordinal);
                if (sleutel != Blokkeersleutels.Generiek)
                {
                    WoordenVan(sleutel.Length).Add(sleutel);
                }
            }

            namen.Add(naam);
        }
    }

    /// <summary>Removes the name filed under <paramref name="id"/>, if any.</summary>
    public void Verwijder(string id)
    {
        lock (slot)
        {
            VerwijderZonderSlot(id);
        }
    }

    /// <summary>
    /// The names scoring at or above the detector's threshold against <paramref name="naam"/>, best first,
    /// leaving out <paramref name="behalve"/> (the association itself).
    /// </summary>
    public IReadOnlyList<(T Waarde, double Score)> Zoek(string naam, string? behalve = null)
    {
        var nieuw = VoorbereideNaam.Maak(naam, gemeentenamen);
        List<Naamgroep> kandidaten;
        lock (slot)
        {
            kandidaten = Kandidaten(nieuw).ToList();
        }

        var gevonden = new List<(T, double)>();
        foreach (var groep in kandidaten)
        {
            double score = detector.Score(nieuw, groep.Naam);
            if (score < detector.Drempel)
            {
                continue;
            }

            lock (slot)
            {
                gevonden.AddRange(groep.Ids.Where(i => i.Key != behalve).Select(i => (i.Value, score)));
            }
        }

        return gevonden.OrderByDescending(g => g.Item2).ToList();
    }

    /// <summary>How many distinct names a search for <paramref name="naam"/> would score (for tests and benchmarks).</summary>
    public int AantalKandidaten(string naam)
    {
        var nieuw = VoorbereideNaam.Maak(naam, gemeentenamen);
        lock (slot)
        {
            return Kandidaten(nieuw).Count();
        }
    }

    IEnumerable<Naamgroep> Kandidaten(VoorbereideNaam nieuw)
    {
        if (nieuw.Tokens.Count == 0 || detector.Drempel <= 0)
        {
            return perNaam.Values;
        }

        var ids = new HashSet<string>(zonderWoorden, StringComparer.Ordinal);
        foreach (string sleutel in Blokkeersleutels.Herschrijvingen(nieuw.Tokens))
        {
            VoegToe(ids, MetTypfouten(sleutel));
        }

        // The new name's words, rarest first, until the words left weigh less than the coverage any match needs.
        var woorden = Samenstellingen.SplitsAlle(nieuw.Tokens);
        double totaal = woorden.Sum(DuplicaatDetector.Gewicht);
        double overblijvend = totaal;
        double grens = detector.MinimaleDekking * totaal - 1e-9;
        var perWoord = woorden.Distinct(StringComparer.Ordinal)
            .Select(w => (Woord: w, Gewicht: woorden.Count(x => x == w) * DuplicaatDetector.Gewicht(w), Ids: Treffers(w)))
            .OrderBy(w => w.Ids.Sum(i => i.Count));
        foreach (var (_, gewicht, treffers) in perWoord)
        {
            if (overblijvend < grens)
            {
                break;
            }

            VoegToe(ids, treffers);
            overblijvend -= gewicht;
        }

        return ids.Select(n => perNaam[n]);
    }

    /// <summary>The id sets of the keys a word has credit with: itself, its typos, and for a generic word every generic word.</summary>
    List<HashSet<string>> Treffers(string woord)
    {
        var treffers = MetTypfouten(woord);
        if (Blokkeersleutels.IsGeneriek(woord) && perSleutel.TryGetValue(Blokkeersleutels.Generiek, out var generiek))
        {
            treffers.Add(generiek);
        }

        return treffers;
    }

    List<HashSet<string>> MetTypfouten(string woord)
    {
        var treffers = new List<HashSet<string>>();
        if (perSleutel.TryGetValue(woord, out var exact))
        {
            treffers.Add(exact);
        }

        // Typos only count between words of four letters or more without digits, at most three edits apart (WoordVergelijking).
        if (woord.Length < 4 || woord.Any(char.IsDigit))
        {
            return treffers;
        }

        for (int lengte = Math.Max(4, woord.Length - 3); lengte <= woord.Length + 3; lengte++)
        {
            if (!sleutelsPerLengte.TryGetValue(lengte, out var sleutels))
            {
                continue;
            }

            foreach (string sleutel in sleutels)
            {
                if (sleutel != woord && WoordVergelijking.Krediet(woord, sleutel) > 0)
                {
                    treffers.Add(perSleutel[sleutel]);
                }
            }
        }

        return treffers;
    }

    static void VoegToe(HashSet<string> ids, List<HashSet<string>> treffers)
    {
        foreach (var t in treffers)
        {
            ids.UnionWith(t);
        }
    }

    HashSet<string> WoordenVan(int lengte)
    {
        if (!sleutelsPerLengte.TryGetValue(lengte, out var woorden))
        {
            sleutelsPerLengte[lengte] = woorden = new HashSet<string>(StringComparer.Ordinal);
        }

        return woorden;
    }

    void VerwijderZonderSlot(string id)
    {
        if (!perId.Remove(id, out var oud) || !perNaam.TryGetValue(oud.Naam, out var groep))
        {
            return;
        }

        groep.Ids.Remove(id);
        if (groep.Ids.Count > 0)
        {
            return;
        }

        perNaam.Remove(oud.Naam);
        zonderWoorden.Remove(oud.Naam);
        foreach (string sleutel in groep.Sleutels)
        {
            if (perSleutel.TryGetValue(sleutel, out var namen) && namen.Remove(oud.Naam) && namen.Count == 0)
            {
                perSleutel.Remove(sleutel);
                WoordenVan(sleutel.Length).Remove(sleutel);
            }
        }
    }
}
