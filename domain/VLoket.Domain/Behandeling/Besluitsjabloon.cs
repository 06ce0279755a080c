using System.Globalization;
using VLoket.Domain.Behandeling.Model;

namespace VLoket.Domain.Behandeling;

/// <summary>A decision document's text: a title and paragraphs, laid out by an <see cref="IBesluitDocument"/>.</summary>
public sealed record BesluitTekst(string Titel, IReadOnlyList<string> Alineas);

/// <summary>Makes a decision document (PDF) from its text; the domain does not know how.</summary>
public interface IBesluitDocument
{
    byte[] Maak(BesluitTekst tekst);
}

/// <summary>
/// Fills a service's decision template (catalogue: <c>beslissingssjabloon</c>) with the case's data. Placeholders:
/// <c>{instantie}</c>, <c>{dienst}</c>, <c>{vereniging}</c>, <c>{vcode}</c>, <c>{zaak}</c>, <c>{uitkomst}</c>,
/// <c>{motivering}</c>, <c>{datum}</c>, <c>{behandelaar}</c>; a blank line starts a new paragraph.
/// </summary>
public static class Besluitsjabloon
{
    public const string Standaard =
        "{instantie} besliste over de aanvraag {zaak} van {vereniging} ({vcode}) voor {dienst}.\n\nBeslissing: {uitkomst}.\n\n" +
        "Motivering: {motivering}\n\n{datum}, {behandelaar}, namens {instantie}.";

    public static BesluitTekst Vul(string? sjabloon, string instantie, Behandelzaak zaak, Besluit besluit)
    {
        string tekst = (sjabloon ?? Standaard)
            .Replace("{instantie}", instantie, StringComparison.Ordinal)
            .Replace("{dienst}", zaak.Dienstnaam, StringComparison.Ordinal)
            .Replace("{vereniging}", zaak.Verenigingsnaam, StringComparison.Ordinal)
            .Replace("{vcode}", zaak.VCode, StringComparison.Ordinal)
            .Replace("{zaak}", zaak.ZaakId, StringComparison.Ordinal)
            .Replace("{uitkomst}", besluit.Uitkomst == Dossiers.Model.Fasen.Goedgekeurd ? "goedgekeurd" : "afgekeurd", StringComparison.Ordinal)
            .Replace("{motivering}", besluit.Motivering, StringComparison.Ordinal)
            .Replace("{datum}", besluit.BeslistOp.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-BE")), StringComparison.Ordinal)
            .Replace("{behandelaar}", besluit.BeslistDoor, StringComparison.Ordinal);
        var alineas = tekst.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new BesluitTekst($"Beslissing: {zaak.Dienstnaam}", alineas);
    }
}
