using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Host.Storage;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Foundation;

/// <summary>
/// The host as a user runs it, in a process of its own: the demo on, its address from <c>ASPNETCORE_URLS</c> (the ASP.NET
/// convention), readiness reported honestly while the demo data load, and a SIGTERM that ends it within ten seconds even
/// after its storage went away.
/// </summary>
public sealed class HostProcesTests
{
    [Fact]
    public async Task Met_aspnetcore_urls_en_de_demo_luistert_het_loket_meldt_het_eerlijk_klaar_en_stopt_snel_zonder_opslag()
    {
        int blob = AzuriteProcess.FreePort(), queue = AzuriteProcess.FreePort(), table = AzuriteProcess.FreePort(), poort = AzuriteProcess.FreePort();
        string data = Directory.CreateTempSubdirectory("vloket-azurite-").FullName;
        var azurite = await AzuriteProcess.StartAsync(RepoPaths.Root, data, blob, queue, table, inMemory: false);
        string dll = Path.Combine(RepoPaths.Root, "host", "VLoket.Host", "bin", RepoPaths.Configuration, "net10.0", "VLoket.Host.dll");
        var psi = new ProcessStartInfo("dotnet", [dll]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepoPaths.Root };
        psi.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{poort}";
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        psi.Environment["VLoket__Demo"] = "true";
        psi.Environment["AzureWebJobsStorage"] = AzuriteProcess.ConnectionStringFor(blob, queue, table);
        psi.Environment["VLoket__TaskHub"] = HostFixture.NewTaskHubName();
        using var host = Process.Start(psi)!;
        host.BeginOutputReadLine();
        host.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{poort}/"), Timeout = TimeSpan.FromSeconds(15) };
            var statussen = new List<string>();
            var einde = DateTime.UtcNow.AddSeconds(120);
            while (true)
            {
                Assert.False(host.HasExited, $"The host stopped (exit code {(host.HasExited ? host.ExitCode : 0)}).");
                Assert.True(DateTime.UtcNow < einde, "The host never became ready: " + string.Join(", ", statussen));
                try
                {
                    var health = await http.GetAsync("api/health");
                    var rapport = await health.Content.ReadFromJsonAsync<JsonObject>();
                    string status = rapport!["status"]!.GetValue<string>();
                    statussen.Add($"{(int)health.StatusCode} {status}");
                    Assert.Equal(status == "gezond" ? HttpStatusCode.OK : HttpStatusCode.ServiceUnavailable, health.StatusCode);
                    if (health.StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(100);
            }

            // Healthy means ready: the demo personas' data is there (An Peeters has her two associations).
            var token = await http.PostAsJsonAsync("api/dev/token", new { insz = "78041212319", voornaam = "An", achternaam = "Peeters" });
            http.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());
            var mijn = await http.GetFromJsonAsync<JsonObject>("api/mijn/verenigingen");
            Assert.True(mijn!["verenigingen"]!.AsArray().Count >= 2, mijn.ToJsonString());

            // Storage goes away under the running host; a SIGTERM still ends it within ten seconds.
            await azurite.DisposeAsync();
            await Task.Delay(1000);
            var klok = Stopwatch.StartNew();
            using (var kill = Process.Start("kill", ["-TERM", host.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill!.WaitForExitAsync();
            }

            using var grens = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await host.WaitForExitAsync(grens.Token);
            Assert.True(klok.Elapsed < TimeSpan.FromSeconds(10), $"stopped after {klok.Elapsed}");
        }
        finally
        {
            if (!host.HasExited)
            {
                host.Kill(entireProcessTree: true);
            }

            await azurite.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
