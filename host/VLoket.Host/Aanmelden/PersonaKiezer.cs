using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Ontwikkeling;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VLoket.Host.Aanmelden;

/// <summary>
/// The development provider's login page: the demo personas (<see cref="DemoPersonas.Alle"/>, read, never copied), one
/// button each. Choosing one signs that person in with the claims the loket expects (names from
/// <see cref="AanmeldOpties"/>: INSZ, names, roles, e-mail); "Annuleren" returns <c>access_denied</c> to the front end.
/// </summary>
public sealed class PersonaKiezer(AanmeldOpties claims, string publiek)
{
    const string Schema = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    // A per-run key makes the subject an opaque id, as ACM's is: no INSZ in `sub`.
    readonly byte[] onderwerpSleutel = RandomNumberGenerator.GetBytes(32);

    // The same policy as the loket's pages: no inline script or style; the form posts back to this origin only.
    const string Beleid = "default-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self' http://127.0.0.1:*; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public static void Map(WebApplication app)
    {
        app.MapMethods("connect/authorize", [HttpMethods.Get, HttpMethods.Post], (HttpContext context, PersonaKiezer kiezer) => kiezer.AutoriseerAsync(context));
        app.MapMethods("connect/endsession", [HttpMethods.Get, HttpMethods.Post], MeldAfAsync);
    }

    async Task<IResult> AutoriseerAsync(HttpContext context)
    {
        var verzoek = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Geen OpenID Connect-verzoek.");
        var formulier = context.Request.HasFormContentType ? await context.Request.ReadFormAsync() : null;
        if (formulier?.ContainsKey("annuleren") == true)
        {
            return Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.AccessDenied,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "De aanmelding werd geannuleerd.",
            }), [Schema]);
        }

        var persona = DemoPersonas.Alle.FirstOrDefault(p => p.Insz == formulier?["persona"].ToString());
        if (persona is null)
        {
            context.Response.Headers.ContentSecurityPolicy = Beleid;
            return Results.Content(Pagina(verzoek), "text/html; charset=utf-8");
        }

        return Results.SignIn(Principal(persona, verzoek), authenticationScheme: Schema);
    }

    ClaimsPrincipal Principal(DemoPersona persona, OpenIddictRequest verzoek)
    {
        var identiteit = new ClaimsIdentity(Schema, Claims.Name, claims.RolClaim);
        identiteit.SetClaim(Claims.Subject, Convert.ToHexStringLower(HMACSHA256.HashData(onderwerpSleutel, Encoding.UTF8.GetBytes(persona.Insz))));
        identiteit.SetClaim(Claims.Name, $"{persona.Voornaam} {persona.Achternaam}");
        identiteit.SetClaim(claims.InszClaim, persona.Insz);
        identiteit.SetClaim(claims.VoornaamClaim, persona.Voornaam);
        identiteit.SetClaim(claims.AchternaamClaim, persona.Achternaam);
        identiteit.SetClaims(claims.RolClaim, [.. persona.Rollen]);
        identiteit.SetScopes(verzoek.GetScopes());
        identiteit.SetResources(publiek);
        // The INSZ and roles are for the API only; the front end reads the name from the ID token.
        identiteit.SetDestinations(claim => claim.Type == claims.InszClaim || claim.Type == claims.RolClaim
            ? [Destinations.AccessToken]
            : [Destinations.AccessToken, Destinations.IdentityToken]);
        return new ClaimsPrincipal(identiteit);
    }

    /// <summary>Ends the person's session at the provider: their refresh tokens stop working, then back to the loket.</summary>
    static async Task<IResult> MeldAfAsync(HttpContext context, IOpenIddictTokenManager tokens)
    {
        var hint = await context.AuthenticateAsync(Schema);
        if (hint.Principal?.GetClaim(Claims.Subject) is { Length: > 0 } onderwerp)
        {
            // One by one: the in-memory store cannot run the bulk update RevokeBySubjectAsync uses.
            await foreach (object token in tokens.FindBySubjectAsync(onderwerp, context.RequestAborted))
            {
                await tokens.TryRevokeAsync(token, context.RequestAborted);
            }
        }

        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [Schema]);
    }

    static string Pagina(OpenIddictRequest verzoek)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="nl">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Aanmelden – ontwikkelomgeving van het Verenigingsloket</title>
              <link rel="stylesheet" href="/css/loket.css">
            </head>
            <body>
              <header class="koptekst"><div class="koptekst-binnen"><span class="merk"><span class="merk-vlaanderen">Vlaanderen</span><span class="merk-naam">Aanmelden</span></span></div></header>
              <main class="inhoud" id="inhoud">
                <h1>Aanmelden bij het Verenigingsloket</h1>
                <div class="melding melding-info">
                  <p class="melding-titel">Dit is de aanmeldpagina van de ontwikkelomgeving</p>
                  <p>In productie meld je je hier aan bij de Vlaamse overheid, met je eID of itsme. Hier kies je een voorbeeldpersoon; hun gegevens zijn verzonnen.</p>
                </div>
                <form method="post" action="/connect/authorize">
            """);
        foreach (var (naam, waarde) in verzoek.GetParameters())
        {
            foreach (string? deel in (Microsoft.Extensions.Primitives.StringValues)waarde)
            {
                html.Append($"""<input type="hidden" name="{Enc(naam)}" value="{Enc(deel)}">""");
            }
        }

        html.Append("""<h2>Kies met wie je je aanmeldt</h2><ul class="kaarten personas">""");
        foreach (var p in DemoPersonas.Alle)
        {
            html.Append($"""<li class="kaart"><h3>{Enc(p.Voornaam)} {Enc(p.Achternaam)}</h3><p>{Enc(p.Omschrijving)}</p>""");
            if (p.Rollen.Count > 0)
            {
                html.Append($"""<p class="zacht">Rol: {Enc(string.Join(", ", p.Rollen))}</p>""");
            }

            html.Append($"""<button type="submit" class="knop" name="persona" value="{Enc(p.Insz)}">Aanmelden als {Enc(p.Voornaam)} {Enc(p.Achternaam)}</button></li>""");
        }

        html.Append("""
            </ul>
                  <p><button type="submit" class="knop knop-secundair" name="annuleren" value="1">Annuleren en terug naar het loket</button></p>
                </form>
              </main>
            </body>
            </html>
            """);
        return html.ToString();
    }

    static string Enc(string? tekst) => WebUtility.HtmlEncode(tekst ?? string.Empty);
}
