using Microsoft.DurableTask;
using Moq;
using VLoket.Domain;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Aanvragen.V1;
using VLoket.Orchestrations.Dossiers;

namespace VLoket.Tests.Aanvragen;

/// <summary>The workflow's decision paths against a mocked context (events and timers set up explicitly).</summary>
public sealed class AanvraagOrchestratorTests
{
    static readonly DateTime Start = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    static AanvraagOpdracht Opdracht(string modus) => new("D1", "V0001001", "9101", "OVO002949", modus,
        new Dictionary<string, string> { ["omschrijving"] = "Kamp" }, [new Vraag("omschrijving", "Omschrijving", "tekst", true)],
        Start.AddDays(30), "http://loket/api/instanties/OVO002949/callbacks", VertegenwoordigerId: null, EerstePollSeconden: 1);

    static Zaak Zaak(string fase, Beslissing? beslissing = null) => new("Z1", "D1", "OVO002949", "9101", fase, "label " + fase, null, beslissing, Start);

    sealed class Context
    {
        public readonly Mock<TaskOrchestrationContext> Mock = new();
        public readonly TaskCompletionSource<string> Annuleer = new();
        public readonly TaskCompletionSource<StatusWijziging> Status = new();
        public readonly List<DossierBijwerking> Bijwerkingen = [];
        public DateTime Nu = Start;

        public Context(Zaak ingediend, List<VeldFout>? fouten = null)
        {
            Mock.SetupGet(c => c.CurrentUtcDateTime).Returns(() => Nu);
            Mock.Setup(c => c.CallActivityAsync<List<VeldFout>>(new TaskName(nameof(ControleerAntwoorden)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
                .ReturnsAsync(fouten ?? []);
            Mock.Setup(c => c.CallActivityAsync<Zaak>(new TaskName(nameof(DienAanvraagIn)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
                .ReturnsAsync(ingediend);
            Mock.Setup(c => c.CallActivityAsync<bool>(new TaskName(nameof(WerkDossierBij)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
                .Callback<TaskName, object?, TaskOptions?>((_, input, _) => Bijwerkingen.Add((DossierBijwerking)input!))
                .ReturnsAsync(true);
            Mock.Setup(c => c.CallActivityAsync<string>(new TaskName(nameof(BewaarBeslissing)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
                .ReturnsAsync("beslissing-Z1");
            Mock.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Annuleer, It.IsAny<CancellationToken>())).Returns(Annuleer.Task);
            Mock.Setup(c => c.WaitForExternalEvent<StatusWijziging>(DossierEvents.Status, It.IsAny<CancellationToken>())).Returns(Status.Task);
        }

        /// <summary>Timers never fire unless a test says so.</summary>
        public void TimersWachten() =>
            Mock.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(new TaskCompletionSource().Task);
    }

    [Fact]
    public async Task Ongeldige_antwoorden_sluiten_het_dossier_zonder_iets_in_te_dienen()
    {
        var ctx = new Context(Zaak("Ingediend"), [new VeldFout("antwoorden.omschrijving", "Beantwoord de vraag.")]);

        var uitkomst = await new AanvraagOrchestrator().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Afgekeurd", uitkomst.Fase);
        ctx.Mock.Verify(c => c.CallActivityAsync<Zaak>(new TaskName(nameof(DienAanvraagIn)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Never);
        Assert.Equal("Afgekeurd", ctx.Bijwerkingen.Single().Fase);
    }

    [Fact]
    public async Task Een_onmiddellijke_beslissing_bewaart_het_document_en_wacht_niet()
    {
        var ctx = new Context(Zaak("Goedgekeurd", new Beslissing("Goedgekeurd", "ok", new BeslissingDocument("b.pdf", "application/pdf", "JVBERg=="))));

        var uitkomst = await new AanvraagOrchestrator().RunAsync(ctx.Mock.Object, Opdracht(Modi.Onmiddellijk));

        Assert.Equal("Goedgekeurd", uitkomst.Fase);
        ctx.Mock.Verify(c => c.CallActivityAsync<string>(new TaskName(nameof(BewaarBeslissing)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Once);
        ctx.Mock.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Annuleren_meldt_het_aan_de_instantie_en_sluit_geannuleerd()
    {
        var ctx = new Context(Zaak("Ingediend"));
        ctx.TimersWachten();
        ctx.Annuleer.SetResult("Gaat niet door.");
        ctx.Mock.Setup(c => c.CallActivityAsync<Zaak?>(new TaskName(nameof(AnnuleerBijInstantie)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ReturnsAsync(Zaak("Geannuleerd"));

        var uitkomst = await new AanvraagOrchestrator().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Geannuleerd", uitkomst.Fase);
        ctx.Mock.Verify(c => c.CallActivityAsync<Zaak?>(new TaskName(nameof(AnnuleerBijInstantie)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Once);
        Assert.Equal("Gaat niet door.", ctx.Bijwerkingen.Last().Toelichting);
    }

    [Fact]
    public async Task Na_de_termijn_zonder_beslissing_is_het_dossier_verlopen()
    {
        var ctx = new Context(Zaak("Ingediend"));
        ctx.Mock.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns<DateTime, CancellationToken>((wanneer, _) =>
            {
                ctx.Nu = Start.AddDays(31); // the timer that fires is past the deadline
                return Task.CompletedTask;
            });

        var uitkomst = await new AanvraagOrchestrator().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Verlopen", uitkomst.Fase);
        ctx.Mock.Verify(c => c.CallActivityAsync<Zaak>(new TaskName(nameof(LeesZaakStatus)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), Times.Never);
    }

    [Fact]
    public async Task Een_agentschap_zonder_callbacks_wordt_gepeild_met_een_groeiende_tussentijd()
    {
        var ctx = new Context(Zaak("Ingediend"));
        var wekkers = new List<DateTime>();
        ctx.Mock.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()))
            .Returns<DateTime, CancellationToken>((wanneer, _) =>
            {
                wekkers.Add(wanneer);
                ctx.Nu = wanneer;
                return Task.CompletedTask;
            });
        ctx.Mock.SetupSequence(c => c.CallActivityAsync<Zaak>(new TaskName(nameof(LeesZaakStatus)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ReturnsAsync(Zaak("InBehandeling"))
            .ReturnsAsync(Zaak("InBehandeling"))
            .ReturnsAsync(Zaak("Goedgekeurd"));

        var uitkomst = await new AanvraagOrchestrator().RunAsync(ctx.Mock.Object, Opdracht(Modi.Polling));

        Assert.Equal("Goedgekeurd", uitkomst.Fase);
        Assert.Equal([1, 2, 4], wekkers.Select((w, i) => (int)(w - (i == 0 ? Start : wekkers[i - 1])).TotalSeconds));
        ctx.Mock.Verify(c => c.WaitForExternalEvent<StatusWijziging>(DossierEvents.Status, It.IsAny<CancellationToken>()), Times.Never);
    }

    static TaskFailedException Mislukt(Exception oorzaak) =>
        new(nameof(DienAanvraagIn), 3, new TaskFailureDetails(oorzaak.GetType().FullName!, oorzaak.Message, null, null, null));

    [Fact]
    public async Task Een_instantie_die_onbereikbaar_blijft_laat_de_workflow_falen_met_een_vertraagd_dossier()
    {
        var ctx = new Context(Zaak("Ingediend"));
        var fout = Mislukt(new InstantieTijdelijkOnbereikbaarFout("OVO002949", "HTTP 503"));
        TaskOptions? opties = null;
        ctx.Mock.Setup(c => c.CallActivityAsync<Zaak>(new TaskName(nameof(DienAanvraagIn)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Callback<TaskName, object?, TaskOptions?>((_, _, o) => opties = o)
            .ThrowsAsync(fout);

        // Failing (not completing as Afgekeurd) is the point: the operator's list of failed workflows finds it.
        var gegooid = await Assert.ThrowsAsync<TaskFailedException>(() => new AanvraagOrchestrator().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback) with { Pogingen = 4 }));

        Assert.Same(fout, gegooid);
        var bijwerking = Assert.Single(ctx.Bijwerkingen);
        Assert.Equal("Ingediend", bijwerking.Fase);
        Assert.Equal(VLoket.Orchestrations.Dossiers.DossierRegels.VertraagdLabel, bijwerking.Label);
        Assert.False(bijwerking.ActieNodig);
        // The attempts come from the workflow's input.
        Assert.Equal(4, opties!.Retry!.Policy!.MaxNumberOfAttempts);
    }

    [Fact]
    public async Task Een_instantie_die_onbereikbaar_wordt_tijdens_het_volgen_laat_de_fase_staan_en_faalt()
    {
        var ctx = new Context(Zaak("InBehandeling"));
        ctx.Mock.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(Task.CompletedTask);
        ctx.Mock.Setup(c => c.CallActivityAsync<Zaak>(new TaskName(nameof(LeesZaakStatus)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ThrowsAsync(Mislukt(new InstantieTijdelijkOnbereikbaarFout("OVO002949", "TaskCanceledException")));

        await Assert.ThrowsAsync<TaskFailedException>(() => new AanvraagOrchestrator().RunAsync(ctx.Mock.Object, Opdracht(Modi.Polling)));

        Assert.Equal(["InBehandeling", "InBehandeling"], ctx.Bijwerkingen.Select(b => b.Fase));
        Assert.Equal(VLoket.Orchestrations.Dossiers.DossierRegels.VertraagdLabel, ctx.Bijwerkingen.Last().Label);
    }

    [Fact]
    public async Task Een_weigering_van_de_instantie_sluit_het_dossier_afgekeurd_zonder_te_falen()
    {
        var ctx = new Context(Zaak("Ingediend"));
        ctx.Mock.Setup(c => c.CallActivityAsync<Zaak>(new TaskName(nameof(DienAanvraagIn)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ThrowsAsync(Mislukt(new InstantieWeigertFout("OVO002949", 400, "Onbekend productnummer")));

        var uitkomst = await new AanvraagOrchestrator().RunAsync(ctx.Mock.Object, Opdracht(Modi.Callback));

        Assert.Equal("Afgekeurd", uitkomst.Fase);
        Assert.Equal("Niet bezorgd", Assert.Single(ctx.Bijwerkingen).Label);
    }
}
