using System.Net;
using System.Text;
using VLoket.Domain.Dossiers.Model;

namespace VLoket.Domain.Meldingen;

/// <summary>
/// What a mail is about, read when it is sent (names and texts never sit in the outbox); <c>Herinnering</c> is true for
/// the second mail of a kind (half the hold time left).
/// </summary>
public sealed record MailOnderwerp(UitgaandeMail Uitgaand, string Verenigingsnaam, Dossier? Dossier, string? Dienstnaam, bool Herinnering);

/// <summary>
/// Writes the Dutch mails: a subject that names no person and no amount, a body that says why the association gets it
/// and links to the dossier or the service, in plain text and HTML, with the unsubscribe link for its kind.
/// </summary>
public static class MailOpsteller
{
    /// <summary>The mail for one recipient; <paramref name="afmeldUrl"/> is null for someone who is not a representative.</summary>
    public static Mail Stel(MailOnderwerp o, string aan, string ontvanger, Uri loketUrl, Uri? afmeldUrl)
    {
        var m = o.Uitgaand;
        (string onderwerp, string waarom, string? detail) = Inhoud(o);
        var link = new Uri(loketUrl, Pad(m));
        string reden = m.Soort == MailSoort.Uitnodiging
            ? "Je krijgt deze e-mail omdat iemand je e-mailadres opgaf als nieuwe vertegenwoordiger."
            : $"Je krijgt deze e-mail omdat je vertegenwoordiger bent van {o.Verenigingsnaam} en berichten over '{MailSoorten.Naam(m.Soort)}' ontvangt.";

        var tekst = new StringBuilder();
        tekst.AppendLine("Beste,").AppendLine().AppendLine(waarom);
        if (detail is not null)
        {
            tekst.AppendLine().AppendLine(detail);
        }

        tekst.AppendLine().AppendLine($"Bekijk het in het Verenigingsloket: {link}").AppendLine().AppendLine("--").AppendLine(reden);
        if (afmeldUrl is not null)
        {
            tekst.AppendLine($"Je voorkeuren: {new Uri(loketUrl, $"#/verenigingen/{m.VCode}/meldingen")}");
        }

        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><body>");
        html.Append("<p>Beste,</p><p>").Append(E(waarom)).Append("</p>");
        if (detail is not null)
        {
            html.Append("<p>").Append(E(detail)).Append("</p>");
        }

        html.Append("<p><a href=\"").Append(E(link.ToString())).Append("\">Bekijk het in het Verenigingsloket</a></p><hr><p><small>").Append(E(reden));
        if (afmeldUrl is not null)
        {
            html.Append(" <a href=\"").Append(E(new Uri(loketUrl, $"#/verenigingen/{m.VCode}/meldingen").ToString())).Append("\">Je voorkeuren</a>");
        }

        html.Append("</small></p></body></html>");
        return new Mail(aan, onderwerp, tekst.ToString(), html.ToString(), $"{m.Sleutel}.{ontvanger}@vloket", afmeldUrl);
    }

    /// <summary>The subject, why the association gets it, and what to do, of one mail.</summary>
    internal static (string Onderwerp, string Waarom, string? Detail) Inhoud(MailOnderwerp o)
    {
        var m = o.Uitgaand;
        var d = o.Dossier;
        string dienst = d?.Dienstnaam ?? o.Dienstnaam ?? "een dienst";
        return m.Soort switch
        {
            MailSoort.Vraag => ("Actie nodig: een instantie stelt een vraag over je aanvraag",
                $"{d?.Instantienaam ?? "De instantie"} heeft een vraag over de aanvraag '{dienst}' van {o.Verenigingsnaam}.", d?.Actie),
            MailSoort.Beslissing => ("Er is een beslissing over je aanvraag",
                $"{d?.Instantienaam ?? "De instantie"} heeft beslist over de aanvraag '{dienst}' van {o.Verenigingsnaam}: "
                + (d?.Status.Fase == Fasen.Goedgekeurd ? "goedgekeurd." : "afgewezen."), d?.Status.Label),
            MailSoort.Reservatie => (o.Herinnering ? "Herinnering: bevestig je reservatie" : "Actie nodig: bevestig je reservatie",
                $"{d?.Instantienaam ?? "De instantie"} houdt een reservatie '{dienst}' voor {o.Verenigingsnaam} vast. Zonder bevestiging vervalt ze.", d?.Actie),
            MailSoort.Termijn => ("De termijn van je aanvraag loopt bijna af",
                $"De aanvraag '{dienst}' van {o.Verenigingsnaam} loopt af op {Datum(d?.Uiterlijk)} zonder beslissing.", d?.Actie),
            MailSoort.Dienstvenster => (m.Referentie?.EndsWith(".sluit", StringComparison.Ordinal) == true
                    ? "Een dienst voor je vereniging sluit binnenkort" : "Een dienst voor je vereniging opent binnenkort",
                $"De dienst '{dienst}' past bij {o.Verenigingsnaam} en " + (m.Referentie?.EndsWith(".sluit", StringComparison.Ordinal) == true
                    ? "sluit binnenkort: vraag ze tijdig aan." : "opent binnenkort."), null),
            MailSoort.Uitnodiging => ("Je bent uitgenodigd als vertegenwoordiger van een vereniging",
                $"Een vertegenwoordiger van {o.Verenigingsnaam} nodigt je uit om mee de vereniging te vertegenwoordigen in het Verenigingsloket.",
                "Meld je aan in het loket om de uitnodiging te aanvaarden of te weigeren."),
            _ => throw new ArgumentOutOfRangeException(nameof(o)),
        };

    }

    /// <summary>The front end's hash route of what the mail is about.</summary>
    public static string Pad(UitgaandeMail m) => m switch
    {
        { DossierId: { } id } => $"#/verenigingen/{m.VCode}/dossiers/{id}",
        { Soort: MailSoort.Dienstvenster, Referentie: { } r } => $"#/verenigingen/{m.VCode}/aanbod/{r.Split('.')[0]}",
        { Soort: MailSoort.Uitnodiging } => "#/verenigingen",
        _ => $"#/verenigingen/{m.VCode}",
    };

    static string Datum(DateTimeOffset? d) => d is { } x
        ? TimeZoneInfo.ConvertTime(x, TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels")).ToString("d/M/yyyy", System.Globalization.CultureInfo.InvariantCulture)
        : "binnenkort";

    internal static string E(string s) => WebUtility.HtmlEncode(s);
}
