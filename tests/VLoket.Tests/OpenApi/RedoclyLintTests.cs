using System.Diagnostics;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.OpenApi;

/// <summary>
/// <c>redocly lint</c> (npm <c>@redocly/cli</c>, pinned in package.json; rules in redocly.yaml) reports no errors on the
/// live <c>/api/openapi.json</c> of a running host nor on the connector contracts the loket gives agencies and sources.
/// </summary>
public sealed class RedoclyLintTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task De_eigen_api_van_het_loket_heeft_geen_lintfouten()
    {
        using var antwoord = await fixture.Client.GetAsync("/api/openapi.json");
        antwoord.EnsureSuccessStatusCode();
        string bestand = Path.Combine(Directory.CreateTempSubdirectory("vloket-redocly-").FullName, "openapi.json");
        await File.WriteAllTextAsync(bestand, await antwoord.Content.ReadAsStringAsync());

        await LintAsync(bestand);
    }

    [Theory]
    [InlineData("docs/contracts/instantie-connector.openapi.json")]
    [InlineData("docs/contracts/gegevensbron-connector.openapi.json")]
    public Task Een_connectorcontract_heeft_geen_lintfouten(string contract) => LintAsync(Path.Combine(RepoPaths.Root, contract));

    static async Task LintAsync(string bestand)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(RepoPaths.Root, "node_modules", "@redocly", "cli", "bin", "cli.js"),
            "lint", bestand, "--format=stylish", "--config", Path.Combine(RepoPaths.Root, "redocly.yaml")])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // No telemetry or update check from a test run.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var redocly = Process.Start(start)!;
        var uit = redocly.StandardOutput.ReadToEndAsync();
        var fout = redocly.StandardError.ReadToEndAsync();
        using var tijd = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await redocly.WaitForExitAsync(tijd.Token);
        string uitvoer = await uit + await fout;

        Assert.True(redocly.ExitCode == 0, $"redocly lint {bestand} (exit {redocly.ExitCode}):\n{uitvoer}");
        Assert.Contains("validated", uitvoer, StringComparison.Ordinal); // it really linted the file
    }
}
