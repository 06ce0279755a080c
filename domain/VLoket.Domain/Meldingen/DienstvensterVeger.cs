using System.Globalization;
using Azure.Data.Tables;
using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Meldingen;

/// <summary>One service whose window opens or closes on a day the sweep announces.</summary>
public sealed record VensterMoment(Dienst Dienst, bool Sluit, DateOnly Dag, int DagenVooraf);

/// <summary>What one sweep did.</summary>
/// <param name="Diensten">Window moments announced (a service can have one per day swept).</param>
/// <param name="Verenigingen">Active associations judged: those in the areas of the moments' services.</param>
/// <param name="Mails">Outbox rows written.</param>
/// <param name="IndexRijen">Entries of the municipality index read.</param>
/// <param name="Gelezen">Associations read in full (their index entries predate the stored profile).</param>
/// <param name="Dagen">Days swept: today and the days missed since the last sweep.</param>
public sealed record VensterRonde(int Diensten, int Verenigingen, int Mails, int IndexRijen = 0, int Gelezen = 0, int Dagen = 1);

/// <summary>
/// The daily sweep of service windows: finds the services whose window opens or closes in exactly
/// <see cref="DagenVooraf"/> days, reads only the associations in the areas those services cover (from the municipality
/// index, with the profile each entry holds: <see cref="VensterKandidaten"/>), judges each with the eligibility rules,
/// and writes one outbox row per (association, service, moment). The key holds all three, so a second run on the same
/// day writes the same rows and the register sends nothing twice. Days missed since the last sweep (host down) are
/// swept with today, up to <see cref="MaxInhalen"/> days back, for the moments still ahead.
/// </summary>
public sealed class DienstvensterVeger(DienstCatalogus catalogus, VensterKandidaten kandidaten, Tabellen tabellen, MailUitbox uitbox, TimeProvider klok)
{
    /// <summary>How many days before a window opens or closes the association is told.</summary>
    public static readonly IReadOnlyList<int> DagenVooraf = [14, 3];

    /// <summary>How many missed days a sweep catches up; older moments are left (a window that opened is no news).</summary>
    public const int MaxInhalen = 7;

    /// <summary>The table holding the day of the last completed sweep.</summary>
    public const string Tabel = "Dienstvensters";

    const string StaatPartitie = "veger";
    const string StaatRij = "laatste";
    const string DagEigenschap = "Dag";

    static readonly TimeZoneInfo Brussel = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>Today in Belgium: windows are calendar days there.</summary>
    public DateOnly Vandaag => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Brussel).DateTime);

    /// <summary>The services with a window moment announced on <paramref name="vandaag"/>.</summary>
    public static IReadOnlyList<VensterMoment> Momenten(IEnumerable<Dienst> diensten, DateOnly vandaag)
    {
        var momenten = new List<VensterMoment>();
        foreach (var dienst in diensten)
        {
            var venster = Venster.Bepaal(dienst, vandaag);
            foreach (int dagen in DagenVooraf)
            {
                var dag = vandaag.AddDays(dagen);
                if (venster.Open ? venster.SluitOp == dag : venster.OpentOp == dag)
                {
                    momenten.Add(new VensterMoment(dienst, venster.Open, dag, dagen));
                }
            }
        }

        return momenten;
    }

    /// <summary>The outbox key of one moment for one association.</summary>
    public static string Sleutel(string vCode, VensterMoment m) =>
        $"{vCode}.venster.{m.Dienst.Productnummer}.{(m.Sluit ? "sluit" : "open")}.{m.Dag:yyyyMMdd}.{m.DagenVooraf}";

    /// <summary>Runs the sweep for today and the days missed since the last one, then remembers today.</summary>
    public async Task<VensterRonde> VeegAsync(CancellationToken ct = default)
    {
        var vandaag = Vandaag;
        var tabel = await tabellen.TabelAsync(Tabel);
        var staat = await tabel.GetEntityIfExistsAsync<TableEntity>(StaatPartitie, StaatRij, cancellationToken: ct);
        var vanaf = vandaag;
        if (staat.HasValue && DateOnly.TryParseExact(staat.Value!.GetString(DagEigenschap), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var laatste)
            && laatste < vandaag)
        {
            vanaf = laatste.AddDays(1) > vandaag.AddDays(-MaxInhalen) ? laatste.AddDays(1) : vandaag.AddDays(-MaxInhalen);
        }

        var ronde = await VeegAsync(vanaf, vandaag, ct);
        // Only after the rows are written: a sweep that failed half-way is redone whole next time (same keys, no double mail).
        await tabel.UpsertEntityAsync(new TableEntity(StaatPartitie, StaatRij) { [DagEigenschap] = vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) },
            TableUpdateMode.Replace, ct);
        return ronde;
    }

    /// <summary>
    /// Sweeps the moments of the days <paramref name="vanaf"/> to <paramref name="vandaag"/> that are still ahead, judged
    /// as of <paramref name="vandaag"/>. Does not remember the day (benchmarks sweep chosen days with it).
    /// </summary>
    public async Task<VensterRonde> VeegAsync(DateOnly vanaf, DateOnly vandaag, CancellationToken ct = default)
    {
        var diensten = (await catalogus.HuidigAsync(ct)).Diensten;
        var momenten = new List<VensterMoment>();
        for (var dag = vanaf; dag <= vandaag; dag = dag.AddDays(1))
        {
            // A missed day's moment that is today or past is no longer "soon": the window has opened or closed.
            momenten.AddRange(Momenten(diensten, dag).Where(m => m.Dag > vandaag));
        }

        int dagen = vandaag.DayNumber - vanaf.DayNumber + 1;
        if (momenten.Count == 0)
        {
            return new VensterRonde(0, 0, 0, Dagen: dagen);
        }

        var lijst = await kandidaten.LeesAsync(VensterKandidaten.Filters(momenten.Select(m => m.Dienst)), ct);
        var nu = klok.GetUtcNow();
        var perVereniging = new List<IReadOnlyList<UitgaandeMail>>();
        foreach (var (vCode, profiel) in lijst.Profielen)
        {
            List<UitgaandeMail>? mails = null;
            foreach (var m in momenten)
            {
                // Only what applies now: "not yet" (too young, a recognition missing) is no reason to apply in time.
                if (Geschiktheid.Beoordeel(m.Dienst, profiel, vandaag) is { Toepasbaar: true })
                {
                    (mails ??= []).Add(new UitgaandeMail(Sleutel(vCode, m), MailSoort.Dienstvenster, vCode, VerenigingRepository.Tabel, nu,
                        Referentie: $"{m.Dienst.Productnummer}.{(m.Sluit ? "sluit" : "open")}"));
                }
            }

            if (mails is not null)
            {
                perVereniging.Add(mails);
            }
        }

        // One request per association (its rows share a partition), a bounded number in flight.
        await Parallel.ForEachAsync(perVereniging, new ParallelOptions { MaxDegreeOfParallelism = VensterKandidaten.Gelijktijdig, CancellationToken = ct },
            async (mails, c) => await uitbox.BewaarAsync(mails, c));
        return new VensterRonde(momenten.Count, lijst.Profielen.Count, perVereniging.Sum(m => m.Count), lijst.IndexRijen, lijst.Gelezen, dagen);
    }
}
