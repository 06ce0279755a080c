using System.Text.Json.Nodes;

namespace VLoket.Tests.Infra;

/// <summary>
/// infra/ builds and lints cleanly with the pinned Bicep CLI, offline: no errors, no warnings, every environment's
/// parameters file too. Nothing here reaches Azure.
/// </summary>
public sealed class BicepTests(ArmSjabloon sjabloon) : IClassFixture<ArmSjabloon>
{
    /// <summary>Non-secret, site-specific values the parameters files read from the environment (as azd provides them).</summary>
    static readonly Dictionary<string, string> Omgeving = new()
    {
        ["VLOKET_AANMELD_AUTHORITY"] = "https://idp.example.invalid/op",
        ["VLOKET_AANMELD_PUBLIEK"] = "vloket",
        ["VLOKET_KBO_URL"] = "https://kbo.example.invalid/",
        ["AZURE_PRINCIPAL_ID"] = "00000000-0000-0000-0000-000000000001",
    };

    [Fact]
    public void Main_bicep_bouwt_zonder_fouten_of_waarschuwingen()
    {
        Assert.True(sjabloon.Build.ExitCode == 0, sjabloon.Build.ToString());
        // stdout is the template itself (its descriptions may say anything); diagnostics go to stderr.
        Assert.True(sjabloon.Build.Meldingen(ookStdout: false).Count == 0, sjabloon.Build.ToString());
    }

    [Fact]
    public async Task Main_bicep_lint_geeft_geen_fouten_of_waarschuwingen()
    {
        var lint = await BicepCli.RunAsync(["lint", "main.bicep"]);

        Assert.True(lint.ExitCode == 0, lint.ToString());
        Assert.True(lint.Meldingen(ookStdout: true).Count == 0, lint.ToString());
    }

    [Fact]
    public async Task Elk_omgevingsbestand_bouwt_zonder_fouten_of_waarschuwingen()
    {
        var bestanden = Directory.GetFiles(Path.Combine(BicepCli.InfraMap, "env"), "*.bicepparam").Order().ToList();
        Assert.Equal(["ontwikkeling", "productie", "test"], bestanden.Select(Path.GetFileNameWithoutExtension));

        foreach (string bestand in bestanden)
        {
            var build = await BicepCli.RunAsync(["build-params", Path.GetRelativePath(BicepCli.InfraMap, bestand), "--stdout"], Omgeving);

            Assert.True(build.ExitCode == 0, $"{bestand}: {build}");
            Assert.True(build.Meldingen(ookStdout: false).Count == 0, $"{bestand}: {build}");
            var parameters = JsonNode.Parse(JsonNode.Parse(build.Stdout)!["parametersJson"]!.GetValue<string>())!["parameters"]!;
            Assert.Equal(Path.GetFileNameWithoutExtension(bestand), parameters["environmentName"]!["value"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Azd_parameterbestand_vult_elke_verplichte_parameter_en_geen_onbekende()
    {
        var bestand = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.InfraMap, "main.parameters.json")))!["parameters"]!.AsObject();
        var parameters = sjabloon.Hoofd["parameters"]!.AsObject();

        var onbekend = bestand.Select(p => p.Key).Where(k => !parameters.ContainsKey(k)).ToList();
        var ontbreekt = parameters.Where(p => p.Value!["defaultValue"] is null).Select(p => p.Key).Where(k => !bestand.ContainsKey(k)).ToList();
        Assert.True(onbekend.Count == 0, "Not parameters of main.bicep: " + string.Join(", ", onbekend));
        Assert.True(ontbreekt.Count == 0, "Required, but not in main.parameters.json: " + string.Join(", ", ontbreekt));
        Assert.Equal("${AZURE_ENV_NAME}", bestand["environmentName"]!["value"]!.GetValue<string>());
        Assert.Equal("${AZURE_LOCATION}", bestand["location"]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Bicepconfig_zet_geen_lintregel_uit_of_lager_dan_waarschuwing()
    {
        var regels = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.InfraMap, "bicepconfig.json")))!
            ["analyzers"]!["core"]!["rules"]!.AsObject();

        var stil = regels.Where(r => r.Value!["level"]!.GetValue<string>() is not ("warning" or "error")).Select(r => r.Key).ToList();
        Assert.True(stil.Count == 0, "Rules silenced in infra/bicepconfig.json: " + string.Join(", ", stil));
    }

    [Fact]
    public void Geen_modules_uit_een_register()
    {
        // Registry modules need the internet at build time; every module here is a local file.
        var bestanden = Directory.GetFiles(BicepCli.InfraMap, "*.bicep*", SearchOption.AllDirectories);
        var register = bestanden.Where(f => File.ReadAllText(f) is var t && (t.Contains("'br/", StringComparison.Ordinal) || t.Contains("'br:", StringComparison.Ordinal) || t.Contains("'ts:", StringComparison.Ordinal))).ToList();

        Assert.NotEmpty(bestanden);
        Assert.True(register.Count == 0, "Registry modules in: " + string.Join(", ", register));
    }
}
