using System.Collections.Concurrent;
using Azure.Data.Tables;
using VLoket.Domain.Duplicaten;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Opslag;

/// <summary>An entry of the <see cref="GemeenteIndex"/> as a cache holds it: the vCode and, when it fits, the entry's JSON.</summary>
public sealed record GemeenteIndexRij(string VCode, string? Json);

/// <summary>How current and how large an instance's <see cref="KandidatenCache"/> stays.</summary>
/// <param name="Verversing">At most this old before a search first reads what other instances wrote since (a delta, not the partition).</param>
/// <param name="MaxNamen">Names held over all municipalities; the least recently searched municipalities go first.</param>
public sealed record KandidatenCacheOpties(TimeSpan Verversing, int MaxNamen)
{
    public static KandidatenCacheOpties Standaard { get; } = new(TimeSpan.FromSeconds(2), 400_000);
}

/// <summary>
/// This instance's blocking indexes (<see cref="KandidatenIndex{T}"/>) of the <see cref="GemeenteIndex"/> table, one per
/// municipality, so a duplicate check costs its candidates instead of a read of the whole municipality.
/// </summary>
/// <remarks>
/// The table stays the truth; every instance holds a copy of the municipalities it searched recently. A municipality
/// is read whole once (first search, or <see cref="VoorverwarmAsync"/>); afterwards only rows written since the last
/// read (their <c>Timestamp</c>, with a margin for writes still committing) once they are older than
/// <see cref="KandidatenCacheOpties.Verversing"/>. Removals are tombstones (<c>Actief = false</c>) so deltas see them.
/// This instance's own writes apply at once. So a search may miss a registration another instance made in the last
/// couple of seconds, never one of its own; matches are read back from the table before they are shown.
/// </remarks>
public sealed class KandidatenCache(Tabellen tabellen, DuplicaatDetector detector, TimeProvider klok, KandidatenCacheOpties opties)
{
    internal const string NaamEigenschap = "Naam";
    internal const string ActiefEigenschap = "Actief";

    // Rows that commit while a delta is read carry a Timestamp slightly before the read: read a margin back.
    static readonly TimeSpan Marge = TimeSpan.FromSeconds(5);

    readonly ConcurrentDictionary<string, Gemeente> gemeenten = new(StringComparer.Ordinal);
    readonly SemaphoreSlim achtergrond = new(1, 1);

    sealed class Gemeente(KandidatenIndex<GemeenteIndexRij> index)
    {
        public KandidatenIndex<GemeenteIndexRij> Index { get; } = index;
        public SemaphoreSlim Poort { get; } = new(1, 1);
        public DateTimeOffset? Watermerk { get; set; }
        // Ticks, read by checks without the gate: a long is read whole, a DateTimeOffset is not.
        long verversdOp;

        public DateTimeOffset VerversdOp
        {
            get => new(Interlocked.Read(ref verversdOp), TimeSpan.Zero);
            set => Interlocked.Exchange(ref verversdOp, value.UtcTicks);
        }
        public long GebruiktOp;
        public bool Geladen;
    }

    /// <summary>
    /// The municipality's index. Read whole on first use; when older than <see cref="KandidatenCacheOpties.Verversing"/>
    /// the rows written since are read in the background (one at a time per instance), so a check never waits for it.
    /// </summary>
    public async Task<KandidatenIndex<GemeenteIndexRij>> IndexAsync(string nutsLau, CancellationToken ct = default)
    {
        var gemeente = Voor(nutsLau);
        Interlocked.Exchange(ref gemeente.GebruiktOp, klok.GetTimestamp());
        if (!Volatile.Read(ref gemeente.Geladen))
        {
            await gemeente.Poort.WaitAsync(ct);
            try
            {
                if (!gemeente.Geladen)
                {
                    await LeesAsync(nutsLau, gemeente, ct);
                }
            }
            finally
            {
                gemeente.Poort.Release();
            }
        }
        else if (klok.GetUtcNow() - gemeente.VerversdOp > opties.Verversing && achtergrond.Wait(0))
        {
            _ = VerversAsync(nutsLau, gemeente);
        }

        return gemeente.Index;
    }

    async Task VerversAsync(string nutsLau, Gemeente gemeente)
    {
        try
        {
            if (await gemeente.Poort.WaitAsync(0))
            {
                try
                {
                    await LeesAsync(nutsLau, gemeente, CancellationToken.None);
                }
                finally
                {
                    gemeente.Poort.Release();
                }
            }
        }
        catch (Exception)
        {
            // Storage unavailable: keep serving what is held; the next check tries again.
        }
        finally
        {
            achtergrond.Release();
        }
    }

    /// <summary>Loads every municipality with one read of the table (a warm start; benchmarks).</summary>
    public async Task VoorverwarmAsync(CancellationToken ct = default)
    {
        var tabel = await tabellen.TabelAsync(GemeenteIndex.Tabel);
        var start = klok.GetUtcNow();
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var e in tabel.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", NaamEigenschap, ActiefEigenschap, "Delen", "Data0"], cancellationToken: ct))
        {
            if (Diensten.Gebieden.IsProvincie(e.PartitionKey))
            {
                continue; // a province's entries serve the window sweep; the duplicate check searches municipalities
            }

            var gemeente = Voor(e.PartitionKey);
            gezien.Add(e.PartitionKey);
            Pas(gemeente, e);
        }

        foreach (string nutsLau in gezien)
        {
            var gemeente = Voor(nutsLau);
            gemeente.Geladen = true;
            gemeente.VerversdOp = start;
            gemeente.GebruiktOp = klok.GetTimestamp();
        }

        Begrens();
    }

    /// <summary>This instance wrote the row: apply it now (null <paramref name="naam"/>: removed).</summary>
    public void Bijgewerkt(string nutsLau, string vCode, string? naam, string? json = null)
    {
        if (gemeenten.TryGetValue(nutsLau, out var gemeente))
        {
            if (naam is null)
            {
                gemeente.Index.Verwijder(vCode);
            }
            else
            {
                gemeente.Index.Zet(vCode, naam, new GemeenteIndexRij(vCode, json));
            }
        }
    }

    /// <summary>Names held now, over all municipalities.</summary>
    public int AantalNamen => gemeenten.Values.Sum(g => g.Index.Aantal);

    Gemeente Voor(string nutsLau) => gemeenten.GetOrAdd(nutsLau, n =>
        new Gemeente(new KandidatenIndex<GemeenteIndexRij>(PostcodeRegister.Instance.GemeentenamenVoorNutsLau(n), detector)));

    async Task LeesAsync(string nutsLau, Gemeente gemeente, CancellationToken ct)
    {
        var tabel = await tabellen.TabelAsync(GemeenteIndex.Tabel);
        var start = klok.GetUtcNow();
        string filter = gemeente.Watermerk is { } sinds
            ? TableClient.CreateQueryFilter($"PartitionKey eq {nutsLau} and Timestamp ge {sinds - Marge}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {nutsLau}");
        await foreach (var e in tabel.QueryAsync<TableEntity>(filter, select: ["RowKey", NaamEigenschap, ActiefEigenschap, "Delen", "Data0"], cancellationToken: ct))
        {
            Pas(gemeente, e);
        }

        gemeente.Watermerk ??= start - Marge;
        gemeente.VerversdOp = start;
        Volatile.Write(ref gemeente.Geladen, true);
        Begrens();
    }

    static void Pas(Gemeente gemeente, TableEntity e)
    {
        if (e.GetBoolean(ActiefEigenschap) == false)
        {
            gemeente.Index.Verwijder(e.RowKey);
        }
        else
        {
            // The entry itself rides along when it fits one property, so showing a match needs no read.
            string? json = (e.GetInt32("Delen") ?? 1) == 1 ? e.GetString("Data0") : null;
            gemeente.Index.Zet(e.RowKey, e.GetString(NaamEigenschap) ?? string.Empty, new GemeenteIndexRij(e.RowKey, json));
        }

        if (e.Timestamp is { } tijd && (gemeente.Watermerk is null || tijd > gemeente.Watermerk))
        {
            gemeente.Watermerk = tijd;
        }
    }

    /// <summary>Drops the least recently searched municipalities while more than <see cref="KandidatenCacheOpties.MaxNamen"/> are held.</summary>
    void Begrens()
    {
        int totaal = AantalNamen;
        if (totaal <= opties.MaxNamen)
        {
            return;
        }

        foreach (var (nutsLau, gemeente) in gemeenten.OrderBy(g => Interlocked.Read(ref g.Value.GebruiktOp)).ToList())
        {
            if (totaal <= opties.MaxNamen)
            {
                break;
            }

            if (gemeenten.TryRemove(nutsLau, out _))
            {
                totaal -= gemeente.Index.Aantal;
            }
        }
    }
}
