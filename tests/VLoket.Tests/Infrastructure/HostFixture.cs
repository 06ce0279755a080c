using VLoket.Functions;
using VLoket.Host;

namespace VLoket.Tests.Infrastructure;

/// <summary>
/// Boots VLoket.Host in-process on the test run's Azurite, listening on a free loopback port,
/// with a task hub of its own so test classes never see each other's orchestrations.
/// </summary>
public class HostFixture : IAsyncLifetime
{
    VLoketHost? host;

    public VLoketHost Host => host ?? throw new InvalidOperationException("Host not started.");

    public HttpClient Client { get; private set; } = null!;

    public string TaskHub { get; } = NewTaskHubName();

    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>A task hub name that is valid for Azure Storage (letters and digits, starting with a letter).</summary>
    public static string NewTaskHubName() => "t" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>Command-line arguments of the host; tests run in Development unless a test says otherwise.</summary>
    protected virtual string[] Args => ["--environment", "Development"];

    /// <summary>Whether the host sends its mail to the test run's smtp4dev (started on first use), swept every second.</summary>
    protected virtual bool MetMail => false;

    /// <summary>Settings every test host gets; override to add more.</summary>
    protected virtual IDictionary<string, string?> Settings(string connectionString) => BaseSettings(connectionString, TaskHub);

    public static Dictionary<string, string?> BaseSettings(string connectionString, string taskHub) => new()
    {
        [VLoketServiceCollectionExtensions.StorageSetting] = connectionString,
        [VLoketHost.TaskHubSetting] = taskHub,
        // Each host its own tables, so test classes never see each other's associations.
        [VLoketServiceCollectionExtensions.TabelVoorvoegselSetting] = taskHub,
        ["urls"] = "http://127.0.0.1:0",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:DurableTask.AzureStorage"] = "Error",
        ["Logging:LogLevel:DurableTask.Core"] = "Error",
    };

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await AzuriteServer.ConnectionStringAsync();
        await BeforeHostStartAsync();
        var settings = Settings(ConnectionString);
        if (MetMail)
        {
            foreach (var (k, v) in await Smtp4devServer.InstellingenAsync())
            {
                settings[k] = v;
            }
        }

        host = await VLoketHost.StartAsync(Args, settings);
        Client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Starts what the host needs before it boots (simulators).</summary>
    protected virtual Task BeforeHostStartAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        Client?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }
}
