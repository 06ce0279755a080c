using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Behandeling.Opslag;
using VLoket.Domain.Storage;
using static VLoket.Tests.Behandeling.BehandelFixture;

namespace VLoket.Tests.Behandeling;

/// <summary>
/// The behandelloket through HTTP: an agency set to "behandeld in het loket" by configuration receives the application
/// through the same workflow, its case worker handles it, and the association sees every step in its own dossier.
/// </summary>
public sealed class BehandelloketTests(BehandelFixture fixture) : IClassFixture<BehandelFixture>
{
    [Fact]
    public async Task Een_behandelaar_neemt_vraagt_en_keurt_goed_en_de_vereniging_ziet_elke_stap()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Greet", $"behandelaar:{Gent}");
        string dossierId = await fixture.VraagAanAsync(Kampsubsidie);
        var inbox = await WachtOpZaakAsync(behandelaar, Gent, dossierId);
        var regel = inbox["items"]!.AsArray().Single(i => i!["dossierId"]!.GetValue<string>() == dossierId)!;
        Assert.Equal("nieuw", regel["toestand"]!.GetValue<string>());
        Assert.Equal("Chiro Behandeltest", regel["verenigingsnaam"]!.GetValue<string>());
        string basis = $"api/behandeling/{Gent}/zaken/{dossierId}";

        // Asking before taking is refused and changes nothing.
        var teVroeg = await behandelaar.PostAsync(basis + "/vragen", new { vraag = "Wat is het budget?" });
        Assert.Equal(HttpStatusCode.BadRequest, teVroeg.Status);
        Assert.Equal("application/problem+json", teVroeg.ContentType);

        var genomen = await behandelaar.PostAsync(basis + "/nemen", null);
        Assert.True(genomen.Status == HttpStatusCode.OK, genomen.ToString());
        Assert.Equal("Greet Medewerker", genomen.Json["toegewezenNaam"]!.GetValue<string>());
        await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) == "InBehandeling");

        var gevraagd = await behandelaar.PostAsync(basis + "/vragen", new { vraag = "Wat is het budget van het kamp?" });
        Assert.True(gevraagd.Status == HttpStatusCode.OK, gevraagd.ToString());
        Assert.Equal("wacht-op-vereniging", gevraagd.Json["toestand"]!.GetValue<string>());
        var dossier = await WachtAsync(() => fixture.DossierAsync(dossierId), d => d["actieNodig"]!.GetValue<bool>());
        Assert.Equal("Wat is het budget van het kamp?", dossier["actie"]!.GetValue<string>());

        var antwoord = await fixture.Vertegenwoordiger.PostAsync($"api/verenigingen/{fixture.VCode}/dossiers/{dossierId}/antwoord",
            new { antwoord = "1200 euro", vraagnummer = dossier["vraagnummer"]!.GetValue<int>() });
        Assert.Equal(HttpStatusCode.Accepted, antwoord.Status);
        var zaak = await WachtAsync(async () => (await behandelaar.GetAsync(basis)).Json, z => z["toestand"]!.GetValue<string>() == "in-behandeling");
        Assert.Equal("1200 euro", zaak["gesprek"]!.AsArray()[^1]!["tekst"]!.GetValue<string>());
        await WachtAsync(() => fixture.DossierAsync(dossierId), d => !d["actieNodig"]!.GetValue<bool>());

        byte[] pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% beslissing\n%%EOF\n");
        var beslist = await behandelaar.PostAsync(basis + "/beslissen", new
        {
            uitkomst = "goedgekeurd",
            motivering = "Het kamp voldoet aan het reglement.",
            document = new { naam = "beslissing.pdf", contentType = "application/pdf", inhoudBase64 = Convert.ToBase64String(pdf) },
        });
        Assert.True(beslist.Status == HttpStatusCode.OK, beslist.ToString());

        dossier = await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) == "Goedgekeurd");
        var geschiedenis = dossier["statusgeschiedenis"]!.AsArray();
        var fasen = geschiedenis.Select(s => s!["fase"]!.GetValue<string>()).ToList();
        // Each step the case worker took shows in the association's dossier, in order.
        Assert.Equal(["Ingediend", "InBehandeling", "ActieNodig", "InBehandeling", "Goedgekeurd"],
            fasen.Where((f, i) => i == 0 || fasen[i - 1] != f).ToArray());
        Assert.Equal("Het kamp voldoet aan het reglement.", geschiedenis[^1]!["toelichting"]!.GetValue<string>());
        var document = dossier["documenten"]!.AsArray().Single(d => d!["soort"]!.GetValue<string>() == "Beslissing")!;
        var download = await fixture.Vertegenwoordiger.GetAsync(document["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, download.Status);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), document["sha256"]!.GetValue<string>());

        // A decided case is closed: deciding again is refused.
        var opnieuw = await behandelaar.PostAsync(basis + "/beslissen", new { uitkomst = "afgekeurd", motivering = "Toch niet." });
        Assert.Equal(HttpStatusCode.BadRequest, opnieuw.Status);
    }

    // The case worker decides while the association must still answer, and the decision is stored but its report to the
    // workflow is lost (a crash right after the store; the back office then refuses to decide again). Before, the workflow
    // waited for an answer until the service's deadline and showed "Termijn verstreken". Now its safety read finds the
    // decision while it waits.
    [Fact]
    public async Task Een_beslissing_waarvan_de_melding_verloren_ging_terwijl_de_vereniging_moest_antwoorden_komt_toch_aan()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Greet", $"behandelaar:{Gent}");
        string dossierId = await fixture.VraagAanAsync(Kampsubsidie);
        await WachtOpZaakAsync(behandelaar, Gent, dossierId);
        string basis = $"api/behandeling/{Gent}/zaken/{dossierId}";
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync(basis + "/nemen", null)).Status);
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync(basis + "/vragen", new { vraag = "Wat is het budget van het kamp?" })).Status);
        await WachtAsync(() => fixture.DossierAsync(dossierId), d => d["actieNodig"]!.GetValue<bool>());

        // What the decision stores, without the report that follows it.
        var opslag = new BehandelzaakOpslag(new Tabellen(new StorageClients(fixture.ConnectionString), fixture.TaskHub));
        var (zaak, versie) = (await opslag.LeesAsync(Gent, dossierId))!.Value;
        var nu = DateTimeOffset.UtcNow;
        await opslag.BewaarAsync(zaak with
        {
            Toestand = Toestanden.Beslist, Fase = "Goedgekeurd", Label = "Goedgekeurd", Vraag = null, WachtSinds = nu,
            Besluit = new Besluit("Goedgekeurd", "Ook zonder budget voldoet het kamp.", nu, "Greet Medewerker", null),
        }, versie);

        var dossier = await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) != "ActieNodig", seconden: 60);
        Assert.Equal("Goedgekeurd", Fase(dossier));
        Assert.Equal("Ook zonder budget voldoet het kamp.", dossier["statusgeschiedenis"]!.AsArray()[^1]!["toelichting"]!.GetValue<string>());
        Assert.False(dossier["actieNodig"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Elke_opening_staat_in_het_gegevensdelingslog_met_wie_en_welke_gegevens_en_alleen_wat_de_rechtsgrond_toelaat()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Pieter", $"behandelaar:{Gent}");
        string dossierId = await fixture.VraagAanAsync(Kampsubsidie);
        await WachtOpZaakAsync(behandelaar, Gent, dossierId);

        var zaak = await behandelaar.GetAsync($"api/behandeling/{Gent}/zaken/{dossierId}");
        Assert.True(zaak.Status == HttpStatusCode.OK, zaak.ToString());
        // The loket submitted the name and the IBAN; the service's legal basis lets the agency see the name only.
        var gekend = zaak.Json["gekendeGegevens"]!.AsArray();
        Assert.Equal(["vereniging.naam"], gekend.Select(g => g!["code"]!.GetValue<string>()).ToArray());
        Assert.Equal("Verenigingsregister", gekend[0]!["bron"]!.GetValue<string>());
        Assert.Equal("Reglement jeugdkampen Gent, art. 3 (test)", zaak.Json["rechtsgrond"]!.GetValue<string>());
        Assert.Contains(zaak.Json["antwoorden"]!.AsArray(), a => a!["vraag"]!.GetValue<string>() == "Omschrijving van het project");
        await behandelaar.GetAsync($"api/behandeling/{Gent}/zaken/{dossierId}");

        var log = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{fixture.VCode}/gegevensdelingen?aantal=100");
        var inzages = log.Json["items"]!.AsArray()
            .Where(i => i!["resultaat"]!.GetValue<string>() == "Ingezien" && i["wijzigingId"]!.GetValue<string>() == dossierId).ToList();
        Assert.Equal(2, inzages.Count);
        Assert.All(inzages, i =>
        {
            Assert.Equal("Pieter Medewerker", i!["door"]!.GetValue<string>());
            Assert.Equal(Gent, i["ovoCode"]!.GetValue<string>());
            Assert.Equal(["antwoorden", "documenten", "vereniging.naam"], i["velden"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray());
        });
    }

    [Fact]
    public async Task Zonder_rol_of_voor_een_andere_instantie_is_elke_backofficeroute_404()
    {
        string dossierId = await fixture.VraagAanAsync(Kampsubsidie);
        using var gent = await fixture.MedewerkerAsync("Greet", $"behandelaar:{Gent}");
        await WachtOpZaakAsync(gent, Gent, dossierId);
        using var aalst = await fixture.MedewerkerAsync("Arne", $"teamverantwoordelijke:{Aalst}");
        using var extern_ = await fixture.MedewerkerAsync("Eva", "behandelaar:OVO002949"); // an agency with its own system
        using var niemand = await fixture.MedewerkerAsync("Nora");

        string[] routes = [$"api/behandeling/{Gent}/inbox", $"api/behandeling/{Gent}/collegas", $"api/behandeling/{Gent}/zaken/{dossierId}"];
        string[] acties = ["nemen", "toewijzen", "vragen", "beslissen"];
        foreach (var client in new[] { aalst, extern_, niemand, fixture.Vertegenwoordiger })
        {
            foreach (string route in routes)
            {
                var r = await client.GetAsync(route);
                Assert.True(r.Status == HttpStatusCode.NotFound, $"{route}: {r}");
                Assert.Equal("application/problem+json", r.ContentType);
            }

            foreach (string actie in acties)
            {
                var r = await client.PostAsync($"api/behandeling/{Gent}/zaken/{dossierId}/{actie}", new { vraag = "x", uitkomst = "goedgekeurd", motivering = "x" });
                Assert.True(r.Status == HttpStatusCode.NotFound, $"{actie}: {r}");
            }
        }

        // Aalst's own back office exists, but Gent's case is not in it.
        Assert.Equal(HttpStatusCode.OK, (await aalst.GetAsync($"api/behandeling/{Aalst}/inbox")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await aalst.GetAsync($"api/behandeling/{Aalst}/zaken/{dossierId}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await aalst.PostAsync($"api/behandeling/{Aalst}/zaken/{dossierId}/nemen", null)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await niemand.GetAsync("api/behandeling/instanties")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await extern_.GetAsync("api/behandeling/instanties")).Status);
        var instanties = await gent.GetAsync("api/behandeling/instanties");
        Assert.Equal([Gent], instanties.Json["instanties"]!.AsArray().Select(i => i!["ovoCode"]!.GetValue<string>()).ToArray());

        // Nothing of this reached the case: still new, nobody assigned.
        var zaak = await gent.GetAsync($"api/behandeling/{Gent}/zaken/{dossierId}");
        Assert.Equal("nieuw", zaak.Json["toestand"]!.GetValue<string>());
        Assert.Null(zaak.Json["toegewezenAan"]);
    }

    [Fact]
    public async Task Toewijzen_aan_een_collega_en_alleen_een_teamverantwoordelijke_wijst_opnieuw_toe()
    {
        using var an = await fixture.MedewerkerAsync("An", $"behandelaar:{Gent}");
        using var bert = await fixture.MedewerkerAsync("Bert", $"behandelaar:{Gent}");
        using var lead = await fixture.MedewerkerAsync("Lea", $"teamverantwoordelijke:{Gent}");
        string dossierId = await fixture.VraagAanAsync(Lokalen);
        await WachtOpZaakAsync(an, Gent, dossierId);
        await bert.GetAsync($"api/behandeling/{Gent}/inbox");
        var collegas = (await an.GetAsync($"api/behandeling/{Gent}/collegas")).Json["items"]!.AsArray();
        string bertId = collegas.Single(c => c!["naam"]!.GetValue<string>() == "Bert Medewerker")!["id"]!.GetValue<string>();
        Assert.DoesNotContain(collegas, c => c!["id"]!.GetValue<string>().Length != 64); // pseudonymous ids, no INSZ
        string basis = $"api/behandeling/{Gent}/zaken/{dossierId}";

        var toegewezen = await an.PostAsync(basis + "/toewijzen", new { medewerkerId = bertId });
        Assert.True(toegewezen.Status == HttpStatusCode.OK, toegewezen.ToString());
        Assert.Equal("Bert Medewerker", toegewezen.Json["toegewezenNaam"]!.GetValue<string>());

        var overnemen = await an.PostAsync(basis + "/nemen", null);
        Assert.Equal(HttpStatusCode.BadRequest, overnemen.Status);
        var onbekend = await an.PostAsync(basis + "/toewijzen", new { medewerkerId = "iemand" });
        Assert.Equal(HttpStatusCode.BadRequest, onbekend.Status);

        var herverdeeld = await lead.PostAsync(basis + "/nemen", null);
        Assert.True(herverdeeld.Status == HttpStatusCode.OK, herverdeeld.ToString());
        Assert.Equal("Lea Medewerker", herverdeeld.Json["toegewezenNaam"]!.GetValue<string>());
        var inbox = await bert.GetAsync($"api/behandeling/{Gent}/inbox?toestand=in-behandeling&dienst={Lokalen}");
        Assert.Contains(inbox.Json["items"]!.AsArray(), i => i!["dossierId"]!.GetValue<string>() == dossierId);
    }

    [Fact]
    public async Task De_inbox_filtert_zoekt_en_zet_de_kortste_termijn_bovenaan()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Ilse", $"behandelaar:{Gent}");
        string lang = await fixture.VraagAanAsync(Lokalen);
        string kort = await fixture.VraagAanAsync(Kampsubsidie);
        await WachtOpZaakAsync(behandelaar, Gent, lang);
        await WachtOpZaakAsync(behandelaar, Gent, kort);

        var alles = (await behandelaar.GetAsync($"api/behandeling/{Gent}/inbox?aantal=200")).Json["items"]!.AsArray()
            .Select(i => i!["dossierId"]!.GetValue<string>()).ToList();
        Assert.True(alles.IndexOf(kort) < alles.IndexOf(lang), "the 1-day term ends first, so it comes first");

        var perDienst = (await behandelaar.GetAsync($"api/behandeling/{Gent}/inbox?dienst={Lokalen}&aantal=200")).Json["items"]!.AsArray();
        Assert.All(perDienst, i => Assert.Equal(Lokalen, i!["productnummer"]!.GetValue<string>()));
        Assert.Contains(perDienst, i => i!["dossierId"]!.GetValue<string>() == lang);

        foreach (string zoek in new[] { fixture.VCode, fixture.VCode.ToLowerInvariant(), "behandeltest", "CHIRO" })
        {
            var gevonden = (await behandelaar.GetAsync($"api/behandeling/{Gent}/inbox?zoek={zoek}&aantal=200")).Json["items"]!.AsArray();
            Assert.Contains(gevonden, i => i!["dossierId"]!.GetValue<string>() == kort);
        }

        Assert.Empty((await behandelaar.GetAsync($"api/behandeling/{Gent}/inbox?zoek=V9999999")).Json["items"]!.AsArray());
        Assert.Empty((await behandelaar.GetAsync($"api/behandeling/{Gent}/inbox?gemeente=Nergensdorp")).Json["items"]!.AsArray());

        var pagina1 = (await behandelaar.GetAsync($"api/behandeling/{Gent}/inbox?aantal=1")).Json;
        string vervolg = pagina1["vervolg"]!.GetValue<string>();
        var pagina2 = (await behandelaar.GetAsync($"api/behandeling/{Gent}/inbox?aantal=1&vervolg={vervolg}")).Json;
        Assert.NotEqual(pagina1["items"]![0]!["dossierId"]!.GetValue<string>(), pagina2["items"]![0]!["dossierId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("inbox?aantal=0", "aantal")]
    [InlineData("inbox?aantal=abc", "aantal")]
    [InlineData("inbox?toestand=weg", "toestand")]
    [InlineData("inbox?vervolg=%%%", "vervolg")]
    [InlineData("inbox?vervolg=bm9n", "vervolg")]
    public async Task Foute_invoer_in_de_inbox_is_een_Nederlandse_400(string route, string veld)
    {
        using var behandelaar = await fixture.MedewerkerAsync("Ilse", $"behandelaar:{Gent}");
        var r = await behandelaar.GetAsync($"api/behandeling/{Gent}/{route}");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        Assert.Contains(veld, r.FoutVelden);
    }

    [Fact]
    public async Task Een_beslissing_zonder_motivering_of_met_een_onbekende_uitkomst_verandert_niets()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Greet", $"behandelaar:{Gent}");
        string dossierId = await fixture.VraagAanAsync(Lokalen);
        await WachtOpZaakAsync(behandelaar, Gent, dossierId);
        string basis = $"api/behandeling/{Gent}/zaken/{dossierId}";
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync(basis + "/nemen", null)).Status);

        var fout = await behandelaar.PostAsync(basis + "/beslissen", new { uitkomst = "misschien", motivering = "" });
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal(["motivering", "uitkomst"], fout.FoutVelden.Order().ToArray());
        var slechtDocument = await behandelaar.PostAsync(basis + "/beslissen",
            new { uitkomst = "afgekeurd", motivering = "Onvolledig.", document = new { naam = "x.exe", contentType = "application/x-msdownload", inhoudBase64 = "AAAA" } });
        Assert.Equal(HttpStatusCode.BadRequest, slechtDocument.Status);

        var zaak = await behandelaar.GetAsync(basis);
        Assert.Equal("in-behandeling", zaak.Json["toestand"]!.GetValue<string>());
        Assert.Null(zaak.Json["besluit"]);
    }

    [Fact]
    public async Task Een_afkeuring_met_een_gegenereerd_beslissingsdocument_in_pdf()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Greet", $"behandelaar:{Gent}");
        string dossierId = await fixture.VraagAanAsync(Lokalen);
        await WachtOpZaakAsync(behandelaar, Gent, dossierId);
        string basis = $"api/behandeling/{Gent}/zaken/{dossierId}";
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync(basis + "/nemen", null)).Status);

        var allebei = await behandelaar.PostAsync(basis + "/beslissen", new
        {
            uitkomst = "afgekeurd", motivering = "x", genereerDocument = true,
            document = new { naam = "b.pdf", contentType = "application/pdf", inhoudBase64 = Convert.ToBase64String(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")) },
        });
        Assert.Equal(HttpStatusCode.BadRequest, allebei.Status);

        var beslist = await behandelaar.PostAsync(basis + "/beslissen",
            new { uitkomst = "afgekeurd", motivering = "De werken zijn al uitgevoerd.", genereerDocument = true });
        Assert.True(beslist.Status == HttpStatusCode.OK, beslist.ToString());

        var dossier = await WachtAsync(() => fixture.DossierAsync(dossierId), d => Fase(d) == "Afgekeurd");
        var document = dossier["documenten"]!.AsArray().Single(d => d!["soort"]!.GetValue<string>() == "Beslissing")!;
        Assert.Equal("application/pdf", document["contentType"]!.GetValue<string>());
        using var download = await fixture.Vertegenwoordiger.SendRauwAsync(new HttpRequestMessage(HttpMethod.Get, document["url"]!.GetValue<string>().TrimStart('/')));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        byte[] pdf = await download.Content.ReadAsByteArrayAsync();
        string tekst = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", tekst);
        Assert.Contains("%%EOF", tekst[^64..]);
        Assert.Contains("Beslissing: Subsidie voor jeugdlokalen", tekst);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(pdf)), document["sha256"]!.GetValue<string>());
    }

    // The association's answer (or a restarted workflow's submission) may reach the case just after the case worker
    // decided. The workflow then closes the dossier with what that step returns: before, the decision without its
    // document, and the report that did carry it found the workflow ended. Every answer of a decided case has the document.
    [Fact]
    public async Task Een_stap_die_een_beslist_dossier_bereikt_krijgt_het_beslissingsdocument_mee()
    {
        using var behandelaar = await fixture.MedewerkerAsync("Greet", $"behandelaar:{Gent}");
        string dossierId = await fixture.VraagAanAsync(Lokalen);
        await WachtOpZaakAsync(behandelaar, Gent, dossierId);
        string basis = $"api/behandeling/{Gent}/zaken/{dossierId}";
        Assert.Equal(HttpStatusCode.OK, (await behandelaar.PostAsync(basis + "/nemen", null)).Status);
        var beslist = await behandelaar.PostAsync(basis + "/beslissen", new { uitkomst = "goedgekeurd", motivering = "In orde.", genereerDocument = true });
        Assert.True(beslist.Status == HttpStatusCode.OK, beslist.ToString());

        var connector = fixture.Host.Services.GetRequiredService<VLoket.Domain.Behandeling.BehandelloketConnector>();
        var instantie = fixture.Host.Services.GetRequiredService<VLoket.Domain.Instanties.InstantieRegister>().Zoek(Gent)!;
        string zaakId = VLoket.Domain.Behandeling.BehandelloketConnector.ZaakIdVoor(dossierId);

        var naAntwoord = await connector.AntwoordAsync(instantie, zaakId, "Het budget is 1200 euro.");
        var naAnnulering = await connector.AnnuleerAsync(instantie, zaakId);

        foreach (var zaak in new[] { naAntwoord, naAnnulering })
        {
            Assert.Equal("Goedgekeurd", zaak.Fase);
            Assert.NotNull(zaak.Beslissing?.Document);
            Assert.Equal("application/pdf", zaak.Beslissing!.Document!.ContentType);
        }
    }
}
