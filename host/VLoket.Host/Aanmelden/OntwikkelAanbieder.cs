using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using VLoket.Functions.Configuratie;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace VLoket.Host.Aanmelden;

/// <summary>
/// DEVELOPMENT ONLY: a real OpenID provider (OpenIddict) on its own loopback port, standing in for the Flemish ACM/IDM.
/// Discovery, JWKS, authorization code with PKCE for the front end (a public client), refresh tokens and end-session;
/// its login page is the persona picker (<see cref="PersonaKiezer"/>). Its own origin, like ACM's, so the front end meets
/// CORS and the Content-Security-Policy as in production. Keys are made at start and live in memory only.
/// </summary>
public sealed class OntwikkelAanbieder : IAsyncDisposable
{
    /// <summary>Runs the provider in Development when true (the default there when no authority is configured); refused elsewhere.</summary>
    public const string AanSetting = "VLoket:OntwikkelAanbieder:Aan";

    /// <summary>Access-token lifetime in seconds (default one hour); the browser journeys shorten it to see the front end renew.</summary>
    public const string LevensduurSetting = "VLoket:OntwikkelAanbieder:ToegangstokenSeconden";

    /// <summary>The front end's client id at this provider (a public client: no secret, PKCE required).</summary>
    public const string WebClientId = "vloket-web";

    readonly WebApplication app;

    OntwikkelAanbieder(WebApplication app, Uri adres)
    {
        this.app = app;
        Adres = adres;
    }

    /// <summary>The issuer, e.g. <c>http://127.0.0.1:41234/</c>: the loket's <c>VLoket:Aanmelden:Authority</c> in Development.</summary>
    public Uri Adres { get; }

    /// <summary>Starts the provider; <paramref name="webRoot"/> lends the loket's stylesheets to the login page.</summary>
    public static async Task<OntwikkelAanbieder> StartAsync(IConfiguration config, string webRoot, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var aanmelden = new AanmeldOpties();
        config.GetSection(AanmeldOpties.Sectie).Bind(aanmelden);
        string publiek = string.IsNullOrEmpty(aanmelden.Publiek) ? OntwikkelStandaarden.Publiek : aanmelden.Publiek;
        builder.Services.AddSingleton(new PersonaKiezer(aanmelden, publiek));

        string database = $"vloket-aanbieder-{Guid.NewGuid():N}";
        builder.Services.AddDbContext<AanbiederContext>(o => o.UseInMemoryDatabase(database).UseOpenIddict());
        builder.Services.AddCors();
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<AanbiederContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetEndSessionEndpointUris("connect/endsession");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange().AllowRefreshTokenFlow();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.Roles, Scopes.OfflineAccess);
                o.SetAccessTokenLifetime(TimeSpan.FromSeconds(config.GetValue(LevensduurSetting, 3600)));
                // The loket validates access tokens as a resource server would ACM's: a signed JWT, not an encrypted one.
                o.DisableAccessTokenEncryption();
                o.AddSigningKey(NieuweSleutel()).AddEphemeralEncryptionKey();
                o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .DisableTransportSecurityRequirement();
            });

        var app = builder.Build();
        // The front end (another loopback origin) reads discovery and calls the token endpoint from the browser.
        app.UseCors(p => p.SetIsOriginAllowed(o => Uri.TryCreate(o, UriKind.Absolute, out var u) && u.IsLoopback).AllowAnyHeader().AllowAnyMethod());
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.Combine(webRoot, "css")), RequestPath = "/css" });
        app.UseAuthentication();
        PersonaKiezer.Map(app);
        await app.StartAsync(cancellationToken);
        string adres = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OntwikkelAanbieder(app, new Uri(adres.TrimEnd('/') + "/"));
    }

    /// <summary>
    /// Registers the front end served at <paramref name="loket"/> as a public client (its sign-in and sign-out return
    /// addresses); <paramref name="opwarmen"/> then warms the provider up in the background.
    /// </summary>
    public async Task RegistreerWebAsync(Uri loket, bool opwarmen, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var toepassingen = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        if (await toepassingen.FindByClientIdAsync(WebClientId, cancellationToken) is null)
        {
            await toepassingen.CreateAsync(Client(loket), cancellationToken);
        }

        if (opwarmen)
        {
            opwarming = WarmOpAsync(loket);
        }
    }

    Task opwarming = Task.CompletedTask;
    readonly CancellationTokenSource stop = new();

    // The first request through OpenIddict's pipeline is slow (many handlers to compile: seconds on a busy machine);
    // a person's first click on "Aanmelden" should not pay for it.
    async Task WarmOpAsync(Uri loket)
    {
        try
        {
            using var http = new HttpClient { BaseAddress = Adres, Timeout = TimeSpan.FromSeconds(60) };
            (await http.GetAsync(".well-known/openid-configuration", stop.Token)).Dispose();
            (await http.GetAsync(".well-known/jwks", stop.Token)).Dispose();
            (await http.GetAsync($"connect/authorize?client_id={WebClientId}&response_type=code&scope=openid&code_challenge_method=S256" +
                $"&code_challenge={new string('a', 43)}&redirect_uri={Uri.EscapeDataString(loket.ToString())}", stop.Token)).Dispose();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ObjectDisposedException)
        {
            // Only a warm-up: the real requests come anyway.
        }
    }

    static OpenIddictApplicationDescriptor Client(Uri loket) => new()
    {
        ClientId = WebClientId,
        ClientType = ClientTypes.Public,
        DisplayName = "Verenigingsloket",
        RedirectUris = { loket },
        PostLogoutRedirectUris = { new Uri(loket, "?afgemeld=1") },
        Permissions =
        {
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            Permissions.Scopes.Profile, Permissions.Scopes.Email, Permissions.Scopes.Roles,
        },
        Requirements = { Requirements.Features.ProofKeyForCodeExchange },
    };

    /// <summary>
    /// Rotates the signing key as a provider does: a new key signs from now on, the old one stays published in the JWKS
    /// so tokens it signed stay valid until they expire.
    /// </summary>
    public string RoteerSleutel()
    {
        var opties = app.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue;
        var sleutel = NieuweSleutel();
        opties.SigningCredentials.Insert(0, new SigningCredentials(sleutel, SecurityAlgorithms.RsaSha256));
        return sleutel.KeyId!;
    }

    static RsaSecurityKey NieuweSleutel() => new(RSA.Create(2048)) { KeyId = Guid.NewGuid().ToString("N") };

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await opwarming;
        stop.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>OpenIddict's applications, authorizations and tokens, in memory for the life of the provider.</summary>
public sealed class AanbiederContext(DbContextOptions<AanbiederContext> opties) : DbContext(opties);
