using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Http;

namespace VLoket.Functions.Health;

/// <summary><c>GET /api/health</c>: 200 when every check passes, 503 naming the failing checks otherwise.</summary>
public sealed class HealthFunction(HealthService health)
{
    [Openbaar]
    [Antwoord(200, typeof(HealthReport))]
    [Antwoord(503, typeof(HealthReport), Beschrijving = "Een controle faalt, of het loket is nog aan het opstarten (status 'opstarten', bv. de demogegevens laden).")]
    [Function("Health")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req,
        [DurableClient] DurableTaskClient client)
    {
        var report = await health.CheckAsync(client, req.HttpContext.RequestAborted);
        return new ObjectResult(report)
        {
            StatusCode = report.Controles.All(c => c.Ok) ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable,
        };
    }
}
