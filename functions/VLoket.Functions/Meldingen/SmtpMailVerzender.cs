using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using MimeKit;
using VLoket.Domain.Meldingen;
using VLoket.Functions.Configuratie;

namespace VLoket.Functions.Meldingen;

/// <summary>
/// Sends through SMTP with MailKit: smtp4dev locally, an SMTP relay or Azure Communication Services Email (its SMTP
/// endpoint) in production. Each mail carries plain text and HTML, its own Message-Id, and the one-click unsubscribe
/// headers of RFC 8058 (<c>List-Unsubscribe</c> with an https URL, <c>List-Unsubscribe-Post</c>).
/// </summary>
public sealed class SmtpMailVerzender(IConfiguration configuratie) : IMailVerzender
{
    public async Task VerstuurAsync(Mail mail, CancellationToken ct = default)
    {
        var bericht = new MimeMessage();
        bericht.From.Add(MailboxAddress.Parse(configuratie.Waarde(MeldingOpties.AfzenderSetting) ?? "Verenigingsloket <noreply@verenigingsloket.vlaanderen.be>"));
        bericht.To.Add(MailboxAddress.Parse(mail.Aan));
        bericht.Subject = mail.Onderwerp;
        bericht.MessageId = mail.MessageId;
        if (mail.AfmeldUrl is { } afmelden)
        {
            bericht.Headers.Add("List-Unsubscribe", $"<{afmelden.AbsoluteUri}>");
            bericht.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        bericht.Body = new BodyBuilder { TextBody = mail.Tekst, HtmlBody = mail.Html }.ToMessageBody();

        using var smtp = new SmtpClient { Timeout = 30_000 };
        string host = configuratie.Waarde(MeldingOpties.SmtpHostSetting) ?? "127.0.0.1";
        int poort = configuratie.GetValue<int?>(MeldingOpties.SmtpPoortSetting) ?? MeldingOpties.OntwikkelSmtpPoort;
        var tls = Enum.TryParse<SecureSocketOptions>(configuratie.Waarde(MeldingOpties.SmtpTlsSetting), ignoreCase: true, out var t)
            ? t
            : configuratie.Waarde(MeldingOpties.SmtpHostSetting) is null ? SecureSocketOptions.None : SecureSocketOptions.StartTls;
        await smtp.ConnectAsync(host, poort, tls, ct);
        if (configuratie.Waarde(MeldingOpties.SmtpGebruikerSetting) is { } gebruiker)
        {
            await smtp.AuthenticateAsync(gebruiker, configuratie.Waarde(MeldingOpties.SmtpWachtwoordSetting) ?? string.Empty, ct);
        }

        await smtp.SendAsync(bericht, ct);
        await smtp.DisconnectAsync(quit: true, ct);
    }
}
