using System.Diagnostics;
using System.Net.Sockets;

namespace VLoket.Host.Storage;

/// <summary>
/// Runs Azurite (the npm package pinned in the project's package.json) as a child process.
/// Used by the local host when the development storage does not answer, and by the tests for a private instance.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The well-known key of Azurite's development account; it is public and grants nothing outside the emulator.</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    readonly Process process;

    AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }
    public int QueuePort { get; }
    public int TablePort { get; }

    /// <summary>The Azurite (node) process, so a benchmark can read the CPU time storage spent.</summary>
    public int ProcessId => process.Id;

    /// <summary>A connection string for the development account on this instance's ports.</summary>
    public string ConnectionString => ConnectionStringFor(BlobPort, QueuePort, TablePort);

    public static string ConnectionStringFor(int blobPort, int queuePort, int tablePort) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={DevelopmentAccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";

    /// <summary>Starts Azurite and waits until all three services accept connections.</summary>
    /// <param name="projectRoot">Folder that holds node_modules with Azurite.</param>
    /// <param name="location">Data folder; unused when <paramref name="inMemory"/> is set (Azurite refuses both).</param>
    public static async Task<AzuriteProcess> StartAsync(
        string projectRoot, string location, int blobPort, int queuePort, int tablePort,
        bool inMemory, CancellationToken cancellationToken = default)
    {
        string script = Path.Combine(projectRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed in {projectRoot}. Run 'npm ci' in the project root first.");
        }

        var psi = new ProcessStartInfo("node")
        {
            WorkingDirectory = projectRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
                 {
                     script, "--silent", "--disableTelemetry",
                     "--blobPort", blobPort.ToString(), "--queuePort", queuePort.ToString(),
                     "--tablePort", tablePort.ToString(),
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        if (inMemory)
        {
            psi.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(location);
            psi.ArgumentList.Add("--location");
            psi.ArgumentList.Add(location);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("Azurite could not be started.");
        // Drain its output so a full pipe never blocks it; keep the errors to explain a failed start.
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line && errors.Count < 20)
            {
                errors.Enqueue(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var azurite = new AzuriteProcess(process, blobPort, queuePort, tablePort);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(await IsListeningAsync(blobPort) && await IsListeningAsync(queuePort) && await IsListeningAsync(tablePort)))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                await azurite.DisposeAsync();
                throw new InvalidOperationException(
                    $"Azurite did not start on ports {blobPort}/{queuePort}/{tablePort}: {string.Join(" ", errors)}");
            }

            await Task.Delay(100, cancellationToken);
        }

        return azurite;
    }

    /// <summary>True when something accepts TCP connections on 127.0.0.1 at <paramref name="port"/>.</summary>
    public static async Task<bool> IsListeningAsync(int port)
    {
        try
        {
            using var tcp = new TcpClient();
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await tcp.ConnectAsync("127.0.0.1", port, cts.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Returns a TCP port that is free on loopback right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        int port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>
    /// Stops Azurite the way Ctrl-C does, so it writes what it still holds in memory to its data folder (a kill loses the
    /// last seconds of writes of a persistent Azurite); killed after three seconds if it has not stopped by then.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited && !OperatingSystem.IsWindows())
            {
                using (var onderbreek = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                {
                    await onderbreek!.WaitForExitAsync();
                }

                try
                {
                    await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(3));
                }
                catch (TimeoutException)
                {
                    // Still saving or stuck: the kill below ends it.
                }
            }

            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (TimeoutException)
        {
            // Killed but not reaped in time; the OS finishes it.
        }

        process.Dispose();
    }
}
