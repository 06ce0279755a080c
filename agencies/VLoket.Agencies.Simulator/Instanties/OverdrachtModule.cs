using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>
/// How a simulated agency's own application checks a hand-off from the loket (docs/contracts/overdracht.md): the
/// signature against the loket's JWKS (no shared secret), issuer <c>vloket</c>, audience = this agency's OVO code, the
/// lifetime, ES256 only, and a <c>jti</c> it has not seen before.
/// </summary>
public sealed class OverdrachtVerificatie(IHttpClientFactory http, IConfiguration configuration)
{
    public const string Veld = "vl_overdracht";

    readonly ConcurrentDictionary<string, DateTimeOffset> gezien = new(StringComparer.Ordinal);

    /// <summary>Where the loket publishes its keys; tests set it once the loket runs (else <c>Simulator:LoketJwksUrl</c>).</summary>
    public Uri? JwksUrl { get; set; } = configuration["Simulator:LoketJwksUrl"] is { Length: > 0 } url ? new Uri(url) : null;

    /// <summary>The token's claims, or the reason it is refused.</summary>
    public async Task<(IDictionary<string, object>? Claims, string? Reden)> ControleerAsync(string ovoCode, string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token) || JwksUrl is null)
        {
            return (null, token is null ? "Geen overdrachtstoken." : "De sleutels van het loket zijn niet gekend.");
        }

        var sleutels = new JsonWebKeySet(await http.CreateClient().GetStringAsync(JwksUrl, ct));
        var resultaat = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "vloket",
            ValidAudience = ovoCode,
            IssuerSigningKeys = sleutels.GetSigningKeys(),
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            ClockSkew = TimeSpan.FromSeconds(30),
        });
        if (!resultaat.IsValid)
        {
            return (null, $"Het overdrachtstoken is ongeldig: {resultaat.Exception?.GetType().Name}.");
        }

        string jti = resultaat.Claims.TryGetValue("jti", out var j) ? j?.ToString() ?? string.Empty : string.Empty;
        return jti.Length > 0 && gezien.TryAdd(jti, DateTimeOffset.UtcNow)
            ? (resultaat.Claims, null)
            : (null, "Dit overdrachtstoken werd al gebruikt.");
    }
}

/// <summary>The landing route of a simulated agency's own application: <c>POST /instanties/{ovoCode}/overdracht</c>.</summary>
public static class OverdrachtModule
{
    public static IServiceCollection AddOverdracht(this IServiceCollection services) =>
        services.AddHttpClient().AddSingleton<OverdrachtVerificatie>();

    public static IEndpointRouteBuilder MapOverdracht(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/instanties/{ovoCode}/overdracht", async (string ovoCode, HttpRequest req, OverdrachtVerificatie verificatie, CancellationToken ct) =>
        {
            string? token = req.HasFormContentType ? (await req.ReadFormAsync(ct))[OverdrachtVerificatie.Veld].FirstOrDefault() : null;
            var (claims, reden) = await verificatie.ControleerAsync(ovoCode, token, ct);
            return claims is null
                ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Overdracht geweigerd", detail: reden)
                : Results.Ok(new
                {
                    ovoCode,
                    persoon = claims["sub"]?.ToString(),
                    insz = claims.TryGetValue("insz", out var insz) ? insz?.ToString() : null,
                    vCode = claims["vCode"]?.ToString(),
                    productnummer = claims["productnummer"]?.ToString(),
                });
        }).DisableAntiforgery();
        return endpoints;
    }
}
