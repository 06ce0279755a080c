using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Meldingen;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Meldingen.MeldingenFixture;

namespace VLoket.Tests.Meldingen;

/// <summary>
/// Services whose window moments fell on days the sweep missed (none falls on today), and one in Brugge for older
/// members only; the host's own daily round is off.
/// </summary>
public sealed class DienstvensterInhaalFixture : MeldingenFixture
{
    public const string Gisteren14 = "9211";   // Gent, opens in 13 days: yesterday's 14-day moment
    public const string Gisteren3 = "9212";    // Gent, open, closes in 2 days: yesterday's 3-day moment
    public const string Voorbij = "9213";      // Gent, opened 4 days ago: its 3-day moment of a week ago is past
    public const string WeekGeleden = "9214";  // Gent, opens in 7 days: the 14-day moment of 7 days ago
    public const string Ouderen = "9215";      // Brugge, opens in 14 days, for ages 60 and up
    public const string Limburg = "9216";      // the province of Limburg, opens in 14 days

    public const string Brugge = "BE25131005";

    protected override IEnumerable<JsonObject> ExtraDiensten =>
    [
        DienstvensterFixture.Met(Gisteren14, "Subsidie van gisteren", "BE23444021", 13, 40),
        DienstvensterFixture.Met(Gisteren3, "Subsidie die overmorgen sluit", "BE23444021", -10, 2),
        DienstvensterFixture.Met(Voorbij, "Subsidie die al open is", "BE23444021", -4, 40),
        DienstvensterFixture.Met(WeekGeleden, "Subsidie van vorige week", "BE23444021", 7, 40),
        VoorOuderen(),
        DienstvensterFixture.Met(Limburg, "Provinciale subsidie Limburg", "BE22", 14, 40),
    ];

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[VLoket.Host.Meldingen.DienstvensterPlanner.BijStartSetting] = "false";
        return settings;
    }

    /// <summary>Makes the sweep believe its last completed run was <paramref name="dagen"/> days ago.</summary>
    public async Task LaatsteRondeAsync(int dagen)
    {
        var tabel = await Host.Services.GetRequiredService<Tabellen>().TabelAsync(DienstvensterVeger.Tabel);
        await tabel.UpsertEntityAsync(new TableEntity("veger", "laatste")
        {
            ["Dag"] = DienstvensterFixture.Vandaag.AddDays(-dagen).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }, TableUpdateMode.Replace);
    }

    /// <summary>Removes the stored profile from an association's index entries, as entries written before it existed are.</summary>
    public async Task ZonderProfielAsync(string vCode)
    {
        var tabel = await Host.Services.GetRequiredService<Tabellen>().TabelAsync(GemeenteIndex.Tabel);
        int aantal = 0;
        await foreach (var e in tabel.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {vCode}")))
        {
            Assert.True(e.Remove(GemeenteIndex.ProfielEigenschap), "the entry held a profile");
            await tabel.UpdateEntityAsync(e, e.ETag, TableUpdateMode.Replace);
            aantal++;
        }

        Assert.True(aantal > 0);
    }

    static JsonObject VoorOuderen()
    {
        var dienst = DienstvensterFixture.Met(Ouderen, "Subsidie voor seniorenwerking", Brugge, 14, 40);
        dienst["geschiktheid"]!["doelgroep"] = new JsonObject { ["minimumleeftijd"] = 60, ["maximumleeftijd"] = 150 };
        return dienst;
    }
}

/// <summary>Catching up missed days, entries without a stored profile, and the profile kept current, through the operator API.</summary>
public sealed class DienstvensterInhaalTests(DienstvensterInhaalFixture fixture) : IClassFixture<DienstvensterInhaalFixture>
{
    [Fact]
    public async Task Gemiste_dagen_worden_ingehaald_voor_wat_nog_komt_en_niets_gaat_twee_keer()
    {
        string adres = NieuwAdres("inhaal");
        await fixture.ZetAdresAsync(adres);
        await fixture.LaatsteRondeAsync(dagen: 8); // the host was down for a week: the sweep catches up 7 days and today
        await fixture.ZonderProfielAsync(fixture.VCode); // and this association's entries predate the stored profile
        using var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");

        var ronde = await beheerder.PostAsync("api/beheer/meldingen/dienstvensters", new { });
        Assert.True(ronde.Status == HttpStatusCode.OK, ronde.ToString());
        Assert.Equal(DienstvensterVeger.MaxInhalen + 1, ronde.Json["dagen"]!.GetValue<int>());
        Assert.True(ronde.Json["gelezen"]!.GetValue<int>() >= 1, ronde.ToString()); // read in full, as it has no profile

        var mails = await Smtp4devServer.WachtOpAsync(adres, aantal: 3, seconden: 60);
        Assert.Equal(
            [DienstvensterInhaalFixture.Gisteren14, DienstvensterInhaalFixture.Gisteren3, DienstvensterInhaalFixture.WeekGeleden],
            mails.Select(m => m.Tekst.Split($"/aanbod/")[1][..4]).Order());
        Assert.Single(mails, m => m.Onderwerp == "Een dienst voor je vereniging sluit binnenkort" && m.Tekst.Contains("Subsidie die overmorgen sluit"));

        // Again today: only today is swept now, and what was sent is not sent again.
        var opnieuw = await beheerder.PostAsync("api/beheer/meldingen/dienstvensters", new { });
        Assert.True(opnieuw.Status == HttpStatusCode.OK, opnieuw.ToString());
        Assert.Equal(1, opnieuw.Json["dagen"]!.GetValue<int>());
        await fixture.LaatsteRondeAsync(dagen: 2);
        var gisteren = await beheerder.PostAsync("api/beheer/meldingen/dienstvensters", new { });
        Assert.Equal(2, gisteren.Json["dagen"]!.GetValue<int>()); // yesterday again, and today
        Assert.True(gisteren.Json["verenigingen"]!.GetValue<int>() >= 1, gisteren.ToString());
        Assert.Equal(0, gisteren.Json["gelezen"]!.GetValue<int>()); // the first sweep gave the entries their profile
        await Task.Delay(TimeSpan.FromSeconds(8)); // the outbox is swept every second in tests
        Assert.Equal(3, (await Smtp4devServer.MailsAanAsync(adres)).Count);
    }

    [Fact]
    public async Task Een_gewijzigde_doelgroep_telt_in_de_volgende_ronde()
    {
        string adres = NieuwAdres("doelgroep");
        using var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Bram", "Brugman");
        var v = await ik.PostAsync("api/verenigingen", Voorbeelden.Registratie("Seniorenkring Brugge", "8000", "Brugge"));
        Assert.True(v.Status == HttpStatusCode.Created, v.ToString());
        string vCode = v.Json["vCode"]!.GetValue<string>();
        int id = v.Json["vertegenwoordigers"]!.AsArray().Single()!["vertegenwoordigerId"]!.GetValue<int>();
        var r = await ik.PatchAsync($"api/verenigingen/{vCode}/vertegenwoordigers/{id}", new { eMail = adres }, v.ETag);
        Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
        using var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");

        // Ages 6-18: the service for 60 and up does not apply.
        Assert.Equal(HttpStatusCode.OK, (await beheerder.PostAsync("api/beheer/meldingen/dienstvensters", new { })).Status);
        await Task.Delay(TimeSpan.FromSeconds(5));
        Assert.Empty(await Smtp4devServer.MailsAanAsync(adres));

        // The target group now reaches 80: the index entry's profile follows, and the next round mails it.
        var gewijzigd = await ik.PatchAsync($"api/verenigingen/{vCode}", new { doelgroep = new { minimumleeftijd = 6, maximumleeftijd = 80 } }, r.ETag);
        Assert.True(gewijzigd.Status == HttpStatusCode.OK, gewijzigd.ToString());
        var ronde = await beheerder.PostAsync("api/beheer/meldingen/dienstvensters", new { });
        Assert.True(ronde.Status == HttpStatusCode.OK, ronde.ToString());
        var mail = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, aantal: 1, seconden: 60));
        Assert.Contains($"#/verenigingen/{vCode}/aanbod/{DienstvensterInhaalFixture.Ouderen}", mail.Tekst);
    }

    [Fact]
    public async Task Een_vereniging_die_enkel_via_haar_werkingsgebied_in_een_provincie_actief_is_krijgt_de_provinciale_dienst()
    {
        // Located in Leuven, active in all of Limburg: the province's service applies (docs/diensten.md, "Area").
        string adres = NieuwAdres("provincie");
        using var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Lies", "Limburg");
        var registratie = Voorbeelden.Registratie("Wandelclub De Kempen", "3000", "Leuven");
        registratie["werkingsgebieden"] = new JsonArray("BE22");
        var v = await ik.PostAsync("api/verenigingen", registratie);
        Assert.True(v.Status == HttpStatusCode.Created, v.ToString());
        string vCode = v.Json["vCode"]!.GetValue<string>();
        int id = v.Json["vertegenwoordigers"]!.AsArray().Single()!["vertegenwoordigerId"]!.GetValue<int>();
        var r = await ik.PatchAsync($"api/verenigingen/{vCode}/vertegenwoordigers/{id}", new { eMail = adres }, v.ETag);
        Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
        var aanbod = await ik.GetAsync($"api/verenigingen/{vCode}/aanbod");
        Assert.Contains(DienstvensterInhaalFixture.Limburg, aanbod.Tekst); // the overview already says it applies

        using var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");
        var ronde = await beheerder.PostAsync("api/beheer/meldingen/dienstvensters", new { });
        Assert.True(ronde.Status == HttpStatusCode.OK, ronde.ToString());
        var mail = Assert.Single(await Smtp4devServer.WachtOpAsync(adres, aantal: 1, seconden: 60));
        Assert.Equal("Een dienst voor je vereniging opent binnenkort", mail.Onderwerp);
        Assert.Contains($"#/verenigingen/{vCode}/aanbod/{DienstvensterInhaalFixture.Limburg}", mail.Tekst);

        // Limburg left the werkingsgebied: the entry under the province becomes a tombstone, and the next round skips it.
        var zonder = await ik.PatchAsync($"api/verenigingen/{vCode}", new { werkingsgebieden = new[] { "BE24" } }, r.ETag);
        Assert.True(zonder.Status == HttpStatusCode.OK, zonder.ToString());
        var tabel = await fixture.Host.Services.GetRequiredService<Tabellen>().TabelAsync(GemeenteIndex.Tabel);
        var provincie = await tabel.GetEntityAsync<TableEntity>("BE22", vCode);
        Assert.False(provincie.Value.GetBoolean("Actief")); // a tombstone
    }

    [Fact]
    public async Task Een_beheerder_vult_de_provincies_aan_van_verenigingen_van_voor_de_provinciale_rijen()
    {
        using var ik = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Oscar", "Oudgediende");
        var registratie = Voorbeelden.Registratie("Fanfare Ons Limburg", "3500", "Hasselt");
        registratie["werkingsgebieden"] = new JsonArray("BE22", "BE24");
        var v = await ik.PostAsync("api/verenigingen", registratie);
        Assert.True(v.Status == HttpStatusCode.Created, v.ToString());
        string vCode = v.Json["vCode"]!.GetValue<string>();
        // As stored before 7 December 2026: no entries under its provinces.
        var tabel = await fixture.Host.Services.GetRequiredService<Tabellen>().TabelAsync(GemeenteIndex.Tabel);
        await tabel.DeleteEntityAsync("BE22", vCode);
        await tabel.DeleteEntityAsync("BE24", vCode);

        Assert.Equal(HttpStatusCode.NotFound, (await ik.PostAsync("api/beheer/meldingen/gebiedsindex", new { })).Status);
        using var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");
        var aangevuld = await beheerder.PostAsync("api/beheer/meldingen/gebiedsindex", new { });
        Assert.True(aangevuld.Status == HttpStatusCode.OK, aangevuld.ToString());
        Assert.True(aangevuld.Json["gelezen"]!.GetValue<int>() >= 1, aangevuld.ToString());
        Assert.Equal(2, aangevuld.Json["toegevoegd"]!.GetValue<int>());
        foreach (string provincie in new[] { "BE22", "BE24" })
        {
            var rij = (await tabel.GetEntityAsync<TableEntity>(provincie, vCode)).Value;
            Assert.True(rij.GetBoolean("Actief"));
            Assert.Equal("Fanfare Ons Limburg", rij.GetString("Naam"));
            Assert.NotNull(rij.GetString(GemeenteIndex.ProfielEigenschap));
        }

        // Again: everything is there now.
        var opnieuw = await beheerder.PostAsync("api/beheer/meldingen/gebiedsindex", new { });
        Assert.Equal(0, opnieuw.Json["toegevoegd"]!.GetValue<int>());
    }
}
