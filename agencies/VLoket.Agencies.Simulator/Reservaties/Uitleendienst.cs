namespace VLoket.Agencies.Simulator.Reservaties;

/// <summary>The outcome of a hold: a new reservation, the one an earlier request with the same key made, or not enough stock.</summary>
public enum HoudUitkomst
{
    Nieuw,
    Herhaald,
    NietBeschikbaar,
}

/// <summary>
/// One agency's lending stock and reservations, in memory. A hold past its expiry counts as Vervallen the moment anyone
/// looks, so expiry needs no background work and frees the stock exactly on time.
/// </summary>
public sealed class Uitleendienst(string voorvoegsel, TimeProvider tijd, TimeSpan houdtijd)
{
    /// <summary>The fixed stock per material code; a code not listed is not lent by this agency (0 available).</summary>
    public static readonly IReadOnlyDictionary<string, int> Voorraad = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["tent"] = 3,
        ["podium"] = 1,
        ["zaal"] = 1,
        ["nadar"] = 20,
        ["feestzaal"] = 1,
    };

    /// <summary>The material a reservation of which the lending service approves or refuses first (contract 1.2).</summary>
    public static readonly IReadOnlySet<string> VereistGoedkeuring = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "feestzaal" };

    readonly Lock slot = new();
    readonly List<Reservatie> reservaties = [];
    readonly Dictionary<string, string> perSleutel = new(StringComparer.Ordinal);

    /// <summary>Per reservation that needs approval: whether the lending service decided yet (null: not yet).</summary>
    readonly Dictionary<string, bool?> goedkeuringen = new(StringComparer.Ordinal);

    /// <summary>Where each hold asked its approval to be reported.</summary>
    readonly Dictionary<string, Uri> terugmeldingen = new(StringComparer.Ordinal);

    public int Beschikbaar(string materiaal, DateOnly van, DateOnly tot)
    {
        lock (slot)
        {
            return BeschikbaarZonderSlot(materiaal, van, tot);
        }
    }

    /// <summary>Holds stock under <paramref name="sleutel"/>: the same key always gives the same reservation.</summary>
    public (HoudUitkomst Uitkomst, Reservatie? Reservatie) HoudVast(string sleutel, string dossierId, string vCode, string materiaal, int aantal, DateOnly van, DateOnly tot,
        Uri? callbackUrl = null)
    {
        lock (slot)
        {
            if (perSleutel.TryGetValue(sleutel, out string? bestaande))
            {
                return (HoudUitkomst.Herhaald, ZoekZonderSlot(bestaande));
            }

            if (BeschikbaarZonderSlot(materiaal, van, tot) < aantal)
            {
                return (HoudUitkomst.NietBeschikbaar, null);
            }

            var nu = tijd.GetUtcNow();
            var reservatie = new Reservatie($"{voorvoegsel}-R{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}", dossierId, vCode,
                materiaal.ToLowerInvariant(), aantal, van, tot, ReservatieStatus.Vastgehouden, nu + houdtijd, nu);
            reservaties.Add(reservatie);
            perSleutel.Add(sleutel, reservatie.ReservatieId);
            if (VereistGoedkeuring.Contains(materiaal))
            {
                goedkeuringen.Add(reservatie.ReservatieId, null);
            }

            if (callbackUrl is not null)
            {
                terugmeldingen.Add(reservatie.ReservatieId, callbackUrl);
            }

            return (HoudUitkomst.Nieuw, reservatie);
        }
    }

    /// <summary>
    /// Confirms a live hold; waiting for approval (TerGoedkeuring) when the lending service has not approved it yet; null
    /// when the hold expired, was cancelled or refused. Confirming twice is harmless.
    /// </summary>
    public Reservatie? Bevestig(Reservatie reservatie) => Wijzig(reservatie.ReservatieId, r => r.Status switch
    {
        ReservatieStatus.Vastgehouden when goedkeuringen.TryGetValue(r.ReservatieId, out var beslist) && beslist is null
            => r with { Status = ReservatieStatus.TerGoedkeuring, BijgewerktOp = tijd.GetUtcNow() },
        ReservatieStatus.Vastgehouden => r with { Status = ReservatieStatus.Bevestigd, BijgewerktOp = tijd.GetUtcNow() },
        ReservatieStatus.Bevestigd or ReservatieStatus.TerGoedkeuring => r,
        _ => null,
    });

    /// <summary>
    /// The lending service approves (a confirmed reservation is then Bevestigd, a hold stays a hold) or refuses (Geweigerd,
    /// the stock free); null when the reservation does not wait for a decision. Gives where to report it, if anywhere.
    /// </summary>
    public (Reservatie? Reservatie, Uri? CallbackUrl) Beslis(Reservatie reservatie, bool goedgekeurd, string? motivering)
    {
        lock (slot)
        {
            var nu = tijd.GetUtcNow();
            var beslist = Wijzig(reservatie.ReservatieId, r =>
                !goedkeuringen.TryGetValue(r.ReservatieId, out var al) || al is not null || r.Status is not (ReservatieStatus.Vastgehouden or ReservatieStatus.TerGoedkeuring)
                    ? null
                    : goedgekeurd
                        ? r with { Status = r.Status == ReservatieStatus.TerGoedkeuring ? ReservatieStatus.Bevestigd : r.Status, BijgewerktOp = nu }
                        : r with { Status = ReservatieStatus.Geweigerd, Motivering = motivering, BijgewerktOp = nu });
            if (beslist is not null)
            {
                goedkeuringen[beslist.ReservatieId] = goedgekeurd;
            }

            return (beslist, terugmeldingen.GetValueOrDefault(reservatie.ReservatieId));
        }
    }

    /// <summary>Cancels whatever the reservation's state, releasing its stock; cancelling twice is harmless, a refused one stays refused.</summary>
    public Reservatie Annuleer(Reservatie reservatie) => Wijzig(reservatie.ReservatieId, r => r.Status is ReservatieStatus.Geannuleerd or ReservatieStatus.Geweigerd
        ? r
        : r with { Status = ReservatieStatus.Geannuleerd, BijgewerktOp = tijd.GetUtcNow() })!;

    public Reservatie? Zoek(string reservatieId)
    {
        lock (slot)
        {
            return ZoekZonderSlot(reservatieId);
        }
    }

    public IReadOnlyList<Reservatie> Alle()
    {
        lock (slot)
        {
            return [.. reservaties.Select(Actueel)];
        }
    }

    Reservatie? Wijzig(string reservatieId, Func<Reservatie, Reservatie?> wijziging)
    {
        lock (slot)
        {
            int index = reservaties.FindIndex(r => r.ReservatieId == reservatieId);
            var nieuw = wijziging(Actueel(reservaties[index]));
            if (nieuw is not null)
            {
                reservaties[index] = nieuw;
            }

            return nieuw;
        }
    }

    Reservatie? ZoekZonderSlot(string reservatieId) => reservaties.FirstOrDefault(r => r.ReservatieId == reservatieId) is { } r ? Actueel(r) : null;

    int BeschikbaarZonderSlot(string materiaal, DateOnly van, DateOnly tot)
    {
        // Every reservation that overlaps any day of the period counts, not only the busiest day's: stricter than an
        // agency would be, but simple, and it never lends more than it has.
        int bezet = reservaties.Select(Actueel)
            .Where(r => r.Status is ReservatieStatus.Vastgehouden or ReservatieStatus.TerGoedkeuring or ReservatieStatus.Bevestigd)
            .Where(r => string.Equals(r.Materiaal, materiaal, StringComparison.OrdinalIgnoreCase) && r.Van <= tot && van <= r.Tot)
            .Sum(r => r.Aantal);
        return Math.Max(0, Voorraad.GetValueOrDefault(materiaal) - bezet);
    }

    /// <summary>The reservation as it stands now: a hold past its expiry has lapsed.</summary>
    Reservatie Actueel(Reservatie r) => r.Status == ReservatieStatus.Vastgehouden && r.VervaltOp <= tijd.GetUtcNow()
        ? r with { Status = ReservatieStatus.Vervallen, BijgewerktOp = r.VervaltOp }
        : r;
}
