using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Orchestrations.Gegevens;

namespace VLoket.Functions.Gegevens;

/// <summary>A refresh of an association's data: running (<c>bezig</c>), done (<c>klaar</c>) or failed as a whole (<c>mislukt</c>), with the outcome per source when done.</summary>
public sealed record VerversingAntwoord(string VerversingId, string VCode, string Status, DateTimeOffset GestartOp, IReadOnlyList<BronUitkomst>? Bronnen);

/// <summary>
/// What government knows about an association, from all data sources (<c>GET …/gegevens</c>), and refreshing it from
/// every source at once (<c>POST …/gegevens/verversen</c>, followed at <c>…/gegevens/verversingen/{id}</c>). Representatives only.
/// </summary>
public sealed class GegevensFunctions(GegevensDienst gegevens, VerenigingDienst verenigingen, TimeProvider klok)
{
    const string Voorvoegsel = "gegevens-";

    [Antwoord(200, typeof(GegevensOverzicht), Beschrijving = "Alle gekende gegevens met hun bron; een onbereikbare bron geeft de laatst gekende gegevens en een waarschuwing.")]
    [Problemen(401, 404)]
    [Function("LeesGegevens")]
    public async Task<IActionResult> Lees(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/gegevens")] HttpRequest req, string vCode) =>
        JsonAntwoord.Ok(await gegevens.OverzichtAsync(vCode, req.VereisGebruiker(), req.HttpContext.RequestAborted));

    [Antwoord(202, typeof(VerversingAntwoord), Beschrijving = "De bronnen worden bevraagd; volg de Location.")]
    [Problemen(401, 404)]
    [ZonderVerzoek]
    [Function("VerversGegevens")]
    public async Task<IActionResult> Ververs(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/gegevens/verversen")] HttpRequest req, string vCode,
        [DurableClient] DurableTaskClient client)
    {
        var ct = req.HttpContext.RequestAborted;
        var v = (await verenigingen.LeesAsync(vCode, req.VereisGebruiker(), ct)).Waarde;
        string id = $"{Voorvoegsel}{v.VCode}-{Guid.NewGuid():N}";
        var opdracht = new VerversOpdracht(v.VCode, [.. gegevens.Ververst(v).Select(b => new BronNaam(b.Code, b.Naam))]);
        await client.ScheduleNewOrchestrationInstanceAsync(nameof(GegevensVerversenOrchestrator), opdracht, new StartOrchestrationOptions(id), ct);
        return new JsonAntwoord(StatusCodes.Status202Accepted, new VerversingAntwoord(id, v.VCode, "bezig", klok.GetUtcNow(), null))
            .MetHeader("Location", $"/api/verenigingen/{v.VCode}/gegevens/verversingen/{id}");
    }

    [Antwoord(200, typeof(VerversingAntwoord))]
    [Problemen(401, 404)]
    [Function("LeesVerversing")]
    public async Task<IActionResult> LeesVerversing(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/gegevens/verversingen/{verversingId}")] HttpRequest req,
        string vCode, string verversingId, [DurableClient] DurableTaskClient client)
    {
        var ct = req.HttpContext.RequestAborted;
        var v = (await verenigingen.LeesAsync(vCode, req.VereisGebruiker(), ct)).Waarde;
        // Only this association's own refreshes: the id carries its vCode and the input must agree.
        var instance = verversingId.StartsWith($"{Voorvoegsel}{v.VCode}-", StringComparison.Ordinal)
            ? await client.GetInstanceAsync(verversingId, getInputsAndOutputs: true, ct)
            : null;
        if (instance is null || instance.Name != nameof(GegevensVerversenOrchestrator) || instance.ReadInputAs<VerversOpdracht>()?.VCode != v.VCode)
        {
            throw new NietGevondenFout("Deze vernieuwing bestaat niet voor deze vereniging.");
        }

        string status = instance.RuntimeStatus switch
        {
            OrchestrationRuntimeStatus.Completed => "klaar",
            OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated => "mislukt",
            _ => "bezig",
        };
        var uitkomst = status == "klaar" ? instance.ReadOutputAs<VerversUitkomst>() : null;
        return JsonAntwoord.Ok(new VerversingAntwoord(instance.InstanceId, v.VCode, status, instance.CreatedAt, uitkomst?.Bronnen));
    }
}
