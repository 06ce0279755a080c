using Microsoft.DurableTask;
using Moq;
using VLoket.Domain.Delen;
using VLoket.Domain.Instanties;
using VLoket.Orchestrations.Delen;

namespace VLoket.Tests.Delen;

/// <summary>The sharing workflow's branches against a mocked context: a refusal is not retried, and an operator's event retries.</summary>
public sealed class GegevensDelenOrchestratorTests
{
    static readonly DateTime Start = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Een_weigering_wordt_niet_herhaald_maar_vastgelopen_en_lukt_na_opnieuw_van_een_beheerder()
    {
        var ctx = new Mock<TaskOrchestrationContext>();
        var log = new List<Gegevensdeling>();
        var opnieuw = new TaskCompletionSource<string>();
        int bezorgingen = 0;
        ctx.SetupGet(c => c.CurrentUtcDateTime).Returns(Start);
        ctx.Setup(c => c.CallActivityAsync<Ontvangers>(new TaskName(nameof(BepaalOntvangers)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .ReturnsAsync(new Ontvangers([new Ontvanger("OVO002949", "Cultuur", ["e-mail"], "Decreet")], DelenInstellingen.Standaard));
        ctx.Setup(c => c.CallActivityAsync<bool>(new TaskName(nameof(BezorgGegevenswijziging)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns(() => ++bezorgingen == 1
                ? Task.FromException<bool>(new TaskFailedException(nameof(BezorgGegevenswijziging), 1,
                    new TaskFailureDetails(typeof(InstantieWeigertFout).FullName!, "Instantie OVO002949 weigerde de vraag (422)", null, null, null)))
                : Task.FromResult(true));
        ctx.Setup(c => c.CallActivityAsync<bool>(new TaskName(nameof(BewaarLevering)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Callback<TaskName, object?, TaskOptions?>((_, input, _) => log.Add((Gegevensdeling)input!))
            .ReturnsAsync(true);
        ctx.Setup(c => c.CreateTimer(It.IsAny<DateTime>(), It.IsAny<CancellationToken>())).Returns(new TaskCompletionSource().Task);
        ctx.Setup(c => c.WaitForExternalEvent<string>(LeveringEvents.OpnieuwVoor("OVO002949"), It.IsAny<CancellationToken>())).Returns(opnieuw.Task);

        var lopend = new GegevensDelenOrchestrator().RunAsync(ctx.Object, new DeelOpdracht("W1", "V0001001", ["e-mail"], Start));

        // Refused once: no second attempt in this round (no retry timer), logged stuck for operators.
        Assert.False(lopend.IsCompleted);
        Assert.Equal(1, bezorgingen);
        var vast = Assert.Single(log);
        Assert.Equal((Leveringsresultaten.Vastgelopen, 1, "W1-OVO002949"), (vast.Resultaat, vast.Pogingen, vast.LeveringId));
        Assert.Contains("422", vast.LaatsteFout);

        opnieuw.SetResult("opgelost");
        var uitkomst = await lopend;

        Assert.Equal(Leveringsresultaten.Bezorgd, uitkomst.Resultaten["OVO002949"]);
        Assert.Equal((Leveringsresultaten.Bezorgd, 2), (log[^1].Resultaat, log[^1].Pogingen));
        Assert.Equal(vast.Tijdstip, log[^1].Tijdstip); // the same log row, updated in place
    }
}
