using System.Security.Cryptography;
using System.Text;

namespace VLoket.Domain.Meldingen;

/// <summary>What a one-click unsubscribe link stands for: one representative, one association, one kind of mail.</summary>
public sealed record Afmelding(string VCode, int VertegenwoordigerId, MailSoort Soort);

/// <summary>
/// The token in an unsubscribe link: the three ids and an HMAC-SHA256 over them, so a link cannot be made for someone
/// else. Its key is the loket's own (from Key Vault in production), used for this purpose only through its label.
/// </summary>
public sealed class AfmeldToken(byte[] sleutel)
{
    public AfmeldToken(string sleutel)
        : this(Encoding.UTF8.GetBytes("vloket-afmelden\n" + sleutel))
    {
    }

    public string Maak(Afmelding a)
    {
        string inhoud = $"{a.VCode}.{a.VertegenwoordigerId}.{a.Soort}";
        return inhoud + "." + Mac(inhoud);
    }

    /// <summary>The unsubscribe a token stands for, or null when it is not one the loket made.</summary>
    public Afmelding? Lees(string? token)
    {
        var delen = (token ?? string.Empty).Split('.');
        if (delen.Length != 4 || !int.TryParse(delen[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int id)
            || !Enum.TryParse<MailSoort>(delen[2], ignoreCase: false, out var soort) || !Enum.IsDefined(soort))
        {
            return null;
        }

        string inhoud = $"{delen[0]}.{delen[1]}.{delen[2]}";
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Mac(inhoud)), Encoding.ASCII.GetBytes(delen[3]))
            ? new Afmelding(delen[0], id, soort)
            : null;
    }

    string Mac(string inhoud) =>
        Convert.ToBase64String(HMACSHA256.HashData(sleutel, Encoding.UTF8.GetBytes(inhoud))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
