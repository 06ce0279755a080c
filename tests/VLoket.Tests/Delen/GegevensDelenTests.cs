using System.Net;
using System.Text.Json.Nodes;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Delen;
using VLoket.Functions.Delen;
using VLoket.Orchestrations.Delen;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Delen.DelenFixture;

namespace VLoket.Tests.Delen;

/// <summary>
/// Passing changes on to agencies ("once only"), through real HTTP on Azurite with the simulated agencies: who receives
/// what, retries, stuck deliveries for operators, the outbox sweeper, and the association's log.
/// </summary>
public sealed class GegevensDelenTests(DelenFixture fixture) : IClassFixture<DelenFixture>
{
    [Fact]
    public async Task Een_nieuw_e_mailadres_bereikt_precies_de_instanties_waarvan_de_rechtsgrond_e_mail_dekt()
    {
        string vCode = await fixture.VerenigingMetDossiersAsync("Schaakclub De Loper Deeltest");
        await fixture.VoegEMailToeAsync(vCode, "bestuur@deloper.be");

        var log = await fixture.WachtOpLogAsync(vCode, l => l.Count(i => Tekst(i!, "resultaat") == "Bezorgd") == 2);
        string wijzigingId = Tekst(log[0]!, "wijzigingId");
        var uitkomst = await fixture.Durable.WaitForInstanceCompletionAsync(wijzigingId, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, uitkomst.RuntimeStatus);
        Assert.Equal(new[] { Cultuur, Gent }, uitkomst.ReadOutputAs<DelenUitkomst>()!.Resultaten.Keys.Order());

        foreach (string ovo in new[] { Cultuur, Gent })
        {
            var ontvangen = Assert.Single(await fixture.OntvangenAsync(ovo, vCode));
            var bericht = ontvangen["bericht"]!;
            Assert.Equal(LeveringOpdracht.Id(wijzigingId, ovo), Tekst(ontvangen, "sleutel"));
            Assert.Equal(["e-mail"], bericht["velden"]!.AsArray().Select(v => v!.GetValue<string>()));
            // Only the covered field, with its current values: no other data travels along.
            var gegevens = bericht["gegevens"]!.AsObject();
            Assert.Equal(["e-mail"], gegevens.Select(g => g.Key));
            Assert.Equal("bestuur@deloper.be", Assert.Single(gegevens["e-mail"]!.AsArray())!["waarde"]!.GetValue<string>());
            Assert.Contains("(demo)", Tekst(bericht, "rechtsgrond"));
        }

        // The insurer's legal basis does not cover e-mail: it has an open dossier, yet received nothing at all.
        Assert.Empty(await fixture.OntvangenAsync(Verzekering, vCode));
        Assert.Empty(Van(log, Verzekering));

        var cultuur = Assert.Single(Van(log, Cultuur));
        Assert.Equal(1, cultuur["pogingen"]!.GetValue<int>());
        Assert.Equal("Departement Cultuur, Jeugd en Media", Tekst(cultuur, "instantienaam"));
        Assert.Equal(["e-mail"], cultuur["velden"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Contains("art. 12", Tekst(cultuur, "rechtsgrond"));
    }

    [Fact]
    public async Task Een_levering_die_drie_keer_mislukt_en_dan_lukt_staat_een_keer_als_bezorgd_in_het_logboek()
    {
        string vCode = await fixture.VerenigingMetDossiersAsync("Fanfare Sint-Cecilia Deeltest");
        await fixture.StoringenAsync(Cultuur, new { aantal = 3 });
        await fixture.VoegEMailToeAsync(vCode, "secretaris@cecilia.be");

        var log = await fixture.WachtOpLogAsync(vCode, l => Van(l, Cultuur).Any(i => Tekst(i, "resultaat") == "Bezorgd"));
        var levering = Assert.Single(Van(log, Cultuur));
        Assert.Equal(4, levering["pogingen"]!.GetValue<int>());
        Assert.Contains("503", Tekst(levering, "laatsteFout"), StringComparison.Ordinal);

        // The agency saw four requests with one key and applied the change once.
        var ontvangen = Assert.Single(await fixture.OntvangenAsync(Cultuur, vCode));
        Assert.Equal(4, ontvangen["pogingen"]!.GetValue<int>());
        Assert.Null(await fixture.Host.Services.GetRequiredService<GegevensdelingRepository>().VastgelopenAsync(Tekst(levering, "leveringId")));
    }

    [Fact]
    public async Task Een_levering_die_blijft_mislukken_staat_bij_de_beheerder_en_lukt_na_opnieuw()
    {
        string vCode = await fixture.VerenigingMetDossiersAsync("Toneelkring Het Masker Deeltest");
        await fixture.StoringenAsync(Gent, new { altijd = true });
        try
        {
            await fixture.VoegEMailToeAsync(vCode, "info@hetmasker.be");
            var log = await fixture.WachtOpLogAsync(vCode, l => Van(l, Gent).Any(i => Tekst(i, "resultaat") == "Vastgelopen"));
            var levering = Assert.Single(Van(log, Gent));
            string leveringId = Tekst(levering, "leveringId");
            Assert.Equal(4, levering["pogingen"]!.GetValue<int>());

            using var beheerder = await fixture.AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");
            var overzicht = await beheerder.GetAsync("api/beheer/overzicht");
            Assert.Equal(HttpStatusCode.OK, overzicht.Status);
            var vast = overzicht.Json["vastgelopenLeveringen"]!.AsArray().Single(l => Tekst(l!, "leveringId") == leveringId)!;
            Assert.Equal(vCode, Tekst(vast, "vCode"));
            Assert.Equal(Gent, Tekst(vast, "ovoCode"));
            Assert.Empty(await fixture.OntvangenAsync(Gent, vCode));

            // Only an operator may retry; anyone else is told the route does not exist.
            var nietBeheerder = await fixture.Vertegenwoordiger.PostAsync($"api/beheer/leveringen/{leveringId}/opnieuw", null);
            Assert.Equal(HttpStatusCode.NotFound, nietBeheerder.Status);
            Assert.Equal(HttpStatusCode.NotFound, (await beheerder.PostAsync("api/beheer/leveringen/Wonbekend-OVO000001/opnieuw", null)).Status);

            await fixture.StoringenAsync(Gent, new { });
            var opnieuw = await beheerder.PostAsync($"api/beheer/leveringen/{leveringId}/opnieuw", new { reden = "Instantie meldt storing opgelost" });
            Assert.True(opnieuw.Status == HttpStatusCode.Accepted, opnieuw.ToString());

            log = await fixture.WachtOpLogAsync(vCode, l => Van(l, Gent).Any(i => Tekst(i, "resultaat") == "Bezorgd"));
            Assert.Equal(5, Assert.Single(Van(log, Gent))["pogingen"]!.GetValue<int>());
            Assert.Single(await fixture.OntvangenAsync(Gent, vCode));
            overzicht = await beheerder.GetAsync("api/beheer/overzicht");
            Assert.DoesNotContain(overzicht.Json["vastgelopenLeveringen"]!.AsArray(), l => Tekst(l!, "leveringId") == leveringId);
            Assert.Equal(HttpStatusCode.Conflict, (await beheerder.PostAsync($"api/beheer/leveringen/{leveringId}/opnieuw", null)).Status);
        }
        finally
        {
            await fixture.StoringenAsync(Gent, new { });
        }
    }

    [Fact]
    public async Task De_veger_plant_een_achtergebleven_uitgaande_wijziging_en_laat_een_verse_staan()
    {
        string vCode = await fixture.VerenigingMetDossiersAsync("Buurtcomité Veegplein Deeltest");
        var outbox = fixture.Host.Services.GetRequiredService<UitgaandeWijzigingOpslag>();
        // As if the process stopped between storing the change and scheduling its workflow.
        var achtergebleven = UitgaandeWijziging.Nieuw(vCode, [GedeeldeVelden.Adres], DateTimeOffset.UtcNow.AddMinutes(-2));
        var vers = UitgaandeWijziging.Nieuw(vCode, [GedeeldeVelden.Telefoon], DateTimeOffset.UtcNow);
        await outbox.BewaarAsync(achtergebleven);
        await outbox.BewaarAsync(vers);

        await fixture.Host.Services.GetRequiredService<DelingStarter>().VeegAsync(fixture.Durable);

        Assert.Null(await outbox.LeesAsync(vCode, achtergebleven.WijzigingId));
        Assert.NotNull(await outbox.LeesAsync(vCode, vers.WijzigingId));
        var uitkomst = await fixture.Durable.WaitForInstanceCompletionAsync(achtergebleven.WijzigingId, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, uitkomst.RuntimeStatus);
        // Every agency's legal basis covers the address.
        foreach (string ovo in new[] { Cultuur, Gent, Verzekering })
        {
            var ontvangen = Assert.Single(await fixture.OntvangenAsync(ovo, vCode));
            Assert.Equal(achtergebleven.WijzigingId, Tekst(ontvangen["bericht"]!, "wijzigingId"));
        }

        await outbox.VerwijderAsync(vers);
    }

    [Fact]
    public async Task Het_logboek_is_gepagineerd_en_alleen_voor_vertegenwoordigers()
    {
        string vCode = await fixture.VerenigingMetDossiersAsync("Wielerclub Trappers Deeltest");
        await fixture.VoegEMailToeAsync(vCode, "trappers@wielerclub.be");
        await fixture.WachtOpLogAsync(vCode, l => l.Count(i => Tekst(i!, "resultaat") == "Bezorgd") == 2);

        var eerste = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/gegevensdelingen?aantal=1");
        Assert.Equal(HttpStatusCode.OK, eerste.Status);
        Assert.Single(eerste.Json["items"]!.AsArray());
        string vervolg = eerste.Json["vervolg"]!.GetValue<string>();
        var tweede = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/gegevensdelingen?aantal=1&vervolg={Uri.EscapeDataString(vervolg)}");
        Assert.Equal(HttpStatusCode.OK, tweede.Status);
        Assert.NotEqual(Tekst(eerste.Json["items"]![0]!, "leveringId"), Tekst(tweede.Json["items"]![0]!, "leveringId"));

        var fout = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/gegevensdelingen?aantal=0");
        Assert.Equal(HttpStatusCode.BadRequest, fout.Status);
        Assert.Equal("application/problem+json", fout.ContentType);
        Assert.Contains("aantal", fout.FoutVelden);
        Assert.Contains("vervolg", (await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/gegevensdelingen?vervolg=!!")).FoutVelden);

        using var ander = await fixture.AlsAsync(Voorbeelden.NieuwInsz(), "Andere", "Persoon");
        Assert.Equal(HttpStatusCode.NotFound, (await ander.GetAsync($"api/verenigingen/{vCode}/gegevensdelingen")).Status);
        // No INSZ in the log, only field names.
        Assert.DoesNotContain(fixture.VertegenwoordigerInsz, eerste.Tekst + tweede.Tekst);
    }
}
