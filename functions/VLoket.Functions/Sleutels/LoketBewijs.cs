using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VLoket.Functions.Sleutels;

/// <summary>
/// The credential the loket sends with every call to an agency's or a data source's connector (the OAuth 2.0
/// <c>private_key_jwt</c> idea, RFC 7523): a JWT signed with the loket's own key (<see cref="LoketSleutel"/>, the key the
/// JWKS publishes), so a receiver checks it with public keys only and no secret is shared among agencies.
/// <c>iss</c> = <c>sub</c> = <see cref="LoketSleutel.Identiteit"/>; <c>aud</c> = the receiver's connector base URL as the
/// loket has it configured (with its trailing slash), so a credential for one receiver is worthless at another; one
/// minute; a fresh <c>jti</c> per request; header <c>typ</c> = <see cref="Type"/>, so it is never taken for a hand-off
/// token (whose <c>aud</c> is an OVO code anyway). How a receiver verifies it: docs/contracts/loketbewijs.md.
/// </summary>
public sealed class LoketBewijs(LoketSleutel sleutel, TimeProvider klok)
{
    /// <summary>The JWT <c>typ</c> of a client assertion (draft-ietf-oauth-rfc7523bis); receivers require it.</summary>
    public const string Type = "client-authentication+jwt";

    /// <summary>Short: a credential is made per request, just before it is sent; receivers allow 30 s of clock skew.</summary>
    public static readonly TimeSpan Geldigheid = TimeSpan.FromSeconds(60);

    readonly JsonWebTokenHandler handler = new();

    /// <summary>A new credential for <paramref name="ontvanger"/> (an absolute base URL); never hand one out twice.</summary>
    public string Maak(Uri ontvanger)
    {
        var nu = klok.GetUtcNow().UtcDateTime;
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            TokenType = Type,
            Issuer = LoketSleutel.Identiteit,
            Audience = ontvanger.AbsoluteUri,
            IssuedAt = nu,
            NotBefore = nu,
            Expires = nu + Geldigheid,
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = LoketSleutel.Identiteit,
                [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
            },
            SigningCredentials = sleutel.Ondertekening,
        });
    }
}
