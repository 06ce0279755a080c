using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using VLoket.Domain;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Functions.Configuratie;

namespace VLoket.Functions.Doorverwijzingen;

/// <summary>Where the front end sends the person, and the token it posts along (never in the URL: it names a person).</summary>
public sealed record Doorverwijzing(string Url, string Methode, string Veld, string Token, DateTimeOffset VervaltOp, string Instantie);

/// <summary>
/// Signed hand-off to an agency's own application ("no wrong door"): a JWT of a few minutes that says who
/// (name and INSZ), for which association and which service, so the agency's application needs no second login
/// and no retyping.
/// </summary>
public sealed class Overdracht(IOptions<GeheimenOpties> geheimen, TimeProvider klok)
{
    public const string Uitgever = "vloket";
    public const string Veld = "vl_overdracht";
    public static readonly TimeSpan Geldigheid = TimeSpan.FromMinutes(5);

    readonly SymmetricSecurityKey sleutel = new(Encoding.UTF8.GetBytes(geheimen.Value.OverdrachtSleutel!));

    public Doorverwijzing Maak(Dienst dienst, Vereniging vereniging, Gebruiker gebruiker)
    {
        if (dienst.Aanvraagwijze != Aanvraag.Doorverwijzing || string.IsNullOrEmpty(dienst.AanvraagUrl))
        {
            throw new RegelFout("Deze dienst vraag je aan in het loket zelf, niet via een doorverwijzing.", "productnummer");
        }

        var nu = klok.GetUtcNow();
        string instantie = dienst.BevoegdeOverheden.FirstOrDefault() ?? string.Empty;
        string token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Uitgever,
            Audience = instantie,
            IssuedAt = nu.UtcDateTime,
            NotBefore = nu.UtcDateTime,
            Expires = (nu + Geldigheid).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                ["jti"] = Guid.NewGuid().ToString("N"),
                ["insz"] = gebruiker.Insz.Value,
                ["given_name"] = gebruiker.Voornaam,
                ["family_name"] = gebruiker.Achternaam,
                ["vCode"] = vereniging.VCode,
                ["vereniging"] = vereniging.Naam,
                ["kboNummer"] = vereniging.KboNummer ?? string.Empty,
                ["productnummer"] = dienst.Productnummer,
            },
            SigningCredentials = new SigningCredentials(sleutel, SecurityAlgorithms.HmacSha256),
        });
        return new Doorverwijzing(dienst.AanvraagUrl, "POST", Veld, token, nu + Geldigheid, instantie);
    }
}
