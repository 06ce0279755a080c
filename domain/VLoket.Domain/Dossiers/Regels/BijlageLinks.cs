using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>
/// Signed, expiring download links through which an agency fetches the files sent with an application. A link names the
/// agency, the dossier and the document, and when it expires; its HMAC-SHA256 signature is the loket's own, so nobody,
/// the agency included, can make a link to anything else. Fetching checks the agency is the dossier's (see
/// <see cref="DossierDienst.BijlageVoorInstantieAsync"/>).
/// </summary>
public sealed class BijlageLinks(byte[] sleutel, TimeProvider klok)
{
    /// <summary>How long an agency may fetch a file after the application reached it: room for its own retries and queues.</summary>
    public static readonly TimeSpan Geldigheid = TimeSpan.FromDays(7);

    /// <summary>
    /// A key of its own, derived from a loket secret with HKDF (a distinct <c>info</c>), so a new secret is not needed
    /// and these signatures never collide with the secret's other use.
    /// </summary>
    public static BijlageLinks Van(string geheim, TimeProvider klok) =>
        new(HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(geheim), 32, info: "VLoket bijlage-links"u8.ToArray()), klok);

    /// <summary>
    /// The link for one file, beside the agency's callback address of the loket (<c>…/api/instanties/{ovoCode}/bijlagen/…</c>).
    /// </summary>
    public (Uri Url, DateTimeOffset VerlooptOp) Maak(Uri callbackUrl, string ovoCode, string dossierId, string documentId)
    {
        var verloopt = klok.GetUtcNow() + Geldigheid;
        long seconden = verloopt.ToUnixTimeSeconds();
        string pad = $"bijlagen/{Uri.EscapeDataString(dossierId)}/{Uri.EscapeDataString(documentId)}"
            + $"?verloopt={seconden.ToString(CultureInfo.InvariantCulture)}&handtekening={Handtekening(ovoCode, dossierId, documentId, seconden)}";
        return (new Uri(callbackUrl, pad), DateTimeOffset.FromUnixTimeSeconds(seconden));
    }

    /// <summary>Whether the link's signature is the loket's and it has not expired.</summary>
    public bool Klopt(string ovoCode, string dossierId, string documentId, string? verloopt, string? handtekening)
    {
        if (!long.TryParse(verloopt, NumberStyles.None, CultureInfo.InvariantCulture, out long seconden) || handtekening is null
            || seconden < klok.GetUtcNow().ToUnixTimeSeconds())
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Handtekening(ovoCode, dossierId, documentId, seconden)), Encoding.ASCII.GetBytes(handtekening));
    }

    string Handtekening(string ovoCode, string dossierId, string documentId, long seconden) =>
        System.Buffers.Text.Base64Url.EncodeToString(HMACSHA256.HashData(sleutel,
            Encoding.UTF8.GetBytes($"{ovoCode}\n{dossierId}\n{documentId}\n{seconden.ToString(CultureInfo.InvariantCulture)}")));
}
