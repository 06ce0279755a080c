using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VLoket.Domain;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Privacy;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Functions.Configuratie;
using VLoket.Functions.Sleutels;

namespace VLoket.Functions.Doorverwijzingen;

/// <summary>Where the front end sends the person, and the token it posts along (never in the URL: it names a person).</summary>
public sealed record Doorverwijzing(string Url, string Methode, string Veld, string Token, DateTimeOffset VervaltOp, string Instantie);

/// <summary>
/// Signed hand-off to an agency's own application ("no wrong door"): a JWT signed with the loket's own key (ES256,
/// public half in the JWKS), for one agency (<c>aud</c> = its OVO code), valid two minutes, with a one-time <c>jti</c>.
/// The person is <c>sub</c>, an id of their own for that agency; the INSZ only travels when the service's catalogue entry
/// names a legal basis for it (<c>insz_rechtsgrond</c>). See docs/contracts/overdracht.md for how an agency verifies it.
/// </summary>
public sealed class Overdracht(LoketSleutel sleutel, InszSleutel inszSleutel, IHostEnvironment omgeving, TimeProvider klok)
{
    public const string Uitgever = LoketSleutel.Identiteit;
    public const string Veld = "vl_overdracht";
    public static readonly TimeSpan Geldigheid = TimeSpan.FromMinutes(2);

    public Doorverwijzing Maak(Dienst dienst, Vereniging vereniging, Gebruiker gebruiker)
    {
        if (dienst.Aanvraagwijze != Aanvraag.Doorverwijzing || string.IsNullOrEmpty(dienst.AanvraagUrl))
        {
            throw new RegelFout("Deze dienst vraag je aan in het loket zelf, niet via een doorverwijzing.", "productnummer");
        }

        // A catalogue entry from before the https rule: the token would travel in clear, so there is no hand-off.
        if (!VeiligAdres.IsToegestaan(dienst.AanvraagUrl, omgeving.IsDevelopment()))
        {
            throw new RegelFout("Deze dienst heeft geen beveiligd adres (https) bij de instantie; de doorverwijzing kan niet.", "productnummer");
        }

        var nu = klok.GetUtcNow();
        string instantie = dienst.BevoegdeOverheden.FirstOrDefault() ?? string.Empty;
        var claims = new Dictionary<string, object>
        {
            ["jti"] = Guid.NewGuid().ToString("N"),
            ["sub"] = inszSleutel.PersoonVoor(instantie, gebruiker.Insz),
            ["given_name"] = gebruiker.Voornaam,
            ["family_name"] = gebruiker.Achternaam,
            ["vCode"] = vereniging.VCode,
            ["vereniging"] = vereniging.Naam,
            ["kboNummer"] = vereniging.KboNummer ?? string.Empty,
            ["productnummer"] = dienst.Productnummer,
        };
        if (dienst.InszRechtsgrond is { } rechtsgrond)
        {
            claims["insz"] = gebruiker.Insz.Value;
            claims["insz_rechtsgrond"] = rechtsgrond;
        }

        string token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Uitgever,
            Audience = instantie,
            IssuedAt = nu.UtcDateTime,
            NotBefore = nu.UtcDateTime,
            Expires = (nu + Geldigheid).UtcDateTime,
            Claims = claims,
            SigningCredentials = sleutel.Ondertekening,
        });
        return new Doorverwijzing(dienst.AanvraagUrl, "POST", Veld, token, nu + Geldigheid, instantie);
    }
}
