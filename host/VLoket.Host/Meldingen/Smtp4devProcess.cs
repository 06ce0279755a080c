using System.Diagnostics;
using VLoket.Host.Storage;

namespace VLoket.Host.Meldingen;

/// <summary>
/// Runs smtp4dev (the .NET tool pinned in <c>.config/dotnet-tools.json</c>) as a child process: a real mail server that
/// keeps what it receives in memory and shows it in its web interface and API. Started by the local host in demo mode
/// when nothing listens on its SMTP port, and by the tests on free ports.
/// </summary>
public sealed class Smtp4devProcess : IAsyncDisposable
{
    readonly Process process;

    Smtp4devProcess(Process process, int smtpPort, int webPort)
    {
        this.process = process;
        SmtpPort = smtpPort;
        WebAddress = new Uri($"http://127.0.0.1:{webPort}/");
    }

    public int SmtpPort { get; }

    /// <summary>The web interface; its API is under <c>api/messages</c>.</summary>
    public Uri WebAddress { get; }

    /// <summary>Starts smtp4dev from the local tool manifest and waits until its SMTP port and API answer.</summary>
    public static async Task<Smtp4devProcess> StartAsync(string projectRoot, int smtpPort, int webPort, CancellationToken ct = default)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = projectRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
                 {
                     "tool", "run", "smtp4dev", "--", $"--urls=http://127.0.0.1:{webPort}", $"--smtpport={smtpPort}",
                     "--imapport=0", "--pop3port=0", "--db=", "--nousersettings", "--hostname=localhost",
                 })
        {
            psi.ArgumentList.Add(arg);
        }

        var process = Process.Start(psi) ?? throw new InvalidOperationException("smtp4dev could not be started.");
        var uitvoer = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void Bewaar(object _, DataReceivedEventArgs e)
        {
            if (e.Data is { Length: > 0 } regel && uitvoer.Count < 30)
            {
                uitvoer.Enqueue(regel);
            }
        }

        process.OutputDataReceived += Bewaar;
        process.ErrorDataReceived += Bewaar;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var smtp4dev = new Smtp4devProcess(process, smtpPort, webPort);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var tot = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (await AzuriteProcess.IsListeningAsync(smtpPort) && await AntwoordtAsync(http, smtp4dev.WebAddress))
            {
                return smtp4dev;
            }

            if (process.HasExited || DateTime.UtcNow > tot)
            {
                await smtp4dev.DisposeAsync();
                throw new InvalidOperationException(
                    $"smtp4dev did not start on ports {smtpPort}/{webPort} (run 'dotnet tool restore' in the project root first): {string.Join(" ", uitvoer)}");
            }

            await Task.Delay(200, ct);
        }
    }

    static async Task<bool> AntwoordtAsync(HttpClient http, Uri web)
    {
        try
        {
            return (await http.GetAsync(new Uri(web, "api/messages"))).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            // Gone already, or not reaped in time; the OS finishes it.
        }

        process.Dispose();
    }
}
