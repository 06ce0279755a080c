using System.Net;
using System.Net.Http.Json;
using VLoket.Agencies.Simulator;

namespace VLoket.Tests.Infrastructure;

/// <summary>Seeding the simulated data sources through their test hooks (not part of the connector contract).</summary>
public static class BronnenSimulator
{
    /// <summary>Calls a seeding or switch route of the simulator, e.g. <c>bronnen/erkenningen/beheer/verenigingen/{vCode}</c>.</summary>
    public static async Task ZetAsync(SimulatorHost simulator, string pad, object body)
    {
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        using var r = await http.PutAsJsonAsync(pad, body);
        Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
    }

    /// <summary>A recognition "Erkenning als jeugdwerkorganisatie" registered by <paramref name="ovo"/> for the given period.</summary>
    public static object Erkenning(string id, string start, string einde, string ovo, string? instantie = null) => new
    {
        erkenningId = id, ipdcProduct = new { nummer = "1502", naam = "Erkenning als jeugdwerkorganisatie" },
        geregistreerdDoor = new { ovoCode = ovo, naam = instantie ?? "Instantie " + ovo }, startdatum = start, einddatum = einde,
    };
}
