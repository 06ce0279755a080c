using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Web;

/// <summary>
/// The front end's smoke scenarios (web/test/*.mjs: the real js/app.js in Node on a small DOM, clicking like a volunteer)
/// against a demo host of their own, with empty storage, as web/test/README.md describes. Not a browser: layout and CSS
/// are not checked, behaviour and texts are; <see cref="BrowserTests"/> drives the real browser.
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
    public async Task Het_scenario_slaagt_tegen_een_demohost(string scenario) =>
        // Node has no browser to follow a redirect to a provider: these run on the development-token sign-in, which the
        // front end offers where no provider is configured. The browser journeys sign in through the provider.
        await NodeScenario.DraaiTegenDemohostAsync(Path.Combine("web", "test", scenario), TimeSpan.FromMinutes(4),
            hostInstellingen: new Dictionary<string, string>(NodeScenario.GentAlsSimulator) { [VLoket.Host.Aanmelden.OntwikkelAanbieder.AanSetting] = "false" });
}
