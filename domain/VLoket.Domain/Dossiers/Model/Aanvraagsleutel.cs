using System.Security.Cryptography;
using System.Text;

namespace VLoket.Domain.Dossiers.Model;

/// <summary>
/// The client's own key for one application (sent as the HTTP header <c>Idempotency-Key</c>). The same key again, for
/// the same association, is the same application: a retry after a lost answer finds the dossier the first attempt made,
/// so there is no second dossier and no second submission to the agency.
/// </summary>
public sealed record Aanvraagsleutel
{
    /// <summary>The longest key: room for a UUID or a ULID, with a prefix.</summary>
    public const int MaxLengte = 64;

    /// <summary>The characters a key may hold, as a regular expression (the OpenAPI document's pattern).</summary>
    public const string Patroon = "^[A-Za-z0-9_-]{1,64}$";

    /// <summary>The field a refused key is reported on.</summary>
    public const string Veld = "Idempotency-Key";

    Aanvraagsleutel(string waarde) => Waarde = waarde;

    /// <summary>The key as sent.</summary>
    public string Waarde { get; }

    /// <summary>
    /// The key in <paramref name="tekst"/>; null when none was sent. Refuses (<see cref="DomeinFout"/>) one that is empty,
    /// longer than <see cref="MaxLengte"/>, or holds anything but letters, digits, '-' and '_'.
    /// </summary>
    public static Aanvraagsleutel? Create(string? tekst)
    {
        if (tekst is null)
        {
            return null;
        }

        return tekst.Length is > 0 and <= MaxLengte && tekst.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? new Aanvraagsleutel(tekst)
            : throw new DomeinFout(Veld, $"Geef een sleutel van 1 tot {MaxLengte} letters, cijfers, '-' of '_'.");
    }

    /// <summary>
    /// The dossier id this key gives within <paramref name="vCode"/>: always the same for the same key, another for another
    /// association, and in the form of every dossier id (D and 32 hexadecimal digits).
    /// </summary>
    public string DossierId(string vCode) =>
        "D" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(vCode + "\n" + Waarde)))[..32];
}
