using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>
/// The signature on a callback: header <c>VL-Handtekening: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where v1 is the
/// lowercase hex HMAC-SHA256 over the UTF-8 bytes of <c>"&lt;t&gt;.&lt;raw body&gt;"</c> with the agency's secret.
/// The timestamp is signed too, so the loket can refuse old replays.
/// </summary>
public static class CallbackHandtekening
{
    public const string Header = "VL-Handtekening";

    /// <summary>The header value for <paramref name="body"/> signed at <paramref name="tijdstip"/>.</summary>
    public static string Maak(string geheim, DateTimeOffset tijdstip, ReadOnlySpan<byte> body)
    {
        string t = tijdstip.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] voorvoegsel = Encoding.UTF8.GetBytes(t + ".");
        byte[] teTekenen = new byte[voorvoegsel.Length + body.Length];
        voorvoegsel.CopyTo(teTekenen, 0);
        body.CopyTo(teTekenen.AsSpan(voorvoegsel.Length));
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(geheim), teTekenen);
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }
}
