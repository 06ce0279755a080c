using System.Net;
using System.Text.Json.Nodes;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Meldingen.MeldingenFixture;

namespace VLoket.Tests.Meldingen;

/// <summary>
/// The notification fixture with services whose windows open or close around today, and the host's own daily round
/// off (the test runs the sweep through the operator API, as an operator would after the timer was down).
/// </summary>
public sealed class DienstvensterFixture : MeldingenFixture
{
    public const string Opent = "9201";     // Gent, opens in 14 days: mailed
    public const string Sluit = "9202";     // Gent, open, closes in 3 days: mailed
    public const string Later = "9203";     // Gent, opens in 10 days: not today's moment
    public const string Elders = "9204";    // West-Vlaanderen, opens in 14 days: does not apply to a Gent association

    /// <summary>Today in Belgium, as the sweep sees it.</summary>
    public static DateOnly Vandaag => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).DateTime);

    protected override IEnumerable<JsonObject> ExtraDiensten =>
    [
        Met(Opent, "Subsidie die opent", "BE23444021", 14, 40),
        Met(Sluit, "Subsidie die sluit", "BE23444021", -10, 3),
        Met(Later, "Subsidie die later opent", "BE23444021", 10, 40),
        Met(Elders, "Subsidie elders", "BE25", 14, 40),
    ];

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[VLoket.Host.Meldingen.DienstvensterPlanner.BijStartSetting] = "false";
        return settings;
    }

    /// <summary>A service for <paramref name="gebied"/> whose one window opens and closes so many days from today.</summary>
    public static JsonObject Met(string productnummer, string naam, string gebied, int opentOver, int sluitOver)
    {
        var dienst = Dienst(productnummer, "OVO002949", naam);
        dienst["geografischToepassingsgebieden"] = new JsonArray(gebied);
        dienst["geschiktheid"] = new JsonObject
        {
            ["aanvraagvensters"] = new JsonArray(new JsonObject
            {
                ["opent"] = Vandaag.AddDays(opentOver).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["sluit"] = Vandaag.AddDays(sluitOver).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["jaarlijks"] = false,
            }),
        };
        return dienst;
    }
}

/// <summary>The daily sweep of service windows, through the operator API, asserted in smtp4dev.</summary>
public sealed class DienstvensterTests(DienstvensterFixture fixture) : IClassFixture<DienstvensterFixture>
{
    [Fact]
    public async Task Een_dienst_die_past_en_opent_of_sluit_geeft_een_mail_per_moment_en_een_tweede_ronde_niets_meer()
    {
        string adres = NieuwAdres("venster");
        await fixture.ZetAdresAsync(adres);
        using var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");

        var ronde = await beheerder.PostAsync("api/beheer/meldingen/dienstvensters", new { });
        Assert.True(ronde.Status == HttpStatusCode.OK, ronde.ToString());
        Assert.Equal(3, ronde.Json["diensten"]!.GetValue<int>()); // opens, closes, and the one elsewhere; not the later one
        Assert.Equal(2, ronde.Json["mails"]!.GetValue<int>());

        var mails = await Smtp4devServer.WachtOpAsync(adres, aantal: 2, seconden: 60);
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Equal([adres], m.Aan));
        var opent = Assert.Single(mails, m => m.Onderwerp == "Een dienst voor je vereniging opent binnenkort");
        Assert.Contains($"{fixture.Host.BaseAddress}#/verenigingen/{fixture.VCode}/aanbod/{DienstvensterFixture.Opent}", opent.Tekst);
        Assert.Contains("De dienst 'Subsidie die opent' past bij Jeugdhuis Aanvraagtest", opent.Tekst);
        var sluit = Assert.Single(mails, m => m.Onderwerp == "Een dienst voor je vereniging sluit binnenkort");
        Assert.Contains($"#/verenigingen/{fixture.VCode}/aanbod/{DienstvensterFixture.Sluit}", sluit.Tekst);
        Assert.Contains($"#/verenigingen/{fixture.VCode}/aanbod/{DienstvensterFixture.Sluit}", sluit.Html);

        // The same day again: the same keys, so the register sends nothing twice.
        var opnieuw = await beheerder.PostAsync("api/beheer/meldingen/dienstvensters", new { });
        Assert.True(opnieuw.Status == HttpStatusCode.OK, opnieuw.ToString());
        await Task.Delay(TimeSpan.FromSeconds(8)); // the outbox is swept every second in tests
        Assert.Equal(2, (await Smtp4devServer.MailsAanAsync(adres)).Count);
    }

    [Fact]
    public async Task Alleen_een_beheerder_mag_de_ronde_starten()
    {
        var r = await fixture.Vertegenwoordiger.PostAsync("api/beheer/meldingen/dienstvensters", new { });
        Assert.Equal(HttpStatusCode.NotFound, r.Status);
    }
}
