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
/// The reservation workflow's decisions against a mocked context. Events and the timer are TaskCompletionSources:
/// left unset they never finish, as in the engine, where Moq would otherwise hand back completed tasks.
/// </summary>
public sealed class ReservatieOrchestratorTests
{
    static readonly DateTime Start = new(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);
    static readonly DateTime VervaltOp = Start.AddMinutes(15);
    static readonly ReservatieOpdracht Opdracht = new("D1", "V0001001", "OVO004021", "tent", 2, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2));

    readonly Mock<TaskOrchestrationContext> context = new();
    readonly TaskCompletionSource<string> bevestigen = new();
    readonly TaskCompletionSource<string> annuleren = new();
    readonly TaskCompletionSource timer = new();
    readonly List<DossierBijwerking> bijwerkingen = [];

    public ReservatieOrchestratorTests()
    {
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Start);
        context.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Bevestig, It.IsAny<CancellationToken>())).Returns(bevestigen.Task);
        context.Setup(c => c.WaitForExternalEvent<string>(DossierEvents.Annuleer, It.IsAny<CancellationToken>())).Returns(annuleren.Task);
        context.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(timer.Task);
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

    Task<ReservatieUitkomst> RunAsync() => new ReservatieOrchestrator().RunAsync(context.Object, Opdracht);

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
        annuleren.SetResult("Het feest gaat niet door.");

        var uitkomst = await RunAsync();

        Assert.Equal(new ReservatieUitkomst(Fasen.Geannuleerd, "Reservatie geannuleerd", "GENT-R1"), uitkomst);
        Assert.Equal("Het feest gaat niet door.", bijwerkingen[^1].Toelichting);
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
}
