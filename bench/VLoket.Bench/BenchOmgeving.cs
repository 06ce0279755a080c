using System.Diagnostics;
using VLoket.Functions;
using VLoket.Host;
using VLoket.Host.Storage;

namespace VLoket.Bench;

/// <summary>A private Azurite (in memory, free ports) and, on demand, a VLoket host on it, for one benchmark run.</summary>
public sealed class BenchOmgeving : IAsyncDisposable
{
    BenchOmgeving(AzuriteProcess azurite) => Azurite = azurite;

    public AzuriteProcess Azurite { get; }

    public string ConnectionString => Azurite.ConnectionString;

    public static async Task<BenchOmgeving> StartAsync() =>
        new(await AzuriteProcess.StartAsync(ProjectRoot.Find(), string.Empty,
            AzuriteProcess.FreePort(), AzuriteProcess.FreePort(), AzuriteProcess.FreePort(), inMemory: true));

    /// <summary>
    /// Starts a host in Development on this Azurite, with tables of its own (prefix) and extra settings. Without the local
    /// OpenID provider: it stands in for the government's sign-in service, which production does not run in the worker,
    /// and the benchmarks sign in through <c>/api/dev/token</c>; running it would add its memory and CPU to the host's.
    /// </summary>
    public Task<VLoketHost> HostAsync(string voorvoegsel, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            [VLoketServiceCollectionExtensions.StorageSetting] = ConnectionString,
            [VLoketHost.TaskHubSetting] = voorvoegsel,
            [VLoketServiceCollectionExtensions.TabelVoorvoegselSetting] = voorvoegsel,
            ["urls"] = "http://127.0.0.1:0",
            [VLoket.Host.Aanmelden.OntwikkelAanbieder.AanSetting] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:DurableTask.AzureStorage"] = "Error",
            ["Logging:LogLevel:DurableTask.Core"] = "Error",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>())
        {
            settings[k] = v;
        }

        return VLoketHost.StartAsync(["--environment", "Development"], settings);
    }

    public ValueTask DisposeAsync() => Azurite.DisposeAsync();

    /// <summary>Median and 95th percentile of a set of durations in milliseconds.</summary>
    public static (double Mediaan, double P95) Percentielen(IReadOnlyList<double> ms)
    {
        var gesorteerd = ms.Order().ToArray();
        double At(double p) => gesorteerd[Math.Clamp((int)Math.Ceiling(p * gesorteerd.Length) - 1, 0, gesorteerd.Length - 1)];
        return (At(0.5), At(0.95));
    }

    public static async Task<double> TijdAsync(Func<Task> werk)
    {
        var watch = Stopwatch.StartNew();
        await werk();
        return watch.Elapsed.TotalMilliseconds;
    }
}
