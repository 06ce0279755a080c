using System.Security.Cryptography;
using System.Text;

namespace VLoket.Domain.Verenigingen.Registratie;

/// <summary>
/// Proof that a person saw the possible duplicates of exactly this request body: an HMAC-SHA256 over the body and the
/// person's keyed INSZ hash. Re-posting the same body with the token confirms the registration; any other body, or
/// another person, does not match.
/// </summary>
public sealed class BevestigingsToken(byte[] sleutel)
{
    public BevestigingsToken(string sleutel)
        : this(Encoding.UTF8.GetBytes(sleutel))
    {
    }

    public string Maak(ReadOnlySpan<byte> body, string inszHash)
    {
        byte[] persoon = Encoding.ASCII.GetBytes(inszHash + "\n");
        byte[] data = new byte[persoon.Length + body.Length];
        persoon.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(persoon.Length));
        return Convert.ToBase64String(HMACSHA256.HashData(sleutel, data)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public bool Klopt(string? token, ReadOnlySpan<byte> body, string inszHash) =>
        token is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Maak(body, inszHash)), Encoding.ASCII.GetBytes(token.Trim()));
}
