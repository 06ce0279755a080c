using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace VLoket.Tests.Instanties;

/// <summary>Checks on the contract's shapes: a <c>Zaak</c>, a <c>Beslissing</c> and the PDF it carries.</summary>
public static class ZaakAssert
{
    static readonly string[] ZaakVelden = ["zaakId", "dossierId", "ovoCode", "productnummer", "fase", "label", "vraag", "beslissing", "bijgewerktOp"];

    /// <summary>Exactly the contract's fields, a known phase, a label and an ISO-8601 timestamp.</summary>
    public static void Vorm(JsonNode zaak, string ovoCode)
    {
        Assert.Equal(ZaakVelden.Order(), zaak.AsObject().Select(p => p.Key).Order());
        Assert.Equal(ovoCode, zaak["ovoCode"]!.GetValue<string>());
        Assert.Contains(zaak["fase"]!.GetValue<string>(), new[] { "Ingediend", "InBehandeling", "ActieNodig", "Goedgekeurd", "Afgekeurd", "Geannuleerd" });
        Assert.False(string.IsNullOrWhiteSpace(zaak["label"]!.GetValue<string>()));
        Assert.True(DateTimeOffset.TryParse(zaak["bijgewerktOp"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
    }

    /// <summary>A decision with the given outcome, a motivation and a valid PDF named after the case.</summary>
    public static void Beslissing(JsonNode zaak, string uitkomst)
    {
        string zaakId = zaak["zaakId"]!.GetValue<string>();
        var beslissing = zaak["beslissing"] ?? throw new Xunit.Sdk.XunitException($"Geen beslissing in {zaak.ToJsonString()}");
        Assert.Equal(uitkomst, beslissing["uitkomst"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(beslissing["motivering"]!.GetValue<string>()));
        var document = beslissing["document"]!;
        Assert.Equal($"beslissing-{zaakId}.pdf", document["naam"]!.GetValue<string>());
        Assert.Equal("application/pdf", document["contentType"]!.GetValue<string>());
        byte[] pdf = Convert.FromBase64String(document["inhoudBase64"]!.GetValue<string>());
        GeldigePdf(pdf);
        Assert.Contains(zaakId, Encoding.Latin1.GetString(pdf));
        Assert.Contains($"Uitkomst: {uitkomst}", Encoding.Latin1.GetString(pdf));
    }

    /// <summary>
    /// The structure a PDF reader relies on: header, trailer, a cross-reference table whose offsets point at the
    /// objects it names, and a content stream whose /Length is its real length.
    /// </summary>
    public static void GeldigePdf(byte[] pdf)
    {
        string tekst = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-1.", tekst);
        Assert.EndsWith("%%EOF\n", tekst);
        var startxref = Regex.Match(tekst, @"startxref\n(\d+)\n%%EOF\n$");
        Assert.True(startxref.Success, "startxref ontbreekt");
        int xref = int.Parse(startxref.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal("xref\n", tekst.Substring(xref, 5));
        var kop = Regex.Match(tekst[xref..], @"^xref\n0 (\d+)\n");
        int aantal = int.Parse(kop.Groups[1].Value, CultureInfo.InvariantCulture);
        int begin = xref + kop.Length;
        for (int i = 1; i < aantal; i++)
        {
            string regel = tekst.Substring(begin + (i * 20), 20);
            Assert.Matches(@"^\d{10} 00000 n \n$", regel);
            int positie = int.Parse(regel[..10], CultureInfo.InvariantCulture);
            Assert.StartsWith($"{i} 0 obj", tekst[positie..]);
        }

        var stroom = Regex.Match(tekst, @"/Length (\d+) >>\nstream\n");
        Assert.True(stroom.Success, "Geen content stream");
        int lengte = int.Parse(stroom.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal("\nendstream", tekst.Substring(stroom.Index + stroom.Length + lengte, 10));
    }
}
