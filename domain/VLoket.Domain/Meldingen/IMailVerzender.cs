namespace VLoket.Domain.Meldingen;

/// <summary>
/// One mail as it goes out: Dutch plain text and HTML, to one address. <see cref="MessageId"/> is built from the idempotency
/// key and the recipient, so a mail client also recognises a repeat. <see cref="AfmeldUrl"/> is the one-click unsubscribe
/// (RFC 8058) for this kind of mail.
/// </summary>
public sealed record Mail(string Aan, string Onderwerp, string Tekst, string Html, string MessageId, Uri? AfmeldUrl);

/// <summary>The port to the mail server (SMTP relay, or Azure Communication Services over SMTP).</summary>
public interface IMailVerzender
{
    /// <summary>Sends the mail or throws; a throw is retried with backoff.</summary>
    Task VerstuurAsync(Mail mail, CancellationToken ct = default);
}

/// <summary>Schedules a reminder (a durable timer) of an outbox row's kind at its <see cref="UitgaandeMail.Herinnering"/>; doing it twice is harmless.</summary>
public interface IHerinneringPlanner
{
    Task PlanAsync(UitgaandeMail mail, CancellationToken ct = default);
}
