namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>The outcome of a submission: a new case, the case an earlier submission with the same key made, or a scripted outage.</summary>
public enum IndieningUitkomst
{
    Nieuw,
    Herhaald,
    Storing,
}

/// <summary>
/// One agency's memory: its cases, which Idempotency-Key made which case, and how often each key met a scripted outage.
/// In memory only: a restarted simulator has forgotten everything, like an agency whose test environment was reset.
/// </summary>
public sealed class InstantieRegister(Instantie instantie)
{
    readonly Lock slot = new();
    readonly List<ZaakToestand> zaken = [];
    readonly Dictionary<string, ZaakToestand> perZaakId = new(StringComparer.Ordinal);
    readonly Dictionary<string, ZaakToestand> perSleutel = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> storingenPerSleutel = new(StringComparer.Ordinal);

    public Instantie Instantie { get; } = instantie;

    /// <summary>
    /// Accepts a submission under <paramref name="sleutel"/>: the same key always gives the same case, and a
    /// <c>storing-N</c> scenario fails the first N submissions of that key before the case is made.
    /// <paramref name="maak"/> builds the case (and may already decide it) before anyone else can see it.
    /// </summary>
    public (IndieningUitkomst Uitkomst, ZaakToestand? Zaak) Indienen(string sleutel, Scenario scenario, Func<ZaakToestand> maak)
    {
        lock (slot)
        {
            if (perSleutel.TryGetValue(sleutel, out var bestaande))
            {
                return (IndieningUitkomst.Herhaald, bestaande);
            }

            int storingen = storingenPerSleutel.GetValueOrDefault(sleutel);
            if (storingen < scenario.Storingen)
            {
                storingenPerSleutel[sleutel] = storingen + 1;
                return (IndieningUitkomst.Storing, null);
            }

            var zaak = maak();
            zaken.Add(zaak);
            perZaakId.Add(zaak.ZaakId, zaak);
            perSleutel.Add(sleutel, zaak);
            return (IndieningUitkomst.Nieuw, zaak);
        }
    }

    public ZaakToestand? Zoek(string zaakId)
    {
        lock (slot)
        {
            return perZaakId.GetValueOrDefault(zaakId);
        }
    }

    /// <summary>All cases in the order they were made.</summary>
    public IReadOnlyList<ZaakToestand> Alle()
    {
        lock (slot)
        {
            return [.. zaken];
        }
    }

    /// <summary>A case id that says which agency made it and cannot collide with an earlier run's ids.</summary>
    public string NieuwZaakId() => $"{Instantie.ZaakVoorvoegsel}-{Guid.NewGuid().ToString("N")[..12].ToUpperInvariant()}";
}
