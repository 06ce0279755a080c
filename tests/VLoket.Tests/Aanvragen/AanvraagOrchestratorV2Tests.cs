using System.Text.Json;
using Microsoft.DurableTask;
using Moq;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Dossiers;

namespace VLoket.Tests.Aanvragen;

/// <summary>The application workflow's (version 2) decision paths against a mocked context; its events carry ids only.</summary>
public sealed class AanvraagOrchestratorV2Tests
{
    static readonly DateTime Start = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    static AanvraagWorkflow Opdracht(string modus) =>
        new("D1", "V0001001", "OVO002949", modus, Start.AddDays(30), "http://loket/api/instanties/OVO002949/callbacks", EerstePollSeconden: 1);

    static ZaakStand Stand(string fase) => new("Z1", fase, "label " + fase);

    sealed class Context
    {
        public readonly Mock<TaskOrchestrationContext> Mock = new();
        public readonly TaskCompletionSource<string> Annuleer = new();
        public readonly TaskCompletionSource<string> Status = new();
        public readonly TaskCompletionSource<string> Antwoord = new();
        public readonly List<DossierBijwerking> Bijwerkingen = [];
        public readonly List<object?> Stappen = [];
        public DateTime Nu = Start;

        public Context(ZaakStand ingediend)
        {
            Mock.SetupGet(c => c.CurrentUtcDateTime).Returns(() => Nu);
            Mock.Setup(c => c.CallActivityAsync<ZaakStand>(It.IsAny<TaskName>(), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
                .Callback<TaskName, object?, TaskOptions?>((_, input, _) => Stappen.Add(input))
                .ReturnsAsync(ingediend);
            Mock.Setup(c => c.CallActivityAsync<bool>(new TaskName(nameof(WerkDossierBij)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
                .Callback<TaskName, object?, TaskOptions?>((_, input, _) => Bijwerkingen.Add((DossierBijwerking)input!))
                .ReturnsAsync(true);
            Mock.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Annuleer, It.IsAny<CancellationToken>())).Returns(Annuleer.Task);
            Mock.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Status, It.IsAny<CancellationToken>())).Returns(Status.Task);
            Mock.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Antwoord, It.IsAny<CancellationToken>())).Returns(Antwoord.Task);
            Mock.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(new TaskCompletionSource().Task);
        }

        /// <summary>Timers fire at once, moving the clock to their time; returns the times they were set for.</summary>
        public List<DateTime> VolgWekkers()
        {
            var wekkers = new List<DateTime>();
            Mock.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
                .Returns<DateTime, CancellationToken>((wanneer, _) =>
                {
                    wekkers.Add(wanneer);
                    Nu = wanneer;
                    return Task.CompletedTask;
                });
            return wekkers;
        }

        public void Stap(string naam, params ZaakStand[] standen)
        {
            var volgende = new Queue<ZaakStand>(standen);
            Mock.Setup(c => c.CallActivityAsync<ZaakStand>(new TaskName(naam), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
                .Callback<TaskName, object?, TaskOptions?>((_, input, _) => Stappen.Add(input))
                .ReturnsAsync(() => volgende.Dequeue());
        }
    }

    [Fact]
    public async Task De_indiening_draagt_alleen_ids_de_stap_leest_de_antwoorden_zelf()
    {
        var ctx = new Context(Stand("Goedgekeurd"));

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Onmiddellijk));

        Assert.Equal("Goedgekeurd", uitkomst.Fase);
        var indienen = Assert.IsType<Indienen>(Assert.Single(ctx.Stappen));
        Assert.Equal(("D1", "V0001001", "OVO002949"), (indienen.DossierId, indienen.VCode, indienen.OvoCode));
        Assert.Empty(ctx.Bijwerkingen); // the submit step itself brought the dossier in line
    }

    [Fact]
    public async Task Een_callback_wordt_per_event_id_een_keer_verwerkt()
    {
        var ctx = new Context(Stand("Ingediend"));
        var tweede = new TaskCompletionSource<string>();
        ctx.Mock.SetupSequence(c => c.WaitForExternalEvent<string>(DossierEvents.Status, It.IsAny<CancellationToken>()))
            .Returns(Task.FromResult("e1")).Returns(Task.FromResult("e1")).Returns(Task.FromResult("e2")).Returns(tweede.Task);
        ctx.Stap(nameof(VerwerkMelding), Stand("InBehandeling"), Stand("Goedgekeurd"));

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Goedgekeurd", uitkomst.Fase);
        Assert.Equal(["e1", "e2"], ctx.Stappen.OfType<MeldingStap>().Select(s => s.EventId));
    }

    [Fact]
    public async Task Een_antwoord_gaat_als_verzoek_id_naar_de_stap_die_het_bezorgt()
    {
        var ctx = new Context(Stand("ActieNodig"));
        ctx.Antwoord.SetResult("A1");
        ctx.Stap(nameof(BezorgAntwoord), Stand("Goedgekeurd"));

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Goedgekeurd", uitkomst.Fase);
        var stap = Assert.Single(ctx.Stappen.OfType<AntwoordStap>());
        Assert.Equal(("A1", "Z1"), (stap.VerzoekId, stap.ZaakId));
    }

    [Fact]
    public async Task Annuleren_meldt_het_aan_de_instantie_en_sluit_met_de_reden_als_verzoek()
    {
        var ctx = new Context(Stand("Ingediend"));
        ctx.Annuleer.SetResult("X1");
        ctx.Mock.Setup(c => c.CallActivityAsync<bool>(new TaskName(nameof(AnnuleerZaak)), It.IsAny<object?>(), It.IsAny<TaskOptions?>())).ReturnsAsync(true);

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Geannuleerd", uitkomst.Fase);
        var sluiten = Assert.Single(ctx.Bijwerkingen);
        Assert.Equal(("Geannuleerd", "X1", (string?)null), (sluiten.Fase, sluiten.ToelichtingVerzoekId, sluiten.Toelichting));
    }

    [Fact]
    public async Task Een_instantie_zonder_callbacks_wordt_gepeild_met_een_groeiende_tussentijd()
    {
        var ctx = new Context(Stand("Ingediend"));
        var wekkers = ctx.VolgWekkers();
        ctx.Stap(nameof(LeesZaak), Stand("InBehandeling"), Stand("InBehandeling"), Stand("Goedgekeurd"));

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Polling));

        Assert.Equal("Goedgekeurd", uitkomst.Fase);
        Assert.Equal([1, 2, 4], wekkers.Select((w, i) => (int)(w - (i == 0 ? Start : wekkers[i - 1])).TotalSeconds));
    }

    // A decision made while the association had to act, whose report was lost: before, the workflow waited for an answer
    // until the deadline and closed the dossier as Verlopen. From version 3 it reads the case meanwhile and finds it.
    [Fact]
    public async Task Wie_op_de_vereniging_wacht_leest_de_zaak_toch_zodat_een_verloren_beslissing_aankomt()
    {
        var ctx = new Context(Stand("ActieNodig"));
        var wekkers = ctx.VolgWekkers();
        ctx.Stap(nameof(LeesZaak), Stand("ActieNodig"), Stand("Goedgekeurd"));

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback) with { Versie = AanvraagWorkflow.HuidigeVersie });

        Assert.Equal("Goedgekeurd", uitkomst.Fase);
        Assert.Equal([4, 8], wekkers.Select((w, i) => (int)(w - (i == 0 ? Start : wekkers[i - 1])).TotalSeconds));
        Assert.Empty(ctx.Bijwerkingen); // the read brought the dossier in line; nothing was closed as Verlopen
    }

    // An agency that cannot be read while the association must answer: before, the safety read failed the workflow for
    // an operator ("Vertraagd", the question gone and the answer refused). The read is only a safety net there: it waits on.
    [Fact]
    public async Task Een_onleesbare_instantie_terwijl_de_vereniging_moet_antwoorden_laat_de_vraag_open()
    {
        var ctx = new Context(Stand("ActieNodig"));
        var gelezen = 0;
        ctx.Mock.SetupSequence(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns(Task.CompletedTask).Returns(new TaskCompletionSource().Task);
        ctx.Mock.Setup(c => c.CallActivityAsync<ZaakStand>(new TaskName(nameof(LeesZaak)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Callback(() =>
            {
                gelezen++;
                ctx.Antwoord.SetResult("antwoord-1");
            })
            .ThrowsAsync(new TaskFailedException(nameof(LeesZaak), 3, new TaskFailureDetails("HttpRequestException", "onbereikbaar", null, null, null)));
        ctx.Stap(nameof(BezorgAntwoord), Stand("Goedgekeurd"));

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback) with { Versie = AanvraagWorkflow.HuidigeVersie });

        Assert.Equal(1, gelezen);
        Assert.Equal("Goedgekeurd", uitkomst.Fase);
        Assert.Single(ctx.Stappen.OfType<AntwoordStap>());
        Assert.Empty(ctx.Bijwerkingen); // nothing written as Vertraagd
    }

    // Instances started before the version existed keep their timers, so they replay as they ran.
    [Fact]
    public async Task Een_workflow_van_versie_2_wacht_op_de_vereniging_tot_de_termijn_zoals_hij_liep()
    {
        var ctx = new Context(Stand("ActieNodig"));
        var wekkers = ctx.VolgWekkers();
        const string oudeInvoer = """{"dossierId":"D1","vCode":"V0001001","ovoCode":"OVO002949","modus":"Callback","uiterlijk":"2026-12-30T09:00:00Z","eerstePollSeconden":1}""";
        var opdracht = JsonSerializer.Deserialize<AanvraagWorkflow>(oudeInvoer, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, opdracht);

        Assert.Equal(2, opdracht.Versie);
        Assert.Equal("Verlopen", uitkomst.Fase);
        Assert.Equal([opdracht.Uiterlijk], wekkers);
    }

    [Fact]
    public async Task Na_de_termijn_zonder_beslissing_is_het_dossier_verlopen()
    {
        var ctx = new Context(Stand("Ingediend"));
        ctx.Mock.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns<DateTime, CancellationToken>((_, _) =>
            {
                ctx.Nu = Start.AddDays(31);
                return Task.CompletedTask;
            });

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Verlopen", uitkomst.Fase);
        Assert.DoesNotContain(ctx.Stappen, s => s is ZaakStap);
    }

    static TaskFailedException Mislukt(Exception oorzaak) =>
        new(nameof(DienDossierIn), 3, new TaskFailureDetails(oorzaak.GetType().FullName!, oorzaak.Message, null, null, null));

    [Fact]
    public async Task Een_instantie_die_onbereikbaar_blijft_laat_de_workflow_falen_met_een_vertraagd_dossier()
    {
        var ctx = new Context(Stand("Ingediend"));
        var fout = Mislukt(new InstantieTijdelijkOnbereikbaarFout("OVO002949", "HTTP 503"));
        TaskOptions? opties = null;
        ctx.Mock.Setup(c => c.CallActivityAsync<ZaakStand>(new TaskName(nameof(DienDossierIn)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Callback<TaskName, object?, TaskOptions?>((_, _, o) => opties = o)
            .ThrowsAsync(fout);

        var gegooid = await Assert.ThrowsAsync<TaskFailedException>(() => new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback) with { Pogingen = 4 }));

        Assert.Same(fout, gegooid);
        var bijwerking = Assert.Single(ctx.Bijwerkingen);
        Assert.Equal(("Ingediend", DossierRegels.VertraagdLabel, false), (bijwerking.Fase, bijwerking.Label, bijwerking.ActieNodig));
        Assert.Equal(4, opties!.Retry!.Policy!.MaxNumberOfAttempts);
    }

    [Fact]
    public async Task Opslag_die_wegblijft_tijdens_de_indiening_vertraagt_het_dossier_en_keurt_het_niet_af()
    {
        var ctx = new Context(Stand("Ingediend"));
        TaskOptions? opties = null;
        ctx.Mock.Setup(c => c.CallActivityAsync<ZaakStand>(new TaskName(nameof(DienDossierIn)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Callback<TaskName, object?, TaskOptions?>((_, _, o) => opties = o)
            .ThrowsAsync(Mislukt(new Azure.RequestFailedException("Connection refused (127.0.0.1:10002)")));

        await Assert.ThrowsAsync<TaskFailedException>(() => new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback)));

        var bijwerking = Assert.Single(ctx.Bijwerkingen);
        Assert.Equal(("Ingediend", DossierRegels.VertraagdLabel), (bijwerking.Fase, bijwerking.Label));
        Assert.NotNull(opties!.Retry); // retried like an unreachable agency before it gets here
    }

    [Fact]
    public async Task Een_weigering_van_de_instantie_sluit_het_dossier_afgekeurd_zonder_te_falen()
    {
        var ctx = new Context(Stand("Ingediend"));
        ctx.Mock.Setup(c => c.CallActivityAsync<ZaakStand>(new TaskName(nameof(DienDossierIn)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ThrowsAsync(Mislukt(new InstantieWeigertFout("OVO002949", 400, "Onbekend productnummer")));

        var uitkomst = await new AanvraagOrchestratorV2().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Afgekeurd", uitkomst.Fase);
        Assert.Equal("Niet bezorgd", Assert.Single(ctx.Bijwerkingen).Label);
    }
}
