using System.Text;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>
/// Whether a document's bytes are what its declared type says, by their first bytes (magic numbers): a PDF starts with
/// <c>%PDF-</c>, PNG and JPEG with their signatures, Office and OpenDocument files are ZIP archives, and plain text is
/// UTF-8 without NUL bytes that does not start as HTML. So HTML or a program declared as a PDF is refused before it is stored.
/// </summary>
public static class InhoudSoort
{
    static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    static readonly UTF8Encoding StrikteUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    static readonly string[] HtmlBegin = ["<!doctype", "<html", "<script", "<svg", "<?xml", "<body", "<head", "<iframe"];

    public static bool Past(string contentType, ReadOnlySpan<byte> inhoud) => contentType.ToLowerInvariant() switch
    {
        "application/pdf" => inhoud.StartsWith(Pdf),
        "image/png" => inhoud.StartsWith(Png),
        "image/jpeg" => inhoud.StartsWith(Jpeg),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            or "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            or "application/vnd.oasis.opendocument.text" => inhoud.StartsWith(Zip),
        "text/plain" => IsTekst(inhoud),
        _ => false,
    };

    /// <summary>The type in words, for the message to the user.</summary>
    public static string Omschrijving(string contentType) => contentType.ToLowerInvariant() switch
    {
        "application/pdf" => "PDF",
        "image/png" => "PNG-afbeelding",
        "image/jpeg" => "JPEG-afbeelding",
        "text/plain" => "gewone tekst",
        _ => "bestand van dit type",
    };

    static bool IsTekst(ReadOnlySpan<byte> inhoud)
    {
        if (inhoud.IndexOf((byte)0) >= 0)
        {
            return false;
        }

        string tekst;
        try
        {
            tekst = StrikteUtf8.GetString(inhoud);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }

        string begin = tekst.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return !HtmlBegin.Any(h => begin.StartsWith(h, StringComparison.OrdinalIgnoreCase));
    }
}
