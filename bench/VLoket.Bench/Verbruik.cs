using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;

namespace VLoket.Bench;

/// <summary>
/// What a kind of operation costs, summed over measured slices and divided by the operations: CPU time of this process
/// (host and client) and of Azurite, time in the JIT, allocations. CPU per operation hardly depends on what else runs
/// on the machine, unlike operations per second, so it shows where a ratio comes from.
/// </summary>
sealed class Verbruik(Process azurite)
{
    double procesMs, azuriteMs, jitMs;
    long bytes, gen2;
    int operaties;

    public double ProcesMs => procesMs / operaties;

    public double AzuriteMs => azuriteMs / operaties;

    public double JitMs => jitMs / operaties;

    public double KiB => bytes / 1024.0 / operaties;

    public double Gen2PerDuizend => 1000.0 * gen2 / operaties;

    /// <summary>Runs <paramref name="werk"/> (<paramref name="n"/> operations) and returns its wall time in ms.</summary>
    public async Task<double> MeetAsync(int n, Func<Task> werk)
    {
        using var zelf = Process.GetCurrentProcess();
        azurite.Refresh();
        var (proces0, azurite0, jit0) = (zelf.TotalProcessorTime, azurite.TotalProcessorTime, JitInfo.GetCompilationTime());
        var (bytes0, gen20) = (GC.GetTotalAllocatedBytes(), GC.CollectionCount(2));
        double ms = await BenchOmgeving.TijdAsync(werk);
        zelf.Refresh();
        azurite.Refresh();
        procesMs += (zelf.TotalProcessorTime - proces0).TotalMilliseconds;
        azuriteMs += (azurite.TotalProcessorTime - azurite0).TotalMilliseconds;
        jitMs += (JitInfo.GetCompilationTime() - jit0).TotalMilliseconds;
        bytes += GC.GetTotalAllocatedBytes() - bytes0;
        gen2 += GC.CollectionCount(2) - gen20;
        operaties += n;
        return ms;
    }

    public string Beschrijf(string wat) =>
        $"{wat}: {ProcesMs:F2} ms CPU in dit proces (host + client, waarvan JIT {JitMs:F2} ms), {AzuriteMs:F2} ms CPU in Azurite, " +
        $"{KiB:F0} KiB gealloceerd, {Gen2PerDuizend:F1} gen2-collecties per 1000";
}

/// <summary>
/// Counts this process's outgoing HTTP calls while switched on (through the HttpClient's own activities), per method,
/// Azurite service and table/queue/container, so the bench can print the storage round trips one registration costs.
/// </summary>
sealed class Rondreizen : IDisposable
{
    readonly ConcurrentDictionary<string, int> tellers = new();
    readonly ActivityListener luisteraar;
    readonly Dictionary<int, string> diensten;
    readonly string voorvoegsel;
    volatile bool aan;

    public Rondreizen(Dictionary<int, string> diensten, string voorvoegsel)
    {
        this.diensten = diensten;
        this.voorvoegsel = voorvoegsel;
        luisteraar = new ActivityListener
        {
            ShouldListenTo = bron => bron.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Tel,
        };
        ActivitySource.AddActivityListener(luisteraar);
    }

    public bool Aan { get => aan; set => aan = value; }

    void Tel(Activity activiteit)
    {
        if (!aan || activiteit.GetTagItem("url.full") is not string url || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return;
        }

        // "/devstoreaccount1/{prefix}Tabel(PartitionKey='…',RowKey='…')" → "Tabel"; the API itself has no service name.
        string[] delen = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string naam = delen.Length > 1 ? delen[1] : uri.AbsolutePath;
        naam = naam.Split('(')[0];
        naam = naam.StartsWith(voorvoegsel, StringComparison.Ordinal) ? naam[voorvoegsel.Length..] : naam;
        string dienst = diensten.GetValueOrDefault(uri.Port, "http");
        tellers.AddOrUpdate($"{activiteit.GetTagItem("http.request.method")} {dienst} {naam}", 1, (_, n) => n + 1);
    }

    /// <summary>Each route's calls per operation, most first.</summary>
    public IEnumerable<string> PerOperatie(int operaties) =>
        tellers.OrderByDescending(t => t.Value).Select(t => $"  {(double)t.Value / operaties,6:F2}  {t.Key}");

    public double Opslag(int operaties) => (double)tellers.Where(t => !t.Key.Contains(" http ")).Sum(t => t.Value) / operaties;

    public void Dispose() => luisteraar.Dispose();
}
