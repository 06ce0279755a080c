using System.Diagnostics;
using VLoket.Host;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Web;

/// <summary>
/// The front end's smoke scenarios (web/test/*.mjs: the real js/app.js in Node on a small DOM, clicking like a volunteer)
/// against a demo host of their own, with empty storage, as web/test/README.md describes. Not a browser: layout and CSS
/// are not checked, behaviour and texts are.
/// </summary>
public sealed class WebRookTests
{
    [Theory]
    [InlineData("beheren.mjs")]
    [InlineData("registreren.mjs")]
    [InlineData("storingen.mjs")]
    [InlineData("gegevens.mjs")]
    [InlineData("aanvragen.mjs")]
    [InlineData("reservaties.mjs")]
    public async Task Het_scenario_slaagt_tegen_een_demohost(string scenario)
    {
        string hub = HostFixture.NewTaskHubName();
        var settings = HostFixture.BaseSettings(await AzuriteServer.ConnectionStringAsync(), hub);
        settings[VLoketHost.DemoSetting] = "true";
        await using var host = await VLoketHost.StartAsync(["--environment", "Development"], settings);

        var start = new ProcessStartInfo("node", ["--no-warnings", Path.Combine("web", "test", scenario)])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BASE"] = host.BaseAddress.ToString();
        using var node = Process.Start(start)!;
        var uit = node.StandardOutput.ReadToEndAsync();
        var fout = node.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        try
        {
            await node.WaitForExitAsync(tijd.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException($"{scenario} did not finish in 4 minutes.\n{await uit}\n{await fout}");
        }

        string uitvoer = await uit + await fout;
        Assert.True(node.ExitCode == 0, $"{scenario} failed (exit {node.ExitCode}):\n{uitvoer}");
        Assert.DoesNotContain("MISLUKT", uitvoer, StringComparison.Ordinal);
        Assert.Contains("ok  ", uitvoer, StringComparison.Ordinal); // it really checked something
    }
}
