using System.Net;
using VLoket.Functions.Verenigingen;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>A registration that looks like an existing association in the same municipality needs a confirmation.</summary>
public sealed class DuplicaatRegistratieTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Een_gelijkende_naam_in_dezelfde_gemeente_geeft_409_met_kandidaten_en_bevestigen_registreert()
    {
        using var an = await fixture.AlsAsync(InszAn, "An", "Peeters");
        using var jo = await fixture.AlsAsync(NieuwInsz(), "Jo", "Claes");
        var bestaand = await an.PostAsync("api/verenigingen", Registratie("K.S.A. Sint-Jan Gent"));
        Assert.Equal(HttpStatusCode.Created, bestaand.Status);
        var body = Registratie("KSA St Jan");
        string json = body.ToJsonString();

        var conflict = await jo.PostAsync("api/verenigingen", json);

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal("application/problem+json", conflict.ContentType);
        var kandidaat = conflict.Json["kandidaten"]!.AsArray().Single()!;
        Assert.Equal(bestaand.Json["vCode"]!.GetValue<string>(), kandidaat["vCode"]!.GetValue<string>());
        Assert.Equal("K.S.A. Sint-Jan Gent", kandidaat["naam"]!.GetValue<string>());
        Assert.Equal("9000", kandidaat["locaties"]![0]!["adres"]!["postcode"]!.GetValue<string>());
        Assert.Equal("JGDW", kandidaat["hoofdactiviteiten"]![0]!["code"]!.GetValue<string>());
        string token = conflict.Json["bevestigingsToken"]!.GetValue<string>();
        Assert.Empty((await jo.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray());

        var anderBody = await jo.PostAsync("api/verenigingen", Registratie("KSA St. Jan").ToJsonString(),
            headers: new Dictionary<string, string> { [VerenigingFunctions.BevestigingsHeader] = token });
        Assert.Equal(HttpStatusCode.Conflict, anderBody.Status);

        using var derde = await fixture.AlsAsync(NieuwInsz());
        var anderePersoon = await derde.PostAsync("api/verenigingen", json,
            headers: new Dictionary<string, string> { [VerenigingFunctions.BevestigingsHeader] = token });
        Assert.Equal(HttpStatusCode.Conflict, anderePersoon.Status);

        var bevestigd = await jo.PostAsync("api/verenigingen", json,
            headers: new Dictionary<string, string> { [VerenigingFunctions.BevestigingsHeader] = token });
        Assert.Equal(HttpStatusCode.Created, bevestigd.Status);
        Assert.NotEqual(bestaand.Json["vCode"]!.GetValue<string>(), bevestigd.Json["vCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_andere_sport_of_een_andere_gemeente_is_geen_duplicaat()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        Assert.Equal(HttpStatusCode.Created, (await ik.PostAsync("api/verenigingen", Registratie("Voetbalclub Gent"))).Status);

        var volleybal = await ik.PostAsync("api/verenigingen", Registratie("Volleybalclub Gent"));
        var inAalst = Registratie("Voetbalclub Gent", "9300", "Aalst");
        inAalst["werkingsgebieden"] = new System.Text.Json.Nodes.JsonArray("BE23141002");
        var elders = await ik.PostAsync("api/verenigingen", inAalst);

        Assert.Equal(HttpStatusCode.Created, volleybal.Status);
        Assert.Equal(HttpStatusCode.Created, elders.Status);
    }

    [Fact]
    public async Task Een_gestopte_vereniging_telt_niet_meer_als_duplicaat()
    {
        using var ik = await fixture.AlsAsync(NieuwInsz());
        var oud = await ik.PostAsync("api/verenigingen", Registratie("Fanfare De Eendracht", "3000", "Leuven"));
        var gestopt = await ik.PostAsync(oud.Location + "/stop", new { einddatum = "2020-01-01" }, oud.ETag);
        Assert.Equal(HttpStatusCode.OK, gestopt.Status);

        var nieuw = await ik.PostAsync("api/verenigingen", Registratie("Fanfare De Eendracht", "3000", "Leuven"));

        Assert.Equal(HttpStatusCode.Created, nieuw.Status);
    }

    [Fact]
    public async Task Een_registratie_op_een_andere_instantie_wordt_na_de_verversing_als_duplicaat_herkend()
    {
        // Two processes of the app on the same tables, as a scaled-out Function App: each holds its own duplicate index.
        var snel = new Dictionary<string, string> { [VLoket.Functions.VLoketServiceCollectionExtensions.DuplicaatVerversingSetting] = "0.5" };
        var (a, b) = await HostProces.TweeAsync(fixture.ConnectionString, snel);
        await using var _ = a;
        await using var __ = b;
        using var an = await LoketClient.AanmeldenAsync(a.BaseAddress, NieuwInsz(), "An", "Peeters", []);
        using var jo = await LoketClient.AanmeldenAsync(b.BaseAddress, NieuwInsz(), "Jo", "Claes", []);
        Assert.Equal(HttpStatusCode.Created, (await jo.PostAsync("api/verenigingen", Registratie("Schaakclub De Witte Toren"))).Status); // b now holds Gent

        var bestaand = await an.PostAsync("api/verenigingen", Registratie("K.S.A. Sint-Jan Gent"));
        Assert.Equal(HttpStatusCode.Created, bestaand.Status);
        string vCode = bestaand.Json["vCode"]!.GetValue<string>();

        // b may miss it until its background delta read has run (0.5 s here, plus the read on a busy machine); an
        // attempt b answers 201 registers a second KSA that later attempts also find, so look for a's vCode among them.
        Antwoord conflict;
        var tot = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(500);
            conflict = await jo.PostAsync("api/verenigingen", Registratie("KSA St Jan"));
        }
        while (!(conflict.Status == HttpStatusCode.Conflict && Kandidaten(conflict).Contains(vCode)) && DateTime.UtcNow < tot);

        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Contains(vCode, Kandidaten(conflict));
    }

    static List<string> Kandidaten(Antwoord conflict) =>
        conflict.Json["kandidaten"]?.AsArray().Select(k => k!["vCode"]!.GetValue<string>()).ToList() ?? [];
}
