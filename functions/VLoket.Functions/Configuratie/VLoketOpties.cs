using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace VLoket.Functions.Configuratie;

/// <summary>Settings under <c>VLoket:Aanmelden</c>: who issues the sign-in tokens the loket accepts.</summary>
public sealed class AanmeldOpties
{
    public const string Sectie = "VLoket:Aanmelden";

    /// <summary>OpenID Connect authority (the Flemish ACM/IDM) whose signing keys are trusted. Required outside Development.</summary>
    public string? Authority { get; set; }

    /// <summary>Expected audience (client id of the loket at the authority).</summary>
    public string? Publiek { get; set; }

    /// <summary>Signature algorithms accepted from the authority (an allow-list; never <c>none</c> or a symmetric one).</summary>
    public List<string> Algoritmen { get; set; } = [.. Asymmetrisch];

    /// <summary>The asymmetric algorithms the loket knows; <see cref="Algoritmen"/> may narrow them, not widen them.</summary>
    public static readonly IReadOnlyList<string> Asymmetrisch = ["RS256", "PS256", "ES256"];

    /// <summary>
    /// Client id of the front end at the authority (a public client: authorization code with PKCE, no secret); the
    /// front end reads it from <c>GET /api/aanmelding</c>. Empty: the same as <see cref="Publiek"/>.
    /// </summary>
    public string? WebClientId { get; set; }

    /// <summary>Scopes the front end asks for; <c>offline_access</c> brings the refresh token it renews with.</summary>
    public string Scope { get; set; } = "openid profile offline_access";

    /// <summary>Development only: symmetric key for tokens minted by <c>POST /api/dev/token</c>.</summary>
    public string? OntwikkelSleutel { get; set; }

    /// <summary>Claim that carries the person's INSZ.</summary>
    public string InszClaim { get; set; } = "insz";

    public string VoornaamClaim { get; set; } = "given_name";

    public string AchternaamClaim { get; set; } = "family_name";

    public string RolClaim { get; set; } = "roles";

    /// <summary>Claim with the person's verified e-mail address (optional); it matches invitations by e-mail.</summary>
    public string EMailClaim { get; set; } = "email";

    /// <summary>
    /// Claim that says the provider verified <see cref="EMailClaim"/> (OpenID Connect's <c>email_verified</c>): an address
    /// without it is ignored, since anyone could type one and so see an invitation meant for someone else. Empty only for a
    /// provider that issues verified addresses alone.
    /// </summary>
    public string EMailGeverifieerdClaim { get; set; } = "email_verified";
}

/// <summary>Settings under <c>VLoket:Geheimen</c>: keys for keyed hashes and tokens the loket signs itself.</summary>
public sealed class GeheimenOpties
{
    public const string Sectie = "VLoket:Geheimen";

    /// <summary>HMAC key for looking up people by INSZ without storing the INSZ in a key.</summary>
    public string? InszSleutel { get; set; }

    /// <summary>HMAC key for duplicate-confirmation tokens.</summary>
    public string? BevestigingsSleutel { get; set; }

    /// <summary>
    /// The loket's private EC P-256 key (PKCS#8 PEM) that signs hand-off tokens (ES256). Its public half is published as
    /// JWKS at <c>/api/.well-known/jwks.json</c>, so agencies verify without sharing a secret.
    /// </summary>
    public string? OndertekenSleutel { get; set; }
}

/// <summary>
/// Fills development defaults in Development and refuses them (and missing secrets) anywhere else,
/// so a forgotten setting stops the app at start-up instead of running with a public key.
/// </summary>
public sealed class OptiesControle(IHostEnvironment omgeving) : IPostConfigureOptions<AanmeldOpties>, IValidateOptions<AanmeldOpties>,
    IPostConfigureOptions<GeheimenOpties>, IValidateOptions<GeheimenOpties>
{
    bool Ontwikkeling => omgeving.IsDevelopment();

    public void PostConfigure(string? name, AanmeldOpties opties)
    {
        // Development tokens for tests and scripts live beside the provider's (the local one, or a stand-in); never elsewhere.
        if (Ontwikkeling && string.IsNullOrEmpty(opties.OntwikkelSleutel))
        {
            opties.OntwikkelSleutel = OntwikkelStandaarden.TokenSleutel;
        }
    }

    public ValidateOptionsResult Validate(string? name, AanmeldOpties opties)
    {
        if (Ontwikkeling)
        {
            return ValidateOptionsResult.Success;
        }

        var fouten = new List<string>();
        if (!string.IsNullOrEmpty(opties.OntwikkelSleutel))
        {
            fouten.Add($"{AanmeldOpties.Sectie}:OntwikkelSleutel is set in the '{omgeving.EnvironmentName}' environment; development tokens are only allowed in Development.");
        }

        if (string.IsNullOrEmpty(opties.Authority))
        {
            fouten.Add($"{AanmeldOpties.Sectie}:Authority (the OpenID Connect issuer) is required outside Development.");
        }
        else if (!opties.Authority.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            fouten.Add($"{AanmeldOpties.Sectie}:Authority must be https outside Development.");
        }

        if (string.IsNullOrEmpty(opties.Publiek))
        {
            fouten.Add($"{AanmeldOpties.Sectie}:Publiek (the audience: the loket's client id at the authority) is required outside Development.");
        }

        if (opties.Algoritmen.Count == 0 || opties.Algoritmen.Any(a => !AanmeldOpties.Asymmetrisch.Contains(a)))
        {
            fouten.Add($"{AanmeldOpties.Sectie}:Algoritmen may only hold {string.Join(", ", AanmeldOpties.Asymmetrisch)}.");
        }

        return fouten.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(fouten);
    }

    public void PostConfigure(string? name, GeheimenOpties opties)
    {
        if (Ontwikkeling)
        {
            // An empty setting (as local.settings.sample.json has them) means "not set", as a missing one does.
            opties.InszSleutel = Leeg(opties.InszSleutel) ? OntwikkelStandaarden.InszSleutel : opties.InszSleutel;
            opties.BevestigingsSleutel = Leeg(opties.BevestigingsSleutel) ? OntwikkelStandaarden.BevestigingsSleutel : opties.BevestigingsSleutel;
            opties.OndertekenSleutel = Leeg(opties.OndertekenSleutel) ? OntwikkelStandaarden.OndertekenSleutel : opties.OndertekenSleutel;
        }
    }

    static bool Leeg(string? waarde) => string.IsNullOrWhiteSpace(waarde);

    public ValidateOptionsResult Validate(string? name, GeheimenOpties opties)
    {
        if (Ontwikkeling)
        {
            return ValidateOptionsResult.Success;
        }

        var fouten = new List<string>();
        Controleer(opties.InszSleutel, "InszSleutel", OntwikkelStandaarden.InszSleutel, fouten);
        Controleer(opties.BevestigingsSleutel, "BevestigingsSleutel", OntwikkelStandaarden.BevestigingsSleutel, fouten);
        Controleer(opties.OndertekenSleutel, "OndertekenSleutel", OntwikkelStandaarden.OndertekenSleutel, fouten);
        if (opties.OndertekenSleutel is { Length: >= 32 } pem && !Instellingen.IsOnopgelosteSleutelkluisVerwijzing(pem) && !Sleutels.LoketSleutel.IsEcP256(pem))
        {
            fouten.Add($"{GeheimenOpties.Sectie}:OndertekenSleutel must be an EC P-256 private key in PKCS#8 PEM.");
        }
        else if (opties.OndertekenSleutel is { } sleutel && sleutel != OntwikkelStandaarden.OndertekenSleutel
            && Sleutels.LoketSleutel.IsZelfdeSleutel(sleutel, OntwikkelStandaarden.OndertekenSleutel))
        {
            // The same public development key in other clothes (line endings, wrapping): it signs hand-offs and the
            // loket's credential, so anyone with the repository could impersonate the loket.
            fouten.Add($"{GeheimenOpties.Sectie}:OndertekenSleutel is the public development key; it may not be used outside Development.");
        }

        return fouten.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(fouten);
    }

    static void Controleer(string? waarde, string naam, string standaard, List<string> fouten)
    {
        if (string.IsNullOrEmpty(waarde) || waarde.Length < 32)
        {
            fouten.Add($"{GeheimenOpties.Sectie}:{naam} is required outside Development (at least 32 characters, from a key vault).");
        }
        else if (waarde == standaard)
        {
            fouten.Add($"{GeheimenOpties.Sectie}:{naam} is the public development default; it may not be used outside Development.");
        }
        else if (Instellingen.IsOnopgelosteSleutelkluisVerwijzing(waarde))
        {
            fouten.Add($"{GeheimenOpties.Sectie}:{naam} is an unresolved Key Vault reference: the secret is missing or the app's identity may not read it (docs/deploy.md).");
        }
    }
}
