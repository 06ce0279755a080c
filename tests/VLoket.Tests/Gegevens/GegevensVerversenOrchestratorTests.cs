using Microsoft.DurableTask;
using Moq;
using VLoket.Domain.Bronnen;
using VLoket.Orchestrations.Gegevens;

namespace VLoket.Tests.Gegevens;

/// <summary>The refresh workflow's branches against a mocked context: one activity per source, and a failed one is an outcome.</summary>
public sealed class GegevensVerversenOrchestratorTests
{
    static readonly DateTime Nu = new(2026, 11, 30, 14, 5, 0, DateTimeKind.Utc);

    readonly Mock<TaskOrchestrationContext> context = new();
    readonly List<BronOpdracht> gevraagd = [];

    public GegevensVerversenOrchestratorTests()
    {
        context.SetupGet(c => c.CurrentUtcDateTime).Returns(Nu);
        context.Setup(c => c.CallActivityAsync<BronUitkomst>(new TaskName(nameof(HaalBrongegevensOp)), It.IsAny<object?>(), It.IsAny<TaskOptions?>()))
            .Returns<TaskName, object?, TaskOptions?>((_, input, _) =>
            {
                var opdracht = (BronOpdracht)input!;
                lock (gevraagd)
                {
                    gevraagd.Add(opdracht);
                }

                return opdracht.Bron == "attesten"
                    ? Task.FromException<BronUitkomst>(new TaskFailedException(nameof(HaalBrongegevensOp), 1,
                        new TaskFailureDetails("InvalidOperationException", "opslag weg", null, null, null)))
                    : Task.FromResult(new BronUitkomst(opdracht.Bron, opdracht.Bron, true, 2, null, Nu));
            });
    }

    [Fact]
    public async Task Elke_bron_krijgt_een_activiteit_en_een_mislukte_wordt_een_uitkomst()
    {
        var opdracht = new VerversOpdracht("V0001001", [new("bank", "Bank"), new("attesten", "Jeugdadministratie"), new("erkenningen", "Erkenningen")]);

        var uitkomst = await new GegevensVerversenOrchestrator().RunAsync(context.Object, opdracht);

        Assert.Equal(["attesten", "bank", "erkenningen"], gevraagd.Select(g => g.Bron).Order());
        Assert.All(gevraagd, g => Assert.Equal("V0001001", g.VCode));
        Assert.Equal(["bank", "attesten", "erkenningen"], uitkomst.Bronnen.Select(b => b.Bron));
        var attesten = uitkomst.Bronnen[1];
        Assert.False(attesten.Gelukt);
        Assert.Contains("Jeugdadministratie", attesten.Melding);
        Assert.Equal(new DateTimeOffset(Nu), attesten.Tijdstip);
        Assert.True(uitkomst.Bronnen[0].Gelukt && uitkomst.Bronnen[2].Gelukt);
    }

    [Fact]
    public async Task Zonder_bronnen_is_de_vernieuwing_meteen_klaar()
    {
        var uitkomst = await new GegevensVerversenOrchestrator().RunAsync(context.Object, new VerversOpdracht("V0001001", []));

        Assert.Empty(uitkomst.Bronnen);
        Assert.Empty(gevraagd);
    }
}
