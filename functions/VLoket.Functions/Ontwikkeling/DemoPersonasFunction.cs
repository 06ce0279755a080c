using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;
using VLoket.Functions.Http;

namespace VLoket.Functions.Ontwikkeling;

/// <summary>Development only: the demo personas, so the front end can offer "sign in as" without an identity provider.</summary>
public sealed class DemoPersonasFunction(IHostEnvironment omgeving)
{
    [Function("DemoPersonas")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dev/personas")] HttpRequest req) =>
        omgeving.IsDevelopment()
            ? JsonAntwoord.Ok(new { personas = DemoPersonas.Alle })
            : Probleem.NietGevonden("Deze pagina bestaat niet.");
}
