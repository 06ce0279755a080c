using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Ontwikkeling;

/// <summary>The demo personas one can sign in as.</summary>
public sealed record DemoPersonasAntwoord(IReadOnlyList<DemoPersona> Personas);

/// <summary>Development only: the demo personas, so the front end can offer "sign in as" without an identity provider.</summary>
public sealed class DemoPersonasFunction(IHostEnvironment omgeving)
{
    [Openbaar]
    [Antwoord(200, typeof(DemoPersonasAntwoord), Beschrijving = "Enkel in ontwikkeling.")]
    [Problemen(404)]
    [Function("DemoPersonas")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "dev/personas")] HttpRequest req) =>
        omgeving.IsDevelopment()
            ? JsonAntwoord.Ok(new DemoPersonasAntwoord(DemoPersonas.Alle))
            : Probleem.NietGevonden("Deze pagina bestaat niet.");
}
