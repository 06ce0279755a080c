using System.Globalization;
using VLoket.Domain.Diensten.Model;

namespace VLoket.Domain.Diensten;

/// <summary>
/// Whether a service can be applied for today. Open: <see cref="SluitOp"/> is the last day of the current window (null
/// when applications are accepted all year round). Closed: <see cref="OpentOp"/> is the first day of the next window
/// (null when none is coming).
/// </summary>
public sealed record Venster(bool Open, DateOnly? SluitOp, DateOnly? OpentOp)
{
    public static readonly Venster Doorlopend = new(true, null, null);

    /// <summary>True for a closed window that never opens again: there is nothing left to apply for.</summary>
    public bool IsVoorbij => !Open && OpentOp is null;

    /// <summary>
    /// The window of <paramref name="dienst"/> on <paramref name="vandaag"/>: its application windows, within the
    /// service's start and end dates. Overlapping windows count as one: open until the latest of their closing days.
    /// </summary>
    public static Venster Bepaal(Dienst dienst, DateOnly vandaag)
    {
        DateOnly? start = Datum(dienst.StartDienstVerlening);
        DateOnly? einde = Datum(dienst.EindeDienstVerlening);
        if (einde < vandaag)
        {
            return new Venster(false, null, null);
        }

        // Before the service starts, look at the windows as they will be on its first day.
        DateOnly peildag = start > vandaag ? start.Value : vandaag;
        var vensters = dienst.Geschiktheid.Aanvraagvensters;
        Venster venster = vensters.Count == 0 ? Doorlopend : Combineer(vensters.Select(v => Stand(v, peildag)));
        if (peildag > vandaag)
        {
            venster = new Venster(false, null, venster.Open ? peildag : venster.OpentOp);
        }

        // A window that runs past the end of the service closes with it; one that opens after it never opens.
        if (einde is { } e)
        {
            venster = venster.Open
                ? venster with { SluitOp = venster.SluitOp is { } s && s < e ? s : e }
                : venster with { OpentOp = venster.OpentOp > e ? null : venster.OpentOp };
        }

        return venster;
    }

    /// <summary>The state of one window on <paramref name="dag"/>.</summary>
    public static Venster Stand(Aanvraagvenster venster, DateOnly dag)
    {
        if (!venster.Jaarlijks)
        {
            DateOnly opent = Datum(venster.Opent)!.Value;
            DateOnly sluit = Datum(venster.Sluit)!.Value;
            return dag < opent ? new Venster(false, null, opent)
                : dag <= sluit ? new Venster(true, sluit, null)
                : new Venster(false, null, null);
        }

        // The occurrences that started last year, this year and next year are enough to find the current and next one,
        // also for a window that runs over New Year.
        DateOnly? volgende = null;
        for (int jaar = dag.Year - 1; jaar <= dag.Year + 1; jaar++)
        {
            DateOnly opent = InJaar(venster.Opent, jaar);
            DateOnly sluit = InJaar(venster.Sluit, jaar);
            if (sluit < opent)
            {
                sluit = InJaar(venster.Sluit, jaar + 1);
            }

            if (opent <= dag && dag <= sluit)
            {
                return new Venster(true, sluit, null);
            }

            if (opent > dag && (volgende is null || opent < volgende))
            {
                volgende = opent;
            }
        }

        return new Venster(false, null, volgende);
    }

    static Venster Combineer(IEnumerable<Venster> standen)
    {
        var lijst = standen.ToList();
        var open = lijst.Where(s => s.Open).ToList();
        if (open.Count > 0)
        {
            return new Venster(true, open.Max(s => s.SluitOp), null);
        }

        return new Venster(false, null, lijst.Where(s => s.OpentOp is not null).Min(s => s.OpentOp));
    }

    // "02-29" falls on 28 February in other years: a yearly window keeps its length as closely as the calendar allows.
    static DateOnly InJaar(string maandDag, int jaar)
    {
        int maand = int.Parse(maandDag.AsSpan(0, 2), CultureInfo.InvariantCulture);
        int dag = int.Parse(maandDag.AsSpan(3, 2), CultureInfo.InvariantCulture);
        return new DateOnly(jaar, maand, Math.Min(dag, DateTime.DaysInMonth(jaar, maand)));
    }

    internal static DateOnly? Datum(string? tekst) =>
        DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
