using DurableTask.Core;
using Moq;
using VLoket.Host.Durable;

namespace VLoket.Tests.Foundation;

/// <summary>
/// The local engine's activity fetch loops (<see cref="VoorophalendeDienst"/>): side by side, but never more messages
/// locked than the dispatcher may run, and none left locked when the engine stops.
/// </summary>
public sealed class VoorophalendeDienstTests
{
    static (Mock<IOrchestrationService> Binnen, Func<int> Genomen) Provider(int maxActiviteiten)
    {
        int genomen = 0;
        var binnen = new Mock<IOrchestrationService>();
        binnen.SetupGet(b => b.MaxConcurrentTaskActivityWorkItems).Returns(maxActiviteiten);
        binnen.Setup(b => b.LockNextTaskActivityWorkItem(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns(async (TimeSpan _, CancellationToken ct) =>
            {
                await Task.Delay(5, ct);
                return new TaskActivityWorkItem { Id = $"w{Interlocked.Increment(ref genomen)}" };
            });
        return (binnen, () => Volatile.Read(ref genomen));
    }

    static async Task WachtTot(Func<bool> voorwaarde)
    {
        for (int i = 0; i < 200 && !voorwaarde(); i++)
        {
            await Task.Delay(10);
        }
    }

    [Fact]
    public async Task Er_zijn_nooit_meer_berichten_genomen_dan_er_mogen_lopen_en_elk_afgehandeld_bericht_maakt_plaats()
    {
        var (binnen, genomen) = Provider(maxActiviteiten: 3);
        await using var dienst = new VoorophalendeDienst(binnen.Object, ophalers: 4);

        var eerste = await dienst.LockNextTaskActivityWorkItem(Timeout.InfiniteTimeSpan, CancellationToken.None);
        await WachtTot(() => genomen() >= 3);
        await Task.Delay(200);
        Assert.Equal(3, genomen()); // four loops, but three may be out

        await dienst.CompleteTaskActivityWorkItemAsync(eerste, new TaskMessage());
        await WachtTot(() => genomen() >= 4);
        await Task.Delay(200);
        Assert.Equal(4, genomen());
        binnen.Verify(b => b.CompleteTaskActivityWorkItemAsync(eerste, It.IsAny<TaskMessage>()), Times.Once);
    }

    [Fact]
    public async Task Berichten_die_nog_niet_uitgedeeld_waren_komen_bij_het_stoppen_meteen_terug_in_de_wachtrij()
    {
        var (binnen, genomen) = Provider(maxActiviteiten: 5);
        var dienst = new VoorophalendeDienst(binnen.Object, ophalers: 2);
        var uitgedeeld = await dienst.LockNextTaskActivityWorkItem(Timeout.InfiniteTimeSpan, CancellationToken.None);
        await WachtTot(() => genomen() >= 3);

        await dienst.StopAsync(isForced: true);

        int teruggegeven = binnen.Invocations.Count(i => i.Method.Name == nameof(IOrchestrationService.AbandonTaskActivityWorkItemAsync));
        Assert.Equal(genomen() - 1, teruggegeven); // all but the one handed out
        binnen.Verify(b => b.AbandonTaskActivityWorkItemAsync(uitgedeeld), Times.Never);
        binnen.Verify(b => b.StopAsync(true), Times.Once);
    }

    [Fact]
    public async Task Zonder_werk_binnen_de_wachttijd_krijgt_de_dispatcher_niets()
    {
        var binnen = new Mock<IOrchestrationService>();
        binnen.SetupGet(b => b.MaxConcurrentTaskActivityWorkItems).Returns(2);
        binnen.Setup(b => b.LockNextTaskActivityWorkItem(It.IsAny<TimeSpan>(), It.IsAny<CancellationToken>()))
            .Returns(async (TimeSpan _, CancellationToken ct) =>
            {
                await Task.Delay(Timeout.Infinite, ct);
                return null!;
            });
        await using var dienst = new VoorophalendeDienst(binnen.Object, ophalers: 2);

        var item = await dienst.LockNextTaskActivityWorkItem(TimeSpan.FromMilliseconds(100), CancellationToken.None);

        Assert.Null(item);
    }
}
