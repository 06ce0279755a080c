using System.Diagnostics;
using VLoket.Host;

namespace VLoket.Tests.Infrastructure;

/// <summary>
/// Runs a front-end scenario (a Node script under <c>web/</c>) against a demo host of its own with empty storage, as
/// the volunteer would meet the loket the first time. The script proves its own checks ("ok  …" lines) and exits
/// non-zero on the first one that fails.
/// </summary>
public static class NodeScenario
{
    /// <summary>Starts a demo host, runs <paramref name="script"/> against it and returns what the script printed.</summary>
    /// <param name="hostInstellingen">Configuration on top of the demo's, e.g. an agency's <c>Behandeling</c>.</param>
    /// <summary>
    /// The journeys written against the simulated Stad Gent (it approves or asks by scenario) keep it as an external agency;
    /// the demo itself handles Stad Gent in the behandelloket. One setting, no code: the switch the behandelloket promises.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> GentAlsSimulator =
        new Dictionary<string, string> { ["VLoket:Instanties:OVO004021:Behandeling"] = "connector" };

    public static async Task<string> DraaiTegenDemohostAsync(string script, TimeSpan maximum, IReadOnlyDictionary<string, string>? omgeving = null,
        IReadOnlyDictionary<string, string>? hostInstellingen = null)
    {
        string hub = HostFixture.NewTaskHubName();
        var settings = HostFixture.BaseSettings(await AzuriteServer.ConnectionStringAsync(), hub);
        settings[VLoketHost.DemoSetting] = "true";
        // The demo's mails go to the test run's smtp4dev, so no demo host starts one of its own.
        foreach (var (k, v) in await Smtp4devServer.InstellingenAsync())
        {
            settings[k] = v;
        }

        foreach (var (sleutel, waarde) in hostInstellingen ?? new Dictionary<string, string>())
        {
            settings[sleutel] = waarde;
        }

        await using var host = await VLoketHost.StartAsync(["--environment", "Development"], settings);

        var start = new ProcessStartInfo("node", ["--no-warnings", script])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BASE"] = host.BaseAddress.ToString();
        // Journeys that read a mail the demo sent ask the test run's smtp4dev through its API.
        start.Environment["SMTP4DEV"] = (await Smtp4devServer.WebAdresAsync()).ToString();
        foreach (var (naam, waarde) in omgeving ?? new Dictionary<string, string>())
        {
            start.Environment[naam] = waarde;
        }

        using var node = Process.Start(start)!;
        var uit = node.StandardOutput.ReadToEndAsync();
        var fout = node.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(maximum);
        try
        {
            await node.WaitForExitAsync(tijd.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"{script} did not finish in {maximum.TotalMinutes} minutes.\n{await uit}\n{await fout}");
        }

        string uitvoer = await uit + await fout;
        Assert.True(node.ExitCode == 0, $"{script} failed (exit {node.ExitCode}):\n{uitvoer}");
        Assert.DoesNotContain("MISLUKT", uitvoer, StringComparison.Ordinal);
        Assert.Contains("ok  ", uitvoer, StringComparison.Ordinal); // it really checked something
        return uitvoer;
    }
}
