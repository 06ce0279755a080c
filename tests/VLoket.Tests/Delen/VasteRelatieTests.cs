using System.Net;
using Microsoft.DurableTask.Client;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;
using static VLoket.Tests.Delen.DelenFixture;

namespace VLoket.Tests.Delen;

/// <summary>
/// A standing relation known from the data sources (an active recognition) makes an agency receive changes without an
/// open dossier; an expired recognition does not.
/// </summary>
public sealed class VasteRelatieTests(DelenFixture fixture) : IClassFixture<DelenFixture>
{
    static readonly int Jaar = DateTime.UtcNow.Year;

    [Fact]
    public async Task Een_instantie_met_een_actieve_erkenning_krijgt_de_wijziging_zonder_open_dossier()
    {
        var r = await fixture.Vertegenwoordiger.PostAsync("api/verenigingen", Voorbeelden.Minimaal("Jeugdhuis Vaste Relatie"));
        Assert.Equal(HttpStatusCode.Created, r.Status);
        string vCode = r.Json["vCode"]!.GetValue<string>();
        await BronnenSimulator.ZetAsync(fixture.Simulator, $"bronnen/erkenningen/beheer/verenigingen/{vCode}", new[]
        {
            BronnenSimulator.Erkenning("ERK-ACTIEF", $"{Jaar - 1}-01-01", $"{Jaar + 2}-12-31", Cultuur),
            BronnenSimulator.Erkenning("ERK-VERLOPEN", "2015-01-01", $"{Jaar - 2}-12-31", Gent),
        });

        // The loket learns the relations from the sources' snapshots.
        var gegevens = await fixture.Vertegenwoordiger.GetAsync($"api/verenigingen/{vCode}/gegevens");
        Assert.Equal(HttpStatusCode.OK, gegevens.Status);
        Assert.Contains(gegevens.Json["items"]!.AsArray(), i => i!["categorie"]!.GetValue<string>() == "erkenning");

        await fixture.VoegEMailToeAsync(vCode, "bestuur@vasterelatie.be");

        var log = await fixture.WachtOpLogAsync(vCode, l => l.Any(i => Tekst(i!, "resultaat") == "Bezorgd"));
        var uitkomst = await fixture.Durable.WaitForInstanceCompletionAsync(Tekst(log[0]!, "wijzigingId"));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, uitkomst.RuntimeStatus);
        log = await fixture.WachtOpLogAsync(vCode, _ => true);
        Assert.Equal([Cultuur], log.Select(i => Tekst(i!, "ovoCode")));
        Assert.Single(await fixture.OntvangenAsync(Cultuur, vCode));
        Assert.Empty(await fixture.OntvangenAsync(Gent, vCode));
        Assert.Empty(await fixture.OntvangenAsync(Verzekering, vCode));
    }
}
