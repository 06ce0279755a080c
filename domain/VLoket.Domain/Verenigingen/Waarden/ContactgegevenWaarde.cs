using PhoneNumbers;

namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// The type and value of a contact item (e-mail, website, social media, phone), validated per type, with a key that
/// makes equivalent entries compare equal: <c>+32 412 34 56 78</c> and <c>0412345678</c> are the same number.
/// </summary>
public sealed record ContactgegevenWaarde
{
    const int MaxLengteEmail = 254;
    const int MaxLengteUrl = 500;
    const int MaxLengteTelefoon = 50;

    // Numbers without a country code are Belgian: that is what volunteers in Flanders type.
    const string StandaardRegio = "BE";

    // The printable characters RFC 5322 allows unquoted in the part before the '@'.
    const string ToegelatenInLokaalDeel = "!#$%&'*+/=?^_`{|}~-.";

    const string ToegelatenInTelefoon = " .()/-+";

    ContactgegevenWaarde(string type, string waarde, string vergelijkSleutel)
    {
        Type = type;
        Waarde = waarde;
        VergelijkSleutel = vergelijkSleutel;
    }

    /// <summary>One of <see cref="ContactgegevenType.Alle"/>.</summary>
    public string Type { get; }

    /// <summary>The value as the volunteer typed it, trimmed: shown back unchanged.</summary>
    public string Waarde { get; }

    /// <summary>
    /// Normalised value for "no two equivalent entries": e-mail lower-cased, URL with lower-case host and no trailing
    /// slash, phone in E.164. Compare it together with <see cref="Type"/>.
    /// </summary>
    public string VergelijkSleutel { get; }

    /// <summary>
    /// Validates a contact item given as an object at <paramref name="veld"/> (e.g. <c>contactgegevens[0]</c>):
    /// errors are reported on <c>veld.type</c> or <c>veld.waarde</c>.
    /// </summary>
    public static ContactgegevenWaarde Create(string? type, string? waarde, string veld)
    {
        if (!ContactgegevenType.IsGeldig(type))
        {
            throw new DomeinFout(Veldpad.Onder(veld, "type"), "Het type contactgegeven moet E-mail, Website, SocialMedia of Telefoon zijn.");
        }

        return CreateVoorType(type!, waarde, Veldpad.Onder(veld, "waarde"));
    }

    /// <summary>
    /// Validates a value whose type is fixed by the API field (e.g. <c>vertegenwoordigers[0].e-mail</c>): errors
    /// are reported on <paramref name="veld"/> itself.
    /// </summary>
    public static ContactgegevenWaarde CreateVoorType(string type, string? waarde, string veld) => type switch
    {
        ContactgegevenType.Email => MaakEmail(waarde, veld),
        ContactgegevenType.Website or ContactgegevenType.SocialMedia => MaakUrl(type, waarde, veld),
        ContactgegevenType.Telefoon => MaakTelefoon(waarde, veld),
        _ => throw new ArgumentException($"Onbekend type contactgegeven '{type}'.", nameof(type)),
    };

    /// <summary>Rebuilds a contact item read from storage; only the comparison key is recomputed.</summary>
    public static ContactgegevenWaarde Hydrate(string type, string waarde) => type switch
    {
        ContactgegevenType.Email => new(type, waarde, waarde.ToLowerInvariant()),
        ContactgegevenType.Website or ContactgegevenType.SocialMedia => new(type, waarde, UrlSleutel(waarde)),
        ContactgegevenType.Telefoon => new(type, waarde, TelefoonSleutel(waarde)),
        _ => new(type, waarde, waarde),
    };

    public override string ToString() => Waarde;

    static ContactgegevenWaarde MaakEmail(string? waarde, string veld)
    {
        var email = Tekst.Verplicht(waarde, veld, MaxLengteEmail);
        if (!IsGeldigEmail(email))
        {
            throw new DomeinFout(veld, "Dit e-mailadres is ongeldig. Geef een volledig adres in zonder spaties, zoals naam@vereniging.be.");
        }

        return new ContactgegevenWaarde(ContactgegevenType.Email, email, email.ToLowerInvariant());
    }

    static ContactgegevenWaarde MaakUrl(string type, string? waarde, string veld)
    {
        var url = Tekst.Verplicht(waarde, veld, MaxLengteUrl);

        // Checked on the raw text: System.Uri would silently repair "http:/oeps.com" into "http://oeps.com/".
        if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            throw new DomeinFout(veld, "Een webadres moet beginnen met http:// of https://, zoals https://www.mijnvereniging.be.");
        }

        if (!IsGeldigeUrl(url))
        {
            throw new DomeinFout(veld, "Dit webadres is ongeldig. Geef een volledig adres in, zoals https://www.mijnvereniging.be.");
        }

        return new ContactgegevenWaarde(type, url, UrlSleutel(url));
    }

    static ContactgegevenWaarde MaakTelefoon(string? waarde, string veld)
    {
        var telefoon = Tekst.Verplicht(waarde, veld, MaxLengteTelefoon);
        if (!telefoon.All(teken => char.IsAsciiDigit(teken) || ToegelatenInTelefoon.Contains(teken)) || !telefoon.Any(char.IsAsciiDigit))
        {
            throw new DomeinFout(veld, "Dit telefoonnummer is ongeldig. Gebruik alleen cijfers, spaties en . ( ) / - +, zoals 09 123 45 67 of +32 412 34 56 78.");
        }

        return new ContactgegevenWaarde(ContactgegevenType.Telefoon, telefoon, TelefoonSleutel(telefoon));
    }

    static bool IsGeldigEmail(string email)
    {
        var at = email.IndexOf('@');
        if (at <= 0 || at != email.LastIndexOf('@'))
        {
            return false;
        }

        return IsGeldigLokaalDeel(email[..at]) && IsGeldigDomein(email[(at + 1)..]);
    }

    static bool IsGeldigLokaalDeel(string lokaal) =>
        lokaal.Length <= 64
        && lokaal[0] != '.'
        && lokaal[^1] != '.'
        && !lokaal.Contains("..", StringComparison.Ordinal)
        && lokaal.All(teken => char.IsLetterOrDigit(teken) || ToegelatenInLokaalDeel.Contains(teken));

    // At least two labels; the last one (the TLD) only letters and at least two of them, so "club" and "barbarian-sonya.c" fail.
    static bool IsGeldigDomein(string domein)
    {
        var labels = domein.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        var tld = labels[^1];
        return labels.All(IsGeldigDomeinLabel) && tld.Length >= 2 && tld.All(char.IsLetter);
    }

    static bool IsGeldigDomeinLabel(string label) =>
        label.Length is > 0 and <= 63
        && label[0] != '-'
        && label[^1] != '-'
        && label.All(teken => char.IsLetterOrDigit(teken) || teken == '-');

    static bool IsGeldigeUrl(string url)
    {
        if (url.Any(char.IsWhiteSpace)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        var host = uri.Host;
        return host.Contains('.') && !host.StartsWith('.') && !host.EndsWith('.') && !host.Contains("..", StringComparison.Ordinal);
    }

    static string UrlSleutel(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url.TrimEnd('/');
        }

        var poort = uri.IsDefaultPort ? string.Empty : $":{uri.Port}";
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{poort}{uri.PathAndQuery}{uri.Fragment}".TrimEnd('/');
    }

    static string TelefoonSleutel(string telefoon)
    {
        var util = PhoneNumberUtil.GetInstance();
        try
        {
            return util.Format(util.Parse(telefoon, StandaardRegio), PhoneNumberFormat.E164);
        }
        catch (NumberParseException)
        {
            // Not a number the library understands: the digits alone still catch the same text typed twice.
            return new string(telefoon.Where(char.IsAsciiDigit).ToArray());
        }
    }
}
