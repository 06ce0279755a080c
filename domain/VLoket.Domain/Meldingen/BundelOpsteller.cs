using System.Text;

namespace VLoket.Domain.Meldingen;

/// <summary>
/// Writes a representative's daily digest: one Dutch mail (plain text and HTML) listing each collected message with why
/// the association got it and its link, under a subject that names no person and no amount.
/// </summary>
public static class BundelOpsteller
{
    public const string Onderwerp = "Je dagelijks overzicht van het Verenigingsloket";

    /// <summary>The digest of <paramref name="onderwerpen"/> (at least one) for one representative of one association.</summary>
    public static Mail Stel(IReadOnlyList<MailOnderwerp> onderwerpen, string sleutel, string aan, string ontvanger, Uri loketUrl, Uri afmeldUrl)
    {
        var eerste = onderwerpen[0];
        string vCode = eerste.Uitgaand.VCode;
        var voorkeuren = new Uri(loketUrl, $"#/verenigingen/{vCode}/meldingen");
        string soorten = string.Join(", ", onderwerpen.Select(o => o.Uitgaand.Soort).Distinct().Select(s => $"'{MailSoorten.Naam(s)}'"));
        string reden = $"Je krijgt deze e-mail omdat je vertegenwoordiger bent van {eerste.Verenigingsnaam} en berichten over {soorten} "
            + "één keer per dag gebundeld ontvangt.";
        string inleiding = onderwerpen.Count == 1
            ? $"Er is sinds gisteren 1 bericht voor {eerste.Verenigingsnaam}."
            : $"Er zijn sinds gisteren {onderwerpen.Count} berichten voor {eerste.Verenigingsnaam}.";

        var tekst = new StringBuilder().AppendLine("Beste,").AppendLine().AppendLine(inleiding);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><body><p>Beste,</p><p>").Append(MailOpsteller.E(inleiding)).Append("</p><ul>");
        foreach (var o in onderwerpen)
        {
            var (titel, waarom, detail) = MailOpsteller.Inhoud(o);
            var link = new Uri(loketUrl, MailOpsteller.Pad(o.Uitgaand));
            tekst.AppendLine().AppendLine($"* {titel}").AppendLine($"  {waarom}");
            if (detail is not null)
            {
                tekst.AppendLine($"  {detail}");
            }

            tekst.AppendLine($"  Bekijk het in het Verenigingsloket: {link}");
            html.Append("<li><p><strong>").Append(MailOpsteller.E(titel)).Append("</strong><br>").Append(MailOpsteller.E(waarom));
            if (detail is not null)
            {
                html.Append("<br>").Append(MailOpsteller.E(detail));
            }

            html.Append("<br><a href=\"").Append(MailOpsteller.E(link.ToString())).Append("\">Bekijk het in het Verenigingsloket</a></p></li>");
        }

        tekst.AppendLine().AppendLine("--").AppendLine(reden).AppendLine($"Je voorkeuren: {voorkeuren}");
        html.Append("</ul><hr><p><small>").Append(MailOpsteller.E(reden)).Append(" <a href=\"").Append(MailOpsteller.E(voorkeuren.ToString()))
            .Append("\">Je voorkeuren</a></small></p></body></html>");
        return new Mail(aan, Onderwerp, tekst.ToString(), html.ToString(), $"{sleutel}.{ontvanger}@vloket", afmeldUrl);
    }
}
