using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Dossiers;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Aanvragen.AanvraagFixture;
using static VLoket.Tests.Bijlagen.BijlagenFixture;

namespace VLoket.Tests.Bijlagen;

/// <summary>Uploading files: the allow-list checked by content, the size, whose files an answer may name, the agency's links, removal of unused files.</summary>
public sealed class BijlageTests(BijlagenFixture fixture) : IClassFixture<BijlagenFixture>
{
    static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    Task<Antwoord> VraagAanAsync(string bijlageId) =>
        fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/aanvragen", new
        {
            productnummer = Kamp,
            antwoorden = new Dictionary<string, object> { ["deelnemers"] = 12, ["begindatum"] = "2026-07-15", ["verzekerd"] = true, ["deelnemerslijst"] = bijlageId },
        });

    [Fact]
    public async Task Een_programma_met_de_naam_pdf_wordt_geweigerd_en_een_echte_pdf_aanvaard()
    {
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

        var geweigerd = await fixture.LaadOpAsync(fixture.Vertegenwoordiger, fixture.VCode, "deelnemers.pdf", "application/pdf", exe);
        var html = await fixture.LaadOpAsync(fixture.Vertegenwoordiger, fixture.VCode, "lijst.txt", "text/plain", "<html><script>x</script>"u8.ToArray());
        var soort = await fixture.LaadOpAsync(fixture.Vertegenwoordiger, fixture.VCode, "setup.exe", "application/x-msdownload", exe);
        var aanvaard = await fixture.LaadOpAsync(fixture.Vertegenwoordiger, fixture.VCode, "deelnemers.pdf", "application/pdf", Pdf);

        Assert.Equal(HttpStatusCode.BadRequest, geweigerd.Status);
        Assert.Equal(["inhoudBase64"], geweigerd.FoutVelden);
        Assert.Contains("geen PDF", geweigerd.Tekst);
        Assert.Equal(HttpStatusCode.BadRequest, html.Status);
        Assert.Equal(["contentType"], soort.FoutVelden);
        Assert.Equal(HttpStatusCode.Created, aanvaard.Status);
        Assert.Matches("^B[0-9a-f]{32}$", aanvaard.Json["bijlageId"]!.GetValue<string>());
        Assert.Equal(Pdf.Length, aanvaard.Json["grootte"]!.GetValue<long>());
    }

    [Fact]
    public async Task Een_bestand_groter_dan_10_MB_wordt_geweigerd()
    {
        byte[] groot = new byte[(10 * 1024 * 1024) + 1];
        Pdf.CopyTo(groot, 0);

        var r = await fixture.LaadOpAsync(fixture.Vertegenwoordiger, fixture.VCode, "groot.pdf", "application/pdf", groot);

        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal(["inhoudBase64"], r.FoutVelden);
    }

    [Fact]
    public async Task Een_bestand_van_een_andere_vereniging_of_een_onbestaand_bestand_noemt_de_vraag()
    {
        using var ander = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Ander", "Bestuur");
        var andere = await ander.PostAsync("api/verenigingen", Voorbeelden.Registratie($"Andere vereniging {Guid.NewGuid():N}"));
        var vreemd = await fixture.LaadOpAsync(ander, andere.Json["vCode"]!.GetValue<string>(), "lijst.pdf", "application/pdf", Pdf);
        Assert.Equal(HttpStatusCode.Created, vreemd.Status);

        var metVreemd = await VraagAanAsync(vreemd.Json["bijlageId"]!.GetValue<string>());
        var metOnbestaand = await VraagAanAsync("B" + Guid.NewGuid().ToString("N"));
        var geenId = await VraagAanAsync("../../andere/blob");

        foreach (var r in new[] { metVreemd, metOnbestaand, geenId })
        {
            Assert.Equal(HttpStatusCode.BadRequest, r.Status);
            Assert.Equal(["antwoorden.deelnemerslijst"], r.FoutVelden);
        }

        Assert.Contains("Deelnemerslijst", metVreemd.Tekst);
        // Someone else's association cannot be uploaded to either.
        Assert.Equal(HttpStatusCode.NotFound, (await fixture.LaadOpAsync(ander, fixture.VCode, "lijst.pdf", "application/pdf", Pdf)).Status);
    }

    [Fact]
    public async Task De_link_van_de_instantie_werkt_alleen_ongeschonden_en_voor_die_instantie()
    {
        var opgeladen = await fixture.LaadOpAsync(fixture.Vertegenwoordiger, fixture.VCode, "lijst.pdf", "application/pdf", Pdf);
        var r = await VraagAanAsync(opgeladen.Json["bijlageId"]!.GetValue<string>());
        var dossier = await fixture.WachtOpDossierAsync(r.Location!, d => Fase(d) == "Goedgekeurd");
        var ontvangen = await fixture.OntvangenAsync("OVO002949", dossier["dossierNummer"]!.GetValue<string>());
        Assert.True(ontvangen["bijlagen"]![0]!["klopt"]!.GetValue<bool>());
        var links = fixture.Host.Services.GetRequiredService<VLoket.Domain.Dossiers.Regels.BijlageLinks>();
        string dossierId = dossier["dossierId"]!.GetValue<string>();
        string documentId = opgeladen.Json["bijlageId"]!.GetValue<string>();
        var (url, _) = links.Maak(new Uri(fixture.Host.BaseAddress, "api/instanties/OVO002949/callbacks"), "OVO002949", dossierId, documentId);
        var (vreemdeInstantie, _) = links.Maak(new Uri(fixture.Host.BaseAddress, "api/instanties/OVO004021/callbacks"), "OVO004021", dossierId, documentId);

        var goed = await fixture.Client.GetAsync(url);
        var geknoeid = await fixture.Client.GetAsync(url.ToString().Replace("handtekening=", "handtekening=A", StringComparison.Ordinal));
        var verlengd = await fixture.Client.GetAsync(url.ToString().Replace("verloopt=", "verloopt=9", StringComparison.Ordinal));
        var zonder = await fixture.Client.GetAsync(url.GetLeftPart(UriPartial.Path));
        var anderDossier = await fixture.Client.GetAsync(vreemdeInstantie);

        Assert.Equal(HttpStatusCode.OK, goed.StatusCode);
        Assert.Equal(Pdf, await goed.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, geknoeid.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, verlengd.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, zonder.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, anderDossier.StatusCode); // signed for that agency, but not its dossier
        Assert.Equal("application/problem+json", geknoeid.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Een_ongebruikt_bestand_verdwijnt_na_een_dag()
    {
        var opgeladen = await fixture.LaadOpAsync(fixture.Vertegenwoordiger, fixture.VCode, "vergeten.pdf", "application/pdf", Pdf);
        string id = opgeladen.Json["bijlageId"]!.GetValue<string>();
        var dossiers = fixture.Host.Services.GetRequiredService<DossierDienst>();

        var opslag = fixture.Host.Services.GetRequiredService<VLoket.Domain.Dossiers.Opslag.BijlageOpslag>();

        await dossiers.RuimOpAsync(DateTimeOffset.UtcNow.AddHours(23));
        Assert.NotNull(await opslag.InfoAsync(fixture.VCode, id));
        var morgen = await dossiers.RuimOpAsync(DateTimeOffset.UtcNow.AddHours(25));

        Assert.True(morgen.Bijlagen >= 1, morgen.ToString());
        Assert.Null(await opslag.InfoAsync(fixture.VCode, id));
        var r = await VraagAanAsync(id);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal(["antwoorden.deelnemerslijst"], r.FoutVelden);
    }
}
