using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Sleutels;

/// <summary><c>GET /api/.well-known/jwks.json</c>: no sign-in; it holds public keys only.</summary>
public sealed class JwksFunction(LoketSleutel sleutel)
{
    [Antwoord(200, typeof(JwksAntwoord))]
    [Function("Jwks")]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ".well-known/jwks.json")] HttpRequest req) =>
        JsonAntwoord.Ok(sleutel.Jwks).MetHeader("Cache-Control", "public, max-age=300");
}
