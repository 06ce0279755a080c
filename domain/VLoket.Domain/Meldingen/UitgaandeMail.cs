namespace VLoket.Domain.Meldingen;

/// <summary>
/// An outbox row: a mail still to be sent, written in the same table transaction as the change that causes it (a dossier's
/// or an association's), in that row's partition. It holds ids only; the sender reads names and addresses when it sends.
/// <see cref="Sleutel"/> is the idempotency key: a mail per recipient is sent once (<see cref="MailRegister"/>).
/// <c>Tabel</c> names the table that holds the row (<c>Dossiers</c> or <c>Verenigingen</c>), so the sender can update and
/// remove it; <c>Herinnering</c>, when set, asks to schedule a reminder of the same kind then (a durable timer);
/// <c>Versturen</c> is false for a row that only schedules a reminder (a dossier's deadline, when it starts);
/// <c>Referentie</c> names what the mail is about besides a dossier (a service's product number, an invitation's id).
/// </summary>
public sealed record UitgaandeMail(
    string Sleutel, MailSoort Soort, string VCode, string Tabel, DateTimeOffset Tijdstip,
    string? DossierId = null, string? Referentie = null, DateTimeOffset? Herinnering = null, bool Versturen = true)
{
    /// <summary>How many attempts failed so far.</summary>
    public int Pogingen { get; init; }

    /// <summary>Not before this moment (backoff, or another instance's claim).</summary>
    public DateTimeOffset? VolgendePoging { get; init; }

    /// <summary>The last failure, for operators; no address or name.</summary>
    public string? LaatsteFout { get; init; }
}
