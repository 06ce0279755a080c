using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using VLoket.Domain.Behandeling;

namespace VLoket.Functions.Behandeling;

/// <summary>
/// Lays out a decision document as an A4 PDF with PDFsharp: the title, then each paragraph, wrapped, over as many pages
/// as needed. The font is embedded in this assembly (Lettertype/BRON.md), so every host gives the same document.
/// </summary>
public sealed class BesluitPdf : IBesluitDocument
{
    const string Familie = "VLoket Sans";
    const double Marge = 56;

    static BesluitPdf()
    {
        // One resolver for the process; PDFsharp refuses a second assignment, so only when none is set yet.
        if (GlobalFontSettings.FontResolver is null)
        {
            GlobalFontSettings.FontResolver = new Lettertypen();
        }
    }

    public byte[] Maak(BesluitTekst tekst)
    {
        using var document = new PdfDocument();
        document.Info.Title = tekst.Titel;
        var titel = new XFont(Familie, 16, XFontStyleEx.Bold);
        var gewoon = new XFont(Familie, 11, XFontStyleEx.Regular);
        var pagina = document.AddPage();
        var gfx = XGraphics.FromPdfPage(pagina);
        double y = Marge;
        double breedte = pagina.Width.Point - (2 * Marge);
        y = Schrijf(ref gfx, document, ref pagina, tekst.Titel, titel, breedte, y);
        foreach (string alinea in tekst.Alineas)
        {
            y = Schrijf(ref gfx, document, ref pagina, alinea, gewoon, breedte, y + 8);
        }

        gfx.Dispose();
        using var uit = new MemoryStream();
        document.Save(uit, false);
        return uit.ToArray();
    }

    static double Schrijf(ref XGraphics gfx, PdfDocument document, ref PdfPage pagina, string tekst, XFont font, double breedte, double y)
    {
        // Wrapped by words; a paragraph that does not fit goes to a new page whole (decisions are short).
        var regels = Regels(gfx, tekst, font, breedte);
        double hoogte = regels.Count * font.GetHeight();
        if (y + hoogte > pagina.Height.Point - Marge && y > Marge)
        {
            gfx.Dispose();
            pagina = document.AddPage();
            gfx = XGraphics.FromPdfPage(pagina);
            y = Marge;
        }

        var vormer = new XTextFormatter(gfx);
        vormer.DrawString(tekst, font, XBrushes.Black, new XRect(Marge, y, breedte, hoogte + font.GetHeight()), XStringFormats.TopLeft);
        return y + hoogte;
    }

    static List<string> Regels(XGraphics gfx, string tekst, XFont font, double breedte)
    {
        var regels = new List<string>();
        foreach (string lijn in tekst.Split('\n'))
        {
            string huidige = string.Empty;
            foreach (string woord in lijn.Split(' '))
            {
                string proef = huidige.Length == 0 ? woord : $"{huidige} {woord}";
                if (huidige.Length > 0 && gfx.MeasureString(proef, font).Width > breedte)
                {
                    regels.Add(huidige);
                    huidige = woord;
                }
                else
                {
                    huidige = proef;
                }
            }

            regels.Add(huidige);
        }

        return regels;
    }

    sealed class Lettertypen : IFontResolver
    {
        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "LiberationSans-Bold" : "LiberationSans-Regular", false, italic);

        public byte[]? GetFont(string faceName)
        {
            using var stream = typeof(BesluitPdf).Assembly.GetManifestResourceStream($"VLoket.Functions.Behandeling.Lettertype.{faceName}.ttf");
            if (stream is null)
            {
                return null;
            }

            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
    }
}
