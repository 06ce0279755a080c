using System.Net;
using VLoket.Tests.Infrastructure;
using static VLoket.Tests.Verenigingen.Voorbeelden;

namespace VLoket.Tests.Verenigingen;

/// <summary>A representative of association A sees nothing of association B: every route answers 404, as for a vCode that does not exist.</summary>
public sealed class ToegangTests(LoketFixture fixture) : IClassFixture<LoketFixture>
{
    [Fact]
    public async Task Elke_route_van_een_andere_vereniging_geeft_404_en_wijzigt_niets()
    {
        using var a = await fixture.AlsAsync(NieuwInsz(), "Anna", "A");
        using var b = await fixture.AlsAsync(NieuwInsz(), "Bert", "B");
        var verenigingA = await a.PostAsync("api/verenigingen", Registratie("Vereniging van Anna"));
        await b.PostAsync("api/verenigingen", Minimaal("Vereniging van Bert"));
        string url = verenigingA.Location!;
        string etag = verenigingA.ETag!;
        var aanvragen = new (HttpMethod Methode, string Url, object? Body)[]
        {
            (HttpMethod.Get, url, null),
            (HttpMethod.Patch, url, new { naam = "Overgenomen" }),
            (HttpMethod.Post, url + "/stop", new { einddatum = "2020-01-01" }),
            (HttpMethod.Get, url + "/historiek", null),
            (HttpMethod.Post, url + "/contactgegevens", new { type = "E-mail", waarde = "kaper@club.be" }),
            (HttpMethod.Patch, url + "/contactgegevens/1", new { waarde = "kaper@club.be" }),
            (HttpMethod.Delete, url + "/contactgegevens/1", null),
            (HttpMethod.Post, url + "/locaties", new { locatietype = "Correspondentie", adres = new { straatnaam = "X", huisnummer = "1", postcode = "9000", gemeente = "Gent", land = "België" } }),
            (HttpMethod.Patch, url + "/locaties/3", new { naam = "Gekaapt" }),
            (HttpMethod.Delete, url + "/locaties/3", null),
            (HttpMethod.Post, url + "/vertegenwoordigers", new { insz = b.Insz, voornaam = "Bert", achternaam = "B" }),
            (HttpMethod.Patch, url + "/vertegenwoordigers/5", new { rol = "Baas" }),
            (HttpMethod.Delete, url + "/vertegenwoordigers/5", null),
            (HttpMethod.Post, url + "/bankrekeningnummers", new { iban = "BE71 0961 2345 6769", titularissen = new[] { "Bert" } }),
            (HttpMethod.Patch, url + "/bankrekeningnummers/4", new { doel = "Eigen zak" }),
            (HttpMethod.Delete, url + "/bankrekeningnummers/4", null),
        };

        foreach (var (methode, adres, body) in aanvragen)
        {
            var r = await b.SendAsync(methode, adres, body, etag);
            Assert.True(r.Status == HttpStatusCode.NotFound, $"{methode} {adres} gaf {r}");
            Assert.Equal("application/problem+json", r.ContentType);
        }

        var onbestaand = await b.GetAsync("api/verenigingen/V9999999");
        Assert.Equal(HttpStatusCode.NotFound, onbestaand.Status);
        Assert.Equal(onbestaand.Json["detail"]!.ToString(), (await b.GetAsync(url)).Json["detail"]!.ToString());

        var naA = await a.GetAsync(url);
        Assert.Equal(etag, naA.ETag);
        Assert.Single((await a.GetAsync(url + "/historiek")).Json["historiek"]!.AsArray());
        Assert.DoesNotContain((await b.GetAsync("api/mijn/verenigingen")).Json["verenigingen"]!.AsArray(),
            v => v!["vCode"]!.GetValue<string>() == verenigingA.Json["vCode"]!.GetValue<string>());
    }

    [Fact]
    public async Task Een_kleine_letter_v_in_de_vcode_wordt_aanvaard()
    {
        using var a = await fixture.AlsAsync(NieuwInsz());
        var r = await a.PostAsync("api/verenigingen", Minimaal("Kleine letter"));

        var gelezen = await a.GetAsync("api/verenigingen/" + r.Json["vCode"]!.GetValue<string>().ToLowerInvariant());

        Assert.Equal(HttpStatusCode.OK, gelezen.Status);
    }
}
