using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using VLoket.Functions.Configuratie;

namespace VLoket.Functions.Aanmelden;

/// <summary>
/// Validates bearer tokens with Microsoft.IdentityModel: against the OpenID Connect authority's published keys in
/// production, or against the development key in Development. Also mints development tokens.
/// </summary>
public sealed class TokenDienst
{
    readonly AanmeldOpties opties;
    readonly TimeProvider klok;
    readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    readonly TokenValidationParameters parameters;
    readonly SymmetricSecurityKey? ontwikkelSleutel;
    readonly TokenValidationParameters? ontwikkelParameters;
    static readonly TimeSpan VerversInterval = TimeSpan.FromSeconds(30);
    readonly string? metadataAdres;
    readonly HttpDocumentRetriever? retriever;
    DateTimeOffset laatsteVerversing = DateTimeOffset.MinValue;

    public TokenDienst(IOptions<AanmeldOpties> opties, TimeProvider klok, IHostEnvironment omgeving)
    {
        this.opties = opties.Value;
        this.klok = klok;
        // Fail closed: issuer, audience and lifetime are always checked; an empty audience setting accepts no token.
        parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(2),
            LifetimeValidator = (notBefore, expires, _, p) =>
            {
                var nu = klok.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore <= nu + p.ClockSkew) && expires is not null && expires > nu - p.ClockSkew;
            },
        };
        if (!string.IsNullOrEmpty(this.opties.Authority))
        {
            string metadata = this.opties.Authority.TrimEnd('/') + "/.well-known/openid-configuration";
            // Only a local provider in Development may be plain http (the development OpenID provider, tests).
            bool lokaal = omgeving.IsDevelopment() && new Uri(this.opties.Authority).IsLoopback;
            metadataAdres = metadata;
            retriever = new HttpDocumentRetriever { RequireHttps = !lokaal };
            parameters.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                metadata, new OpenIdConnectConfigurationRetriever(), retriever)
            {
                // A token signed with a key the cached JWKS lacks triggers one refetch (key rotation); at most every 30 s.
                RefreshInterval = TimeSpan.FromSeconds(30),
                // Keys the provider withdrew drop out of the cache within the hour.
                AutomaticRefreshInterval = TimeSpan.FromHours(1),
            };
            parameters.ValidAudience = this.opties.Publiek; // null: every token fails the audience check
            parameters.ValidAlgorithms = this.opties.Algoritmen.Where(a => AanmeldOpties.Asymmetrisch.Contains(a)).ToList();
        }

        if (omgeving.IsDevelopment() && !string.IsNullOrEmpty(this.opties.OntwikkelSleutel))
        {
            // A separate set, chosen only for tokens that name the development issuer: the provider's tokens never meet it.
            ontwikkelSleutel = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(this.opties.OntwikkelSleutel));
            ontwikkelParameters = parameters.Clone();
            ontwikkelParameters.ConfigurationManager = null;
            ontwikkelParameters.IssuerSigningKey = ontwikkelSleutel;
            ontwikkelParameters.ValidIssuer = OntwikkelStandaarden.Uitgever;
            ontwikkelParameters.ValidAudience = OntwikkelStandaarden.Publiek;
            ontwikkelParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }

    /// <summary>True when development tokens can be minted (Development with the development key).</summary>
    public bool KanOntwikkelTokensMaken => ontwikkelSleutel is not null;

    /// <summary>The loket's principal for a valid token, or null for an invalid, expired or foreign one.</summary>
    public async Task<ClaimsPrincipal?> ValideerAsync(string token)
    {
        // Read once: the issuer picks the key set, and the same parsed token is validated (a token that cannot be read is no sign-in).
        if (Lees(token) is not { } jwt)
        {
            return null;
        }

        var gekozen = ontwikkelParameters is not null && jwt.Issuer == OntwikkelStandaarden.Uitgever ? ontwikkelParameters : parameters;
        if (gekozen is null || (gekozen.IssuerSigningKey is null && gekozen.ConfigurationManager is null))
        {
            return null;
        }

        var resultaat = await handler.ValidateTokenAsync(jwt, gekozen);
        if (resultaat.Exception is SecurityTokenSignatureKeyNotFoundException && gekozen == parameters && await NieuweSleutelsAsync() is { } vers)
        {
            // The provider rotated its keys: check once more against its JWKS as it is now, not the cached one.
            resultaat = await handler.ValidateTokenAsync(jwt, vers);
        }

        if (!resultaat.IsValid)
        {
            return null;
        }

        string? insz = Claim(resultaat.Claims, opties.InszClaim);
        if (string.IsNullOrEmpty(insz))
        {
            return null;
        }

        var claims = new List<Claim>
        {
            new(Aanvrager.InszType, insz),
            new(Aanvrager.VoornaamType, Claim(resultaat.Claims, opties.VoornaamClaim) ?? string.Empty),
            new(Aanvrager.AchternaamType, Claim(resultaat.Claims, opties.AchternaamClaim) ?? string.Empty),
        };
        claims.AddRange(Rollen(resultaat.Claims, opties.RolClaim).Select(r => new Claim(Aanvrager.RolType, r)));
        if (Claim(resultaat.Claims, opties.EMailClaim) is { Length: > 0 } eMail
            && (opties.EMailGeverifieerdClaim.Length == 0 || IsWaar(resultaat.Claims, opties.EMailGeverifieerdClaim)))
        {
            claims.Add(new Claim(Aanvrager.EMailType, eMail));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer"));
    }

    /// <summary>
    /// The token parsed, or null when it is no JWT. A token that names the development issuer goes to the development key
    /// (when there is one), any other to the provider.
    /// </summary>
    JsonWebToken? Lees(string token)
    {
        if (!handler.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Validation parameters with the provider's keys fetched afresh, at most every 30 seconds (a token with an unknown
    /// <c>kid</c> cannot make the loket hammer the provider); null when not due or without a provider.
    /// </summary>
    async Task<TokenValidationParameters?> NieuweSleutelsAsync()
    {
        var nu = klok.GetUtcNow();
        if (parameters.ConfigurationManager is not ConfigurationManager<OpenIdConnectConfiguration> beheerder || nu - laatsteVerversing < VerversInterval)
        {
            return null;
        }

        laatsteVerversing = nu;
        beheerder.RequestRefresh();
        var configuratie = await OpenIdConnectConfigurationRetriever.GetAsync(metadataAdres!, retriever!, CancellationToken.None);
        var vers = parameters.Clone();
        vers.ConfigurationManager = null;
        vers.IssuerSigningKeys = configuratie.SigningKeys;
        vers.ValidIssuer = configuratie.Issuer;
        return vers;
    }

    /// <summary>Mints a one-hour development token. Only callable where <see cref="KanOntwikkelTokensMaken"/>.</summary>
    public string MaakOntwikkelToken(string insz, string voornaam, string achternaam, IReadOnlyList<string> rollen, string? eMail = null,
        bool eMailGeverifieerd = true)
    {
        if (ontwikkelSleutel is null)
        {
            throw new InvalidOperationException("Development tokens are disabled.");
        }

        var nu = klok.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object>
        {
            [opties.InszClaim] = insz,
            [opties.VoornaamClaim] = voornaam,
            [opties.AchternaamClaim] = achternaam,
            [opties.RolClaim] = rollen.ToArray(),
        };
        if (eMail is not null)
        {
            claims[opties.EMailClaim] = eMail;
            if (opties.EMailGeverifieerdClaim.Length > 0)
            {
                claims[opties.EMailGeverifieerdClaim] = eMailGeverifieerd;
            }
        }

        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = OntwikkelStandaarden.Uitgever,
            Audience = OntwikkelStandaarden.Publiek,
            IssuedAt = nu,
            NotBefore = nu,
            Expires = nu.AddHours(1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(ontwikkelSleutel, SecurityAlgorithms.HmacSha256),
        });
    }

    static string? Claim(IDictionary<string, object> claims, string naam) =>
        claims.TryGetValue(naam, out var waarde) ? waarde?.ToString() : null;

    /// <summary>A boolean claim that is true; providers write it as a JSON boolean, some as the text "true".</summary>
    static bool IsWaar(IDictionary<string, object> claims, string naam) =>
        claims.TryGetValue(naam, out var waarde) && (waarde is true || (waarde is string s && string.Equals(s, "true", StringComparison.OrdinalIgnoreCase)));

    static IEnumerable<string> Rollen(IDictionary<string, object> claims, string naam) =>
        claims.TryGetValue(naam, out var waarde) switch
        {
            false => [],
            true when waarde is string s => [s],
            true when waarde is IEnumerable<object> lijst => lijst.Select(o => o.ToString()!).ToList(),
            _ => [waarde!.ToString()!],
        };
}
