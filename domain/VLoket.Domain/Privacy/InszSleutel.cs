using System.Security.Cryptography;
using System.Text;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Privacy;

/// <summary>
/// Keyed hash of an INSZ (HMAC-SHA256 with a secret), for look-ups without the INSZ ever being a table key,
/// blob name or URL. Without the key the hash cannot be reversed by trying all birth dates.
/// </summary>
public sealed class InszSleutel(byte[] sleutel)
{
    public InszSleutel(string sleutel)
        : this(Encoding.UTF8.GetBytes(sleutel))
    {
    }

    /// <summary>Keyed hash of an e-mail address (trimmed, lower case), in its own domain so it never equals an INSZ hash.</summary>
    public string HashEMail(string eMail) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(sleutel, Encoding.UTF8.GetBytes("e-mail:" + eMail.Trim().ToLowerInvariant())));

    /// <summary>
    /// A person's id for one agency (a pairwise pseudonym): stable for that agency, different for every other, so agencies
    /// cannot link a person across hand-offs without the INSZ.
    /// </summary>
    public string PersoonVoor(string ovoCode, Insz insz) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(sleutel, Encoding.ASCII.GetBytes($"persoon:{ovoCode}:{insz.Value}")));

    public string Hash(Insz insz) => Convert.ToHexStringLower(HMACSHA256.HashData(sleutel, Encoding.ASCII.GetBytes(insz.Value)));
}
