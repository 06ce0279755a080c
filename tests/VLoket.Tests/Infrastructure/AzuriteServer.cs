using VLoket.Host;
using VLoket.Host.Storage;

namespace VLoket.Tests.Infrastructure;

/// <summary>
/// One private Azurite for the whole test run, on free ports and in memory, removed when the test process exits.
/// Tests never depend on an Azurite started by hand.
/// </summary>
public static class AzuriteServer
{
    static readonly Lazy<Task<AzuriteProcess>> Instance = new(StartAsync);

    /// <summary>The connection string of the test run's Azurite, starting it on first use.</summary>
    public static async Task<string> ConnectionStringAsync() => (await Instance.Value).ConnectionString;

    static async Task<AzuriteProcess> StartAsync()
    {
        var azurite = await AzuriteProcess.StartAsync(
            ProjectRoot.Find(), location: string.Empty,
            AzuriteProcess.FreePort(), AzuriteProcess.FreePort(), AzuriteProcess.FreePort(), inMemory: true);
        ProcesOpruiming.Registreer(azurite);
        return azurite;
    }
}
