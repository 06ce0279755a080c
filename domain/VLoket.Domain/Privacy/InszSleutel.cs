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

    public string Hash(Insz insz) => Convert.ToHexStringLower(HMACSHA256.HashData(sleutel, Encoding.ASCII.GetBytes(insz.Value)));
}
