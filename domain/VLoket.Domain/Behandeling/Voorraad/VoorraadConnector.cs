using VLoket.Domain.Instanties;

namespace VLoket.Domain.Behandeling.Voorraad;

/// <summary>
/// The reservation part of the connector contract answered from a lending service's stock in the behandelloket: the
/// availability the loket shows, holds, confirmations and cancellations all come from <see cref="VoorraadOpslag"/>.
/// A hold past its expiry counts as lapsed the moment anyone looks, so expiry needs no background work.
/// </summary>
public sealed class VoorraadConnector(VoorraadOpslag voorraad, TimeProvider klok) : IReservatieConnector
{
    /// <summary>How long a hold waits for the association's confirmation.</summary>
    public static readonly TimeSpan Houdtijd = TimeSpan.FromDays(2);

    /// <summary>The longest period the stock is asked about (a reservation is short; this bounds the day count).</summary>
    public const int MaxDagen = 366;

    public async Task<Beschikbaarheid> BeschikbaarheidAsync(Instantie instantie, string materiaal, DateOnly van, DateOnly tot, CancellationToken ct = default)
    {
        string code = materiaal.ToLowerInvariant();
        var item = await voorraad.ItemAsync(instantie.OvoCode, code, ct);
        int vrij = item is null ? 0 : Vrij(item.Value.Item, await voorraad.ReservatiesAsync(instantie.OvoCode, code, van, tot, ct), van, tot, klok.GetUtcNow());
        return new Beschikbaarheid(code, van, tot, vrij);
    }

    public async Task<Reservatie?> HoudVastAsync(Instantie instantie, ReservatieIndiening indiening, string idempotentieSleutel, CancellationToken ct = default)
    {
        string code = indiening.Materiaal.ToLowerInvariant();
        string reservatieId = $"UL-{idempotentieSleutel}";
        for (int poging = 0; poging < 10; poging++)
        {
            if (await voorraad.ReservatieAsync(instantie.OvoCode, reservatieId, ct) is { } bestaand)
            {
                return AlsReservatie(Actueel(bestaand.Uitlening, klok.GetUtcNow()));
            }

            if (await voorraad.ItemAsync(instantie.OvoCode, code, ct) is not { } item)
            {
                return null;
            }

            var nu = klok.GetUtcNow();
            var reservaties = await voorraad.ReservatiesAsync(instantie.OvoCode, code, indiening.Van, indiening.Tot, ct);
            if (Vrij(item.Item, reservaties, indiening.Van, indiening.Tot, nu) < indiening.Aantal)
            {
                return null;
            }

            var uitlening = new Uitlening(reservatieId, code, indiening.Aantal, indiening.Van, indiening.Tot, ReservatieStatussen.Vastgehouden, nu + Houdtijd,
                indiening.DossierId, indiening.VCode, item.Item.VereistGoedkeuring ? Goedkeuringen.Gevraagd : null, nu);
            if (await voorraad.HoudVastAsync(instantie.OvoCode, uitlening, item.Item, item.Versie, ct))
            {
                return AlsReservatie(uitlening);
            }
        }

        throw new InstantieTijdelijkOnbereikbaarFout(instantie.OvoCode, "de voorraad werd te vaak tegelijk gewijzigd");
    }

    /// <summary>
    /// Confirms a live hold: <see cref="ReservatieStatussen.Bevestigd"/>, or <see cref="ReservatieStatussen.TerGoedkeuring"/> when
    /// the lending service has not approved it yet (it reports its decision later, as an event); null when the hold lapsed,
    /// was cancelled or was refused. Confirming again answers the same.
    /// </summary>
    public Task<Reservatie?> BevestigAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        WijzigAsync(instantie, reservatieId, u => u.Status switch
        {
            ReservatieStatussen.Vastgehouden when u.Goedkeuring == Goedkeuringen.Gevraagd => u with { Status = ReservatieStatussen.TerGoedkeuring },
            ReservatieStatussen.Vastgehouden => u with { Status = ReservatieStatussen.Bevestigd },
            ReservatieStatussen.Bevestigd or ReservatieStatussen.TerGoedkeuring => u,
            _ => null,
        }, ct);

    public async Task<Reservatie> LeesAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        await voorraad.ReservatieAsync(instantie.OvoCode, reservatieId, ct) is { } gelezen
            ? AlsReservatie(Actueel(gelezen.Uitlening, klok.GetUtcNow()))
            : throw new InstantieWeigertFout(instantie.OvoCode, 404, "Deze reservatie bestaat niet.");

    public async Task<Reservatie> AnnuleerAsync(Instantie instantie, string reservatieId, CancellationToken ct = default) =>
        await WijzigAsync(instantie, reservatieId,
            u => u.Status is ReservatieStatussen.Geannuleerd or ReservatieStatussen.Geweigerd ? u : u with { Status = ReservatieStatussen.Geannuleerd }, ct)
        ?? throw new InstantieWeigertFout(instantie.OvoCode, 404, "Deze reservatie bestaat niet.");

    /// <summary>Changes a reservation as it stands now; a concurrent change is read again and the change retried.</summary>
    public async Task<Reservatie?> WijzigAsync(Instantie instantie, string reservatieId, Func<Uitlening, Uitlening?> wijziging, CancellationToken ct)
    {
        for (int poging = 0; poging < 10; poging++)
        {
            if (await voorraad.ReservatieAsync(instantie.OvoCode, reservatieId, ct) is not { } gelezen)
            {
                return null;
            }

            var nu = klok.GetUtcNow();
            var actueel = Actueel(gelezen.Uitlening, nu);
            if (wijziging(actueel) is not { } nieuw)
            {
                return null;
            }

            if (nieuw == actueel || await voorraad.WijzigAsync(instantie.OvoCode, nieuw with { BijgewerktOp = nu }, gelezen.Versie, ct))
            {
                return AlsReservatie(nieuw);
            }
        }

        throw new InstantieTijdelijkOnbereikbaarFout(instantie.OvoCode, "de reservatie werd te vaak tegelijk gewijzigd");
    }

    /// <summary>
    /// How many are free for the whole period: the stock less the busiest day's holds, reservations waiting for approval
    /// and confirmed reservations; none
    /// on a day the item is unavailable.
    /// </summary>
    public static int Vrij(Voorraaditem item, IEnumerable<Uitlening> reservaties, DateOnly van, DateOnly tot, DateTimeOffset nu)
    {
        if (tot < van || tot.DayNumber - van.DayNumber >= MaxDagen || item.Onbeschikbaar.Any(o => o.Van <= tot && van <= o.Tot))
        {
            return 0;
        }

        var actief = reservaties.Select(r => Actueel(r, nu))
            .Where(r => ReservatieStatussen.BezetVoorraad(r.Status) && r.Van <= tot && van <= r.Tot)
            .ToList();
        int drukste = 0;
        // By day number: stepping a DateOnly past tot would throw on the last date there is.
        for (int nummer = van.DayNumber; nummer <= tot.DayNumber; nummer++)
        {
            var dag = DateOnly.FromDayNumber(nummer);
            drukste = Math.Max(drukste, actief.Where(r => r.Van <= dag && dag <= r.Tot).Sum(r => r.Aantal));
        }

        return Math.Max(0, item.Aantal - drukste);
    }

    public static Uitlening Actueel(Uitlening u, DateTimeOffset nu) =>
        u.Status == ReservatieStatussen.Vastgehouden && u.VervaltOp <= nu ? u with { Status = ReservatieStatussen.Vervallen } : u;

    static Reservatie AlsReservatie(Uitlening u) => new(u.ReservatieId, u.Materiaal, u.Aantal, u.Van, u.Tot, u.Status, u.VervaltOp,
        u.Status == ReservatieStatussen.Geweigerd ? u.Motivering : null);
}
