using System.Text.RegularExpressions;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Web;

/// <summary>
/// The main journeys in a real browser: Debian's Chromium, headless, driven by playwright-core (web/e2e/*.mjs), each
/// against a demo host of its own on Azurite with the simulated agencies. Every main screen is saved as a screenshot
/// under <c>test-output/schermafdrukken/</c> and checked with axe-core: a serious or critical violation fails the journey.
/// The README's test command installs Chromium first (<c>npm run browser</c>).
/// </summary>
public sealed partial class BrowserTests
{
    /// <summary>Where the journeys leave their screenshots: test output, git-ignored.</summary>
    public static string Schermafdrukken => Path.Combine(RepoPaths.Root, "test-output", "schermafdrukken");

    [Theory]
    [InlineData("registreren.mjs")]
    [InlineData("aanvragen.mjs")]
    [InlineData("gegevens.mjs")]
    [InlineData("reservaties.mjs")]
    [InlineData("bijlagen.mjs")]
    [InlineData("schermen.mjs")]
    [InlineData("behandelloket.mjs")]
    [InlineData("uitleendienst.mjs")]
    [InlineData("uitnodigen.mjs")]
    [InlineData("kbo.mjs")]
    [InlineData("meldingen.mjs")]
    [InlineData("maillink.mjs")]
    public Task De_reis_slaagt_in_chromium(string reis) =>
        DraaiAsync(reis, reis is "behandelloket.mjs" or "uitleendienst.mjs" ? null : NodeScenario.GentAlsSimulator);

    /// <summary>
    /// Signing in through OpenID Connect at the local provider, cancelling, renewing and signing out. Its host gives
    /// access tokens 70 seconds, so the front end renews one (a minute before the end) while the journey watches.
    /// </summary>
    [Fact]
    public Task De_aanmeldreis_via_openid_connect_slaagt_in_chromium() =>
        DraaiAsync("aanmelden.mjs", new Dictionary<string, string> { [VLoket.Host.Aanmelden.OntwikkelAanbieder.LevensduurSetting] = "70" });

    static async Task DraaiAsync(string reis, IReadOnlyDictionary<string, string>? hostInstellingen = null)
    {
        string uitvoer = await NodeScenario.DraaiTegenDemohostAsync(Path.Combine("web", "e2e", reis), TimeSpan.FromMinutes(6),
            new Dictionary<string, string> { ["SCHERMAFDRUKKEN"] = Schermafdrukken }, hostInstellingen);

        // Each main screen the journey visited left a real picture and an axe report behind.
        var schermen = SchermafdrukRegel().Matches(uitvoer).Select(m => Path.Combine(RepoPaths.Root, m.Groups[1].Value.Trim())).ToList();
        Assert.NotEmpty(schermen);
        foreach (string png in schermen)
        {
            Assert.True(File.Exists(png), $"screenshot missing: {png}");
            byte[] kop = new byte[8];
            await using (var bestand = File.OpenRead(png))
            {
                Assert.True(bestand.Length > 5_000, $"screenshot suspiciously small: {png} ({bestand.Length} bytes)");
                await bestand.ReadExactlyAsync(kop);
            }

            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], kop[..4]);
            Assert.True(File.Exists(png + ".axe.json"), $"axe report missing for {png}");
        }
    }

    [GeneratedRegex(@"^\s+schermafdruk (.+\.png)\s*$", RegexOptions.Multiline)]
    private static partial Regex SchermafdrukRegel();
}
