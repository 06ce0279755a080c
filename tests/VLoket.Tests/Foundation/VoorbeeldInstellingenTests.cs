using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VLoket.Host;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Foundation;

/// <summary>local.settings.sample.json: copied as it is, the app starts; and it explains every setting the code reads.</summary>
public sealed partial class VoorbeeldInstellingenTests
{
    static JsonObject Waarden() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "local.settings.sample.json")))!["Values"]!.AsObject();

    [Fact]
    public async Task Met_de_voorbeeldinstellingen_start_de_app_in_development()
    {
        var settings = Waarden().Where(p => !p.Key.StartsWith('_'))
            .ToDictionary(p => p.Key.Replace("__", ":", StringComparison.Ordinal), p => (string?)p.Value!.GetValue<string>());
        // Only where to store and listen differs on a test machine.
        foreach (var (sleutel, waarde) in HostFixture.BaseSettings(await AzuriteServer.ConnectionStringAsync(), HostFixture.NewTaskHubName()))
        {
            settings[sleutel] = waarde;
        }

        await using var host = await VLoketHost.StartAsync(["--environment", "Development"], settings);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/health")).StatusCode);
    }

    // The app's own settings, and the storage settings it reads besides the connection string (OpslagVerbinding).
    [GeneratedRegex(@"""((?:VLoket|AzureWebJobsStorage):[A-Za-z]+(?::[A-Za-z]+)*)""")]
    private static partial Regex InstellingInCode();

    [Fact]
    public void Elke_instelling_die_de_code_leest_staat_uitgelegd_in_het_voorbeeld()
    {
        var uitgelegd = Waarden().Where(p => p.Key.StartsWith('_')).Select(p => p.Key[1..].Replace("__", ":", StringComparison.Ordinal)).ToList();
        var gelezen = new[] { "functions", "host" }
            .SelectMany(map => Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, map), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => InstellingInCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().Order().ToList();

        Assert.NotEmpty(gelezen);
        // A section name ("VLoket:Geheimen") is explained through its settings ("VLoket:Geheimen:InszSleutel").
        var ontbreekt = gelezen.Where(s => !uitgelegd.Any(u => u == s || u.StartsWith(s + ":", StringComparison.Ordinal))).ToList();
        Assert.True(ontbreekt.Count == 0, "Not explained in local.settings.sample.json: " + string.Join(", ", ontbreekt));
    }
}
