using System.Diagnostics;
using VLoket.Functions;
using VLoket.Host;
using VLoket.Host.Storage;

namespace VLoket.Tests.Infrastructure;

/// <summary>
/// VLoket.Host in a process of its own (the build's VLoket.Host.dll), on the test run's Azurite: a second instance of
/// the app, with its own memory, as when the Function App scales out.
/// </summary>
public sealed class HostProces : IAsyncDisposable
{
    readonly Process proces;

    HostProces(Process proces, Uri baseAddress)
    {
        this.proces = proces;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Starts the host with the given settings (as command-line configuration) and waits until it answers.</summary>
    public static async Task<HostProces> StartAsync(string connectionString, string taskHub, string tabelVoorvoegsel, IDictionary<string, string>? extra = null)
    {
        int poort = AzuriteProcess.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var instellingen = new Dictionary<string, string>
        {
            [VLoketServiceCollectionExtensions.StorageSetting] = connectionString,
            [VLoketHost.TaskHubSetting] = taskHub,
            [VLoketServiceCollectionExtensions.TabelVoorvoegselSetting] = tabelVoorvoegsel,
            ["urls"] = $"http://127.0.0.1:{poort}",
            ["Logging:LogLevel:Default"] = "Warning",
            ["VLoket:ProjectRoot"] = RepoPaths.Root,
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string>())
        {
            instellingen[k] = v;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "VLoket.Host.dll"));
        start.ArgumentList.Add("--environment");
        start.ArgumentList.Add("Development");
        foreach (var (k, v) in instellingen)
        {
            start.ArgumentList.Add($"--{k}={v}");
        }

        var proces = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        proces.OutputDataReceived += (_, _) => { };
        proces.ErrorDataReceived += (_, _) => { };
        proces.BeginOutputReadLine();
        proces.BeginErrorReadLine();
        var host = new HostProces(proces, new Uri($"http://127.0.0.1:{poort}/"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var tot = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < tot && !proces.HasExited)
        {
            try
            {
                if ((await http.GetAsync("api/health")).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        await host.DisposeAsync();
        throw new InvalidOperationException("The host process did not answer on api/health within 90 s.");
    }

    /// <summary>Two instances on the same tables (each its own task hub), started side by side: a scaled-out Function App.</summary>
    public static async Task<(HostProces A, HostProces B)> TweeAsync(string connectionString, IDictionary<string, string> instellingen)
    {
        string tabellen = HostFixture.NewTaskHubName();
        var beide = await Task.WhenAll(
            StartAsync(connectionString, HostFixture.NewTaskHubName(), tabellen, instellingen),
            StartAsync(connectionString, HostFixture.NewTaskHubName(), tabellen, instellingen));
        return (beide[0], beide[1]);
    }

    public async ValueTask DisposeAsync()
    {
        if (!proces.HasExited)
        {
            proces.Kill(entireProcessTree: true);
            await proces.WaitForExitAsync();
        }

        proces.Dispose();
    }
}
