using System.Globalization;
using System.Text;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>
/// Writes the decision letter as a minimal but valid one-page PDF (Helvetica, WinAnsi), so the loket's demo can offer a
/// document a browser opens. Hand-built because a PDF library for a few lines of text is not worth the dependency.
/// </summary>
public static class BeslissingsBrief
{
    public static BeslissingDocument Maak(ZaakToestand zaak, Uitkomst uitkomst, string motivering, DateTimeOffset nu)
    {
        string[] regels =
        [
            zaak.Instantie.Naam,
            string.Empty,
            $"Beslissing over zaak {zaak.ZaakId}",
            $"Dossier: {zaak.DossierId}",
            $"Product: {zaak.Productnummer}",
            $"Uitkomst: {uitkomst}",
            $"Motivering: {motivering}",
            $"Datum: {nu.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        ];
        return new BeslissingDocument($"beslissing-{zaak.ZaakId}.pdf", "application/pdf", Convert.ToBase64String(Pdf(regels)));
    }

    /// <summary>A PDF with one page showing <paramref name="regels"/>; the cross-reference table holds real byte offsets.</summary>
    public static byte[] Pdf(IReadOnlyList<string> regels)
    {
        var inhoud = new StringBuilder("BT /F1 11 Tf 56 780 Td 16 TL");
        foreach (string regel in regels)
        {
            inhoud.Append(" (").Append(Escape(regel)).Append(") Tj T*");
        }

        inhoud.Append(" ET");
        byte[] stroom = WinAnsi(inhoud.ToString());

        using var pdf = new MemoryStream();
        var posities = new List<long>();
        Schrijf(pdf, "%PDF-1.4\n");
        void Object(string tekst)
        {
            posities.Add(pdf.Position);
            Schrijf(pdf, $"{posities.Count} 0 obj\n{tekst}\nendobj\n");
        }

        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        posities.Add(pdf.Position);
        Schrijf(pdf, $"5 0 obj\n<< /Length {stroom.Length} >>\nstream\n");
        pdf.Write(stroom);
        Schrijf(pdf, "\nendstream\nendobj\n");

        long xref = pdf.Position;
        var tabel = new StringBuilder($"xref\n0 {posities.Count + 1}\n0000000000 65535 f \n");
        foreach (long positie in posities)
        {
            // Every entry is exactly 20 bytes, as the PDF specification demands.
            tabel.Append(positie.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        tabel.Append($"trailer\n<< /Size {posities.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Schrijf(pdf, tabel.ToString());
        return pdf.ToArray();
    }

    static void Schrijf(Stream stroom, string tekst) => stroom.Write(Encoding.ASCII.GetBytes(tekst));

    static string Escape(string tekst) => tekst.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");

    /// <summary>WinAnsi bytes: Latin-1 as is, dashes mapped, anything else a question mark.</summary>
    static byte[] WinAnsi(string tekst) => tekst.Select(c => c switch
    {
        '—' => (byte)0x97,
        '–' => (byte)0x96,
        < (char)0x80 => (byte)c,
        >= (char)0xA0 and <= (char)0xFF => (byte)c,
        _ => (byte)'?',
    }).ToArray();
}
