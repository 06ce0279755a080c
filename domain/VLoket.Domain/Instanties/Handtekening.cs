using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VLoket.Domain.Instanties;

/// <summary>
/// The callback signature <c>VL-Handtekening: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 over "&lt;t&gt;.&lt;raw body&gt;"&gt;</c>,
/// with five minutes tolerance so a captured callback cannot be replayed later.
/// </summary>
public static class Handtekening
{
    public const string Header = "VL-Handtekening";
    public static readonly TimeSpan Tolerantie = TimeSpan.FromMinutes(5);

    public static string Maak(string geheim, long tijdstip, ReadOnlySpan<byte> body) =>
        $"t={tijdstip.ToString(CultureInfo.InvariantCulture)},v1={Convert.ToHexStringLower(Hmac(geheim, tijdstip, body))}";

    /// <summary>True when the header is well formed, recent enough and signs exactly this body with this secret.</summary>
    public static bool Klopt(string? header, string geheim, ReadOnlySpan<byte> body, DateTimeOffset nu)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }

        long? t = null;
        var handtekeningen = new List<byte[]>();
        foreach (string deel in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (deel.StartsWith("t=", StringComparison.Ordinal) && long.TryParse(deel[2..], NumberStyles.None, CultureInfo.InvariantCulture, out long waarde))
            {
                t = waarde;
            }
            else if (deel.StartsWith("v1=", StringComparison.Ordinal) && deel.Length == 3 + 64)
            {
                try
                {
                    handtekeningen.Add(Convert.FromHexString(deel[3..]));
                }
                catch (FormatException)
                {
                    return false;
                }
            }
        }

        if (t is null || handtekeningen.Count == 0 || Math.Abs(nu.ToUnixTimeSeconds() - t.Value) > Tolerantie.TotalSeconds)
        {
            return false;
        }

        byte[] verwacht = Hmac(geheim, t.Value, body);
        return handtekeningen.Any(h => CryptographicOperations.FixedTimeEquals(h, verwacht));
    }

    static byte[] Hmac(string geheim, long tijdstip, ReadOnlySpan<byte> body)
    {
        byte[] voorvoegsel = Encoding.UTF8.GetBytes(tijdstip.ToString(CultureInfo.InvariantCulture) + ".");
        byte[] data = new byte[voorvoegsel.Length + body.Length];
        voorvoegsel.CopyTo(data, 0);
        body.CopyTo(data.AsSpan(voorvoegsel.Length));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(geheim), data);
    }
}
