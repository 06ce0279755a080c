using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Hosting;
using VLoket.Domain;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Waarden;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Ontwikkeling;

/// <summary>Body of <c>POST /api/dev/token</c>.</summary>
/// <param name="EMailGeverifieerd">Whether the token says the provider verified <paramref name="EMail"/>; true when absent.</param>
public sealed record DevTokenVraag(string? Insz, string? Voornaam, string? Achternaam, List<string>? Rollen, string? EMail = null,
    bool? EMailGeverifieerd = null);

/// <summary>Answer of <c>POST /api/dev/token</c>.</summary>
public sealed record DevTokenAntwoord(string Token, string TokenType, int VerlooptNaSeconden);

/// <summary>Development only: mints a sign-in token for anyone, so the demo and tests need no identity provider.</summary>
public sealed class DevTokenFunction(IHostEnvironment omgeving, TokenDienst tokens)
{
    [Openbaar]
    [Verzoek(typeof(DevTokenVraag), MaxBytes = Limieten.KleinVerzoek)]
    [Antwoord(200, typeof(DevTokenAntwoord))]
    [Problemen(400, 404)]
    [Function("DevToken")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dev/token")] HttpRequest req)
    {
        if (!omgeving.IsDevelopment() || !tokens.KanOntwikkelTokensMaken)
        {
            return Probleem.NietGevonden("Deze pagina bestaat niet.");
        }

        var vraag = await JsonBody.LeesAsync<DevTokenVraag>(req);
        var fouten = new FoutVerzamelaar();
        var insz = fouten.Probeer(() => Insz.Create(vraag.Insz, "insz"));
        var voornaam = fouten.Probeer(() => Persoonsnaam.Create(vraag.Voornaam, "voornaam"));
        var achternaam = fouten.Probeer(() => Persoonsnaam.Create(vraag.Achternaam, "achternaam"));
        var eMail = string.IsNullOrWhiteSpace(vraag.EMail) ? null
            : fouten.Probeer(() => ContactgegevenWaarde.CreateVoorType(Codelijsten.Contactgegeventypes.EMail, vraag.EMail, "eMail"));
        fouten.GooiAlsFouten();
        string token = tokens.MaakOntwikkelToken(insz!.Value, voornaam!.Value, achternaam!.Value, vraag.Rollen ?? [], eMail?.Waarde, vraag.EMailGeverifieerd ?? true);
        return JsonAntwoord.Ok(new DevTokenAntwoord(token, "Bearer", 3600));
    }
}
