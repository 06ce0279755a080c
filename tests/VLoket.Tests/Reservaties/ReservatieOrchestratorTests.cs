using Microsoft.DurableTask;
using Moq;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Dossiers;
using VLoket.Orchestrations.Reservaties;

namespace VLoket.Tests.Reservaties;

/// <summary>
/// The reservation workflow's decisions (version 2) against a mocked context. Events and timers are TaskCompletionSources:
/// left unset they never finish, as in the engine, where Moq would otherwise hand back completed tasks. The first timer
/// is the hold's expiry, later ones the reads while a reservation waits for approval.
/// </summary>
public sealed class ReservatieOrchestratorTests
{
    static readonly DateTime Start = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    static readonly DateTime VervaltOp = Start.AddMinutes(15);
    static readonly ReservatieWorkflow Opdracht = new("D1", "V0001001", "OVO004021", "tent", 2, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2),
        Modi.Callback, "https://loket.example.be/api/instanties/OVO004021/callbacks");

    readonly Mock<TaskOrchestrationContext> context = new();
    readonly TaskCompletionSource<string> bevestigen = new();
    readonly TaskCompletionSource<string> annuleren = new();
    readonly TaskCompletionSource timer = new();
    readonly TaskCompletionSource lezen = new();
    readonly Queue<TaskCompletionSource<string>> meldingen = new();
    readonly List<DossierBijwerking> bijwerkingen = [];
    readonly List<GoedkeuringStap> goedkeuringen = [];
    readonly Queue<string?> uitkomsten = new();
    int timers;

    public ReservatieOrchestratorTests()
    {
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Start);
        context.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Bevestig, It.IsAny<CancellationToken>())).Returns(bevestigen.Task);
        context.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Annuleer, It.IsAny<CancellationToken>())).Returns(annuleren.Task);
        context.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Status, It.IsAny<CancellationToken>()))
            .Returns(() => meldingen.Count > 0 ? meldingen.Dequeue().Task : new TaskCompletionSource<string>().Task);
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(() => timers++ == 0 ? timer.Task : lezen.Task);
        context.Setup(c => c.CallActivityAsync<string?>(new TaskName(nameof(VerwerkGoedkeuring)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Callback<TaskName, object?, TaskOptions?>((_, g, _) => goedkeuringen.Add((GoedkeuringStap)g!))
            .ReturnsAsync(() => uitkomsten.Count > 0 ? uitkomsten.Dequeue() : null);
        context.Setup(c => c.CallActivityAsync<bool>(new TaskName(nameof(WerkDossierBij)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Callback<TaskName, object?, TaskOptions?>((_, b, _) => bijwerkingen.Add((DossierBijwerking)b!))
            .ReturnsAsync(true);
        Beschikbaar(3);
        Vastgehouden(Reservatie(ReservatieStatussen.Vastgehouden));
        Activiteit(nameof(BevestigBijInstantie), Reservatie(ReservatieStatussen.Bevestigd));
        Activiteit(nameof(AnnuleerReservatie), Reservatie(ReservatieStatussen.Geannuleerd));
    }

    static Reservatie Reservatie(string status) =>
        new("GENT-R1", "tent", 2, Opdracht.Van, Opdracht.Tot, status, new DateTimeOffset(VervaltOp));

    void Beschikbaar(int aantal) =>
        context.Setup(c => c.CallActivityAsync<int>(new TaskName(nameof(ControleerBeschikbaarheid)), It.IsAny<object?>(), It.IsAny<TaskOptions?>())).ReturnsAsync(aantal);

    void Vastgehouden(Reservatie? reservatie) => Activiteit(nameof(HoudVast), reservatie);

    void Activiteit(string naam, Reservatie? reservatie) =>
        context.Setup(c => c.CallActivityAsync<Reservatie?>(new TaskName(naam), It.IsAny<object?>(), It.IsAny<TaskOptions?>())).ReturnsAsync(reservatie);

    void Geroepen(string activiteit, Times hoeveel) =>
        context.Verify(c => c.CallActivityAsync<Reservatie?>(new TaskName(activiteit), It.IsAny<object?>(), It.IsAny<TaskOptions?>()), hoeveel);

    Task<ReservatieUitkomst> RunAsync(ReservatieWorkflow? opdracht = null) => new ReservatieOrchestratorV2().RunAsync(context.Object, opdracht ?? Opdracht);

    TaskCompletionSource<string> Melding(string? eventId = null)
    {
        var melding = new TaskCompletionSource<string>();
        if (eventId is not null)
        {
            melding.SetResult(eventId);
        }

        meldingen.Enqueue(melding);
        return melding;
    }

    [Fact]
    public async Task Te_weinig_vrij_is_afgekeurd_zonder_vast_te_houden()
    {
        Beschikbaar(1);

        var uitkomst = await RunAsync();

        Assert.Equal(Fasen.Afgekeurd, uitkomst.Fase);
        Assert.Equal("Niet beschikbaar", bijwerkingen.Single().Label);
        Geroepen(nameof(HoudVast), Times.Never());
    }

    [Fact]
    public async Task Weggekaapt_tussen_controle_en_vasthouden_is_afgekeurd()
    {
        Vastgehouden(null);

        var uitkomst = await RunAsync();

        Assert.Equal(new ReservatieUitkomst(Fasen.Afgekeurd, "Niet meer beschikbaar", null), uitkomst);
        context.Verify(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Bevestigd_voor_de_vervaltijd_is_goedgekeurd()
    {
        bevestigen.SetResult("bevestigd");

        var uitkomst = await RunAsync();

        Assert.Equal(new ReservatieUitkomst(Fasen.Goedgekeurd, "Reservatie bevestigd", "GENT-R1"), uitkomst);
        var vastgehouden = bijwerkingen[0];
        Assert.Equal(Fasen.ActieNodig, vastgehouden.Fase);
        Assert.True(vastgehouden.ActieNodig);
        Assert.Equal("Bevestig je reservatie vóór 1/6/2026 om 10:15.", vastgehouden.Actie); // Belgian summer time
        context.Verify(c => c.CreateTimer(VervaltOp, It.IsAny<CancellationToken>()), Times.Once);
        Geroepen(nameof(AnnuleerReservatie), Times.Never());
    }

    [Fact]
    public async Task De_vervaltijd_verstreken_is_verlopen_en_de_vasthouding_geannuleerd()
    {
        timer.SetResult();

        var uitkomst = await RunAsync();

        Assert.Equal(new ReservatieUitkomst(Fasen.Verlopen, "Reservatie vervallen", "GENT-R1"), uitkomst);
        Geroepen(nameof(AnnuleerReservatie), Times.Once());
        Geroepen(nameof(BevestigBijInstantie), Times.Never());
    }

    [Fact]
    public async Task Een_bevestiging_die_de_instantie_te_laat_vindt_is_verlopen()
    {
        bevestigen.SetResult("bevestigd");
        Activiteit(nameof(BevestigBijInstantie), null);

        var uitkomst = await RunAsync();

        Assert.Equal(Fasen.Verlopen, uitkomst.Fase);
        Geroepen(nameof(AnnuleerReservatie), Times.Once());
    }

    [Fact]
    public async Task Geannuleerd_door_de_vereniging_annuleert_bij_de_instantie()
    {
        annuleren.SetResult("verzoek-1");

        var uitkomst = await RunAsync();

        Assert.Equal(new ReservatieUitkomst(Fasen.Geannuleerd, "Reservatie geannuleerd", "GENT-R1"), uitkomst);
        Assert.Equal("verzoek-1", bijwerkingen[^1].ToelichtingVerzoekId); // the reason stays out of the history
        Geroepen(nameof(AnnuleerReservatie), Times.Once());
        Geroepen(nameof(BevestigBijInstantie), Times.Never());
    }

    [Fact]
    public async Task Een_onbereikbare_instantie_zegt_vertraagd_in_het_dossier_en_laat_de_workflow_mislukken_voor_een_beheerder()
    {
        var oorzaak = new InstantieTijdelijkOnbereikbaarFout("OVO004021", "HTTP 503");
        context.Setup(c => c.CallActivityAsync<Reservatie?>(new TaskName(nameof(BevestigBijInstantie)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ThrowsAsync(new TaskFailedException(nameof(BevestigBijInstantie), 7,
                new TaskFailureDetails(oorzaak.GetType().FullName!, oorzaak.Message, null, null, null)));
        var run = RunAsync();
        bevestigen.SetResult("ja");

        await Assert.ThrowsAsync<TaskFailedException>(() => run);

        var laatste = bijwerkingen[^1];
        Assert.Equal(VLoket.Orchestrations.Dossiers.DossierRegels.VertraagdLabel, laatste.Label);
        Assert.Equal(Fasen.InBehandeling, laatste.Fase);
        Assert.False(laatste.ActieNodig); // they confirmed already: nothing more is asked of them
        Assert.Equal("GENT-R1", laatste.ZaakId);
    }

    [Fact]
    public async Task Een_bevestiging_ter_goedkeuring_wacht_zonder_vervaltijd_op_de_uitleendienst_en_eindigt_goedgekeurd()
    {
        Activiteit(nameof(BevestigBijInstantie), Reservatie(ReservatieStatussen.TerGoedkeuring));
        var melding = Melding();
        uitkomsten.Enqueue(Fasen.Goedgekeurd);
        bevestigen.SetResult("bevestigd");

        var run = RunAsync();
        Assert.False(run.IsCompleted);
        var wacht = bijwerkingen[^1];
        Assert.Equal((Fasen.InBehandeling, ReservatieGoedkeuring.WachtLabel, false, (string?)null), (wacht.Fase, wacht.Label, wacht.ActieNodig, wacht.Actie));
        timer.SetResult(); // the hold's expiry no longer ends it
        Assert.False(run.IsCompleted);
        melding.SetResult("E1");

        Assert.Equal(new ReservatieUitkomst(Fasen.Goedgekeurd, ReservatieGoedkeuring.BevestigdLabel, "GENT-R1"), await run);
        Assert.Equal(("E1", true), (goedkeuringen.Single().EventId, goedkeuringen.Single().Bevestigd));
        Geroepen(nameof(AnnuleerReservatie), Times.Never());
    }

    [Fact]
    public async Task Geweigerd_terwijl_ze_wacht_is_afgekeurd_en_een_herhaalde_melding_telt_een_keer()
    {
        Activiteit(nameof(BevestigBijInstantie), Reservatie(ReservatieStatussen.TerGoedkeuring));
        var eerste = Melding();
        Melding("E1"); // the agency sent E1 again
        var tweede = Melding();
        uitkomsten.Enqueue(null); // E1 decided nothing (say, another phase)
        uitkomsten.Enqueue(Fasen.Afgekeurd);
        bevestigen.SetResult("bevestigd");

        var run = RunAsync();
        eerste.SetResult("E1");
        Assert.False(run.IsCompleted);
        tweede.SetResult("E2");

        Assert.Equal(new ReservatieUitkomst(Fasen.Afgekeurd, ReservatieGoedkeuring.GeweigerdLabel, "GENT-R1"), await run);
        Assert.Equal(["E1", "E2"], goedkeuringen.Select(g => g.EventId));
    }

    [Fact]
    public async Task Goedgekeurd_voor_de_bevestiging_blijft_wachten_op_de_vereniging_en_bevestigen_bevestigt()
    {
        Melding("E1");
        uitkomsten.Enqueue(Fasen.Goedgekeurd);

        var run = RunAsync();
        Assert.False(run.IsCompleted);
        Assert.Equal(("E1", false), (goedkeuringen.Single().EventId, goedkeuringen.Single().Bevestigd));
        bevestigen.SetResult("bevestigd");

        Assert.Equal(new ReservatieUitkomst(Fasen.Goedgekeurd, "Reservatie bevestigd", "GENT-R1"), await run);
    }

    [Fact]
    public async Task Geweigerd_voor_de_bevestiging_is_afgekeurd_zonder_te_bevestigen()
    {
        Melding("E1");
        uitkomsten.Enqueue(Fasen.Afgekeurd);

        Assert.Equal(Fasen.Afgekeurd, (await RunAsync()).Fase);
        Geroepen(nameof(BevestigBijInstantie), Times.Never());
    }

    [Fact]
    public async Task Een_instantie_zonder_callbacks_wordt_gelezen_tot_ze_beslist()
    {
        Activiteit(nameof(BevestigBijInstantie), Reservatie(ReservatieStatussen.TerGoedkeuring));
        uitkomsten.Enqueue(Fasen.Afgekeurd);
        bevestigen.SetResult("bevestigd");

        var run = RunAsync(Opdracht with { Modus = Modi.Polling });
        lezen.SetResult();

        Assert.Equal(Fasen.Afgekeurd, (await run).Fase);
        Assert.Null(goedkeuringen.Single().EventId);
        context.Verify(c => c.CreateTimer(Start.AddSeconds(Opdracht.EerstePollSeconden), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Annuleren_terwijl_ze_op_goedkeuring_wacht_annuleert_bij_de_instantie()
    {
        Activiteit(nameof(BevestigBijInstantie), Reservatie(ReservatieStatussen.TerGoedkeuring));
        bevestigen.SetResult("bevestigd");

        var run = RunAsync();
        annuleren.SetResult("verzoek-2");

        Assert.Equal(Fasen.Geannuleerd, (await run).Fase);
        Geroepen(nameof(AnnuleerReservatie), Times.Once());
    }

    [Fact]
    public async Task Een_bevestiging_die_de_uitleendienst_al_weigerde_is_afgekeurd_niet_verlopen()
    {
        bevestigen.SetResult("bevestigd");
        Activiteit(nameof(BevestigBijInstantie), null);
        uitkomsten.Enqueue(Fasen.Afgekeurd);

        Assert.Equal(Fasen.Afgekeurd, (await RunAsync()).Fase);
        Geroepen(nameof(AnnuleerReservatie), Times.Never());
    }
}
