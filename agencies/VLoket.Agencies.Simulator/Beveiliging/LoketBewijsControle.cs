using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace VLoket.Agencies.Simulator.Beveiliging;

/// <summary>
/// The loket's public keys, read from its JWKS over HTTP as a real receiver does: kept five minutes (the loket's
/// Cache-Control), read again at once for a key id it does not know (a rotated key), but at most every ten seconds.
/// </summary>
public sealed class LoketJwks(IHttpClientFactory http, IConfiguration configuration)
{
    static readonly TimeSpan Bewaartijd = TimeSpan.FromMinutes(5);
    static readonly TimeSpan MinsteTussentijd = TimeSpan.FromSeconds(10);

    readonly SemaphoreSlim slot = new(1, 1);
    (Uri Van, IList<SecurityKey> Sleutels, DateTimeOffset Op)? cache;

    /// <summary>Where the loket publishes its keys: <c>Simulator:LoketJwksUrl</c>, or set once the loket runs (tests, demo).</summary>
    public Uri? Url { get; set; } = configuration["Simulator:LoketJwksUrl"] is { Length: > 0 } url ? new Uri(url) : null;

    /// <summary>The keys, read again when <paramref name="onbekendeKid"/> is not among them (and the last read is not too recent).</summary>
    public async Task<IList<SecurityKey>> SleutelsAsync(string? onbekendeKid, CancellationToken ct)
    {
        var url = Url ?? throw new InvalidOperationException("De sleutels van het loket zijn niet gekend.");
        await slot.WaitAsync(ct);
        try
        {
            var nu = DateTimeOffset.UtcNow;
            bool verouderd = cache is not { } c || c.Van != url || nu - c.Op > Bewaartijd
                || (onbekendeKid is not null && c.Sleutels.All(s => s.KeyId != onbekendeKid) && nu - c.Op > MinsteTussentijd);
            if (verouderd)
            {
                var set = new JsonWebKeySet(await http.CreateClient().GetStringAsync(url, ct));
                cache = (url, set.GetSigningKeys(), nu);
            }

            return cache!.Value.Sleutels;
        }
        finally
        {
            slot.Release();
        }
    }
}

/// <summary>
/// How a simulated agency or source checks the loket's credential (docs/contracts/loketbewijs.md): a bearer JWT, ES256
/// only, signed with a key from the loket's JWKS, header <c>typ</c> <c>client-authentication+jwt</c>, <c>iss</c> = <c>sub</c>
/// = <c>vloket</c>, <c>aud</c> = the receiver's own connector base URL, not expired (30 s skew), at most five minutes
/// long, and a <c>jti</c> not seen before.
/// </summary>
public sealed class LoketBewijsControle(LoketJwks jwks)
{
    public const string Loket = "vloket";
    public const string Type = "client-authentication+jwt";
    static readonly TimeSpan Speling = TimeSpan.FromSeconds(30);
    static readonly TimeSpan LangsteGeldigheid = TimeSpan.FromMinutes(5);

    readonly JsonWebTokenHandler handler = new();
    readonly ConcurrentDictionary<string, DateTime> gezien = new(StringComparer.Ordinal);

    /// <summary>Null when the credential holds for <paramref name="ontvanger"/>; else why not, in Dutch.</summary>
    public async Task<string?> WeigeringAsync(string? bearer, string ontvanger, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(bearer))
        {
            return "Deze oproep draagt geen bewijs van het loket (Authorization: Bearer).";
        }

        if (jwks.Url is null)
        {
            return "De sleutels van het loket zijn niet gekend.";
        }

        string? kid = handler.CanReadToken(bearer) ? handler.ReadJsonWebToken(bearer).Kid : null;
        IList<SecurityKey> sleutels;
        try
        {
            sleutels = await jwks.SleutelsAsync(kid, ct);
        }
        catch (Exception e) when (e is HttpRequestException or ArgumentException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return $"De sleutels van het loket zijn niet op te halen ({e.GetType().Name})."; // cannot verify: refuse
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Loket,
            ValidAudience = ontvanger,
            ValidTypes = [Type],
            ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
            IssuerSigningKeys = sleutels,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = Speling,
        };
        var resultaat = await handler.ValidateTokenAsync(bearer, parameters);
        if (!resultaat.IsValid)
        {
            return $"Het bewijs van het loket is ongeldig ({resultaat.Exception?.GetType().Name}).";
        }

        var token = (JsonWebToken)resultaat.SecurityToken;
        if (token.Subject != Loket || token.IssuedAt == DateTime.MinValue || token.ValidTo - token.IssuedAt > LangsteGeldigheid)
        {
            return "Het bewijs van het loket heeft een onverwacht onderwerp of een te lange geldigheid.";
        }

        return NieuweJti(token.Id, token.ValidTo) ? null : "Dit bewijs van het loket werd al gebruikt.";
    }

    /// <summary>Remembers a <c>jti</c> until its token expires (plus skew); false when it was already used.</summary>
    bool NieuweJti(string jti, DateTime vervalt)
    {
        if (string.IsNullOrEmpty(jti))
        {
            return false;
        }

        var nu = DateTime.UtcNow;
        if (gezien.Count > 1024)
        {
            foreach (var (oud, tot) in gezien)
            {
                if (tot < nu)
                {
                    gezien.TryRemove(oud, out _);
                }
            }
        }

        return gezien.TryAdd(jti, vervalt + Speling);
    }
}
