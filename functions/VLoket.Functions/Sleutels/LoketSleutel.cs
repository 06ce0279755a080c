using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using VLoket.Functions.Configuratie;

namespace VLoket.Functions.Sleutels;

/// <summary>A JSON Web Key Set (RFC 7517) with public keys only.</summary>
public sealed record JwksAntwoord(IReadOnlyList<Dictionary<string, string>> Keys);

/// <summary>
/// The loket's own asymmetric key (EC P-256, ES256). It signs hand-off tokens; receivers verify them with the public
/// half, published as a JWKS at <c>/api/.well-known/jwks.json</c>, so no secret is shared with any agency. The key id
/// is the key's RFC 7638 thumbprint, so a rotated key gets a new <c>kid</c> by itself.
/// </summary>
public sealed class LoketSleutel
{
    public const string Algoritme = SecurityAlgorithms.EcdsaSha256;

    /// <summary>The loket's name as issuer of what it signs (<c>iss</c>; <c>sub</c> of its credential to agencies and sources).</summary>
    public const string Identiteit = "vloket";

    readonly ECDsaSecurityKey sleutel;
    readonly JsonWebKey publiek;

    public LoketSleutel(IOptions<GeheimenOpties> geheimen)
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportFromPem(geheimen.Value.OndertekenSleutel);
        var publiekeSleutel = ECDsa.Create(ecdsa.ExportParameters(includePrivateParameters: false));
        publiek = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(publiekeSleutel));
        string kid = Base64UrlEncoder.Encode(publiek.ComputeJwkThumbprint());
        publiek.Kid = kid;
        publiek.Use = "sig";
        publiek.Alg = Algoritme;
        sleutel = new ECDsaSecurityKey(ecdsa) { KeyId = kid };
    }

    public SigningCredentials Ondertekening => new(sleutel, Algoritme);

    /// <summary>The JWKS document: the public key only (<c>kty</c>, <c>crv</c>, <c>x</c>, <c>y</c>, <c>kid</c>, <c>use</c>, <c>alg</c>).</summary>
    public JwksAntwoord Jwks =>
        new([new() { ["kty"] = publiek.Kty, ["crv"] = publiek.Crv, ["x"] = publiek.X, ["y"] = publiek.Y, ["kid"] = publiek.Kid, ["use"] = publiek.Use, ["alg"] = publiek.Alg }]);

    /// <summary>Whether two PEM texts hold the same key, however they are written (checked at start-up against the development key).</summary>
    public static bool IsZelfdeSleutel(string pem, string ander)
    {
        try
        {
            using var a = ECDsa.Create();
            using var b = ECDsa.Create();
            a.ImportFromPem(pem);
            b.ImportFromPem(ander);
            return a.ExportSubjectPublicKeyInfo().AsSpan().SequenceEqual(b.ExportSubjectPublicKeyInfo());
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="pem"/> holds an EC P-256 private key (checked at start-up).</summary>
    public static bool IsEcP256(string pem)
    {
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(pem);
            return ecdsa.ExportParameters(false).Curve.Oid.Value == ECCurve.NamedCurves.nistP256.Oid.Value;
        }
        catch (Exception e) when (e is ArgumentException or CryptographicException)
        {
            return false;
        }
    }
}
