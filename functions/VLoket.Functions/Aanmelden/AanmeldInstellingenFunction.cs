using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Aanmelden;

/// <summary>What the front end needs to sign in with OpenID Connect (authorization code with PKCE).</summary>
/// <param name="Authority">The provider's issuer; the front end reads its discovery document.</param>
/// <param name="ClientId">The front end's public client id there.</param>
/// <param name="Scope">The scopes to ask for.</param>
/// <param name="InszClaim">The access token's claim with the person's INSZ (the front end recognises the person among the representatives).</param>
public sealed record AanmeldInstellingen(string Authority, string ClientId, string Scope, string InszClaim);

/// <summary>
/// The sign-in settings of this loket, so the same static front end signs in at ACM in production and at the local
/// provider in Development. Public: these are what any browser sees in the sign-in redirect anyway.
/// </summary>
public sealed class AanmeldInstellingenFunction(IOptions<AanmeldOpties> opties)
{
    [Openbaar]
    [Antwoord(200, typeof(AanmeldInstellingen))]
    [Problemen(404)]
    [Function("AanmeldInstellingen")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "aanmelding")] HttpRequest req)
    {
        var o = opties.Value;
        string? clientId = string.IsNullOrEmpty(o.WebClientId) ? o.Publiek : o.WebClientId;
        return string.IsNullOrEmpty(o.Authority) || string.IsNullOrEmpty(clientId)
            ? Probleem.NietGevonden("Aanmelden via een identiteitsaanbieder is hier niet ingesteld.")
            : JsonAntwoord.Ok(new AanmeldInstellingen(o.Authority, clientId, o.Scope, o.InszClaim));
    }
}
