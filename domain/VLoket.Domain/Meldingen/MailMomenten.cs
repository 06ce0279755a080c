using VLoket.Domain.Dossiers.Model;

namespace VLoket.Domain.Meldingen;

/// <summary>
/// Which mails a dossier's change causes: the one place that decides it, from the dossier before and after the change, so
/// a retried step (the same change again) causes nothing more. Keys are built from ids, so a row written twice is one row.
/// </summary>
public static class MailMomenten
{
    /// <summary>
    /// The outbox rows for a dossier going from <paramref name="voor"/> (null: it is new) to <paramref name="na"/>; an
    /// application's deadline reminder goes out <paramref name="termijnVooraf"/> before its deadline.
    /// </summary>
    public static IReadOnlyList<UitgaandeMail> Na(Dossier? voor, Dossier na, DateTimeOffset nu, TimeSpan termijnVooraf)
    {
        var mails = new List<UitgaandeMail>();
        string id = na.DossierId;
        UitgaandeMail Mail(string sleutel, MailSoort soort, DateTimeOffset? herinnering = null, bool versturen = true) =>
            new(sleutel, soort, na.VCode, Dossiers.Opslag.DossierRepository.Tabel, nu, id, null, herinnering, versturen);

        if (voor is null && na.Soort == DossierSoort.Aanvraag && na.Uiterlijk is { } uiterlijk)
        {
            // Only schedules the reminder: nothing to tell yet.
            mails.Add(Mail($"{id}.termijn", MailSoort.Termijn, Max(nu, uiterlijk - termijnVooraf), versturen: false));
        }

        if (voor is null)
        {
            return mails;
        }

        if (na.Vraagnummer is { } vraag && vraag != voor.Vraagnummer)
        {
            mails.Add(Mail($"{id}.vraag.{vraag}", MailSoort.Vraag));
        }

        if (na.Soort == DossierSoort.Reservatie && na.ActieNodig && !voor.ActieNodig)
        {
            // Again when half the hold time is left.
            var herinnering = na.Uiterlijk is { } vervalt ? nu + ((vervalt - nu) / 2) : (DateTimeOffset?)null;
            mails.Add(Mail($"{id}.reservatie", MailSoort.Reservatie, herinnering));
        }

        if (na.Soort == DossierSoort.Aanvraag && na.Status.Fase is Fasen.Goedgekeurd or Fasen.Afgekeurd && voor.Status.Fase != na.Status.Fase)
        {
            // One key per decision: a decision the agency reopened and took again is news again (the first keeps the
            // key it always had, so rows and sent records from before stay valid).
            int beslissing = na.Statusgeschiedenis.Count(s => s.Fase is Fasen.Goedgekeurd or Fasen.Afgekeurd);
            mails.Add(Mail(beslissing <= 1 ? $"{id}.beslissing" : $"{id}.beslissing.{beslissing}", MailSoort.Beslissing));
        }

        return mails;
    }

    /// <summary>
    /// The outbox rows for invitations by e-mail that <paramref name="na"/> has and <paramref name="voor"/> (null: a new
    /// association) had not; an invitation by INSZ has no address to mail.
    /// </summary>
    public static IReadOnlyList<UitgaandeMail> Uitnodigingen(Verenigingen.Model.Vereniging? voor, Verenigingen.Model.Vereniging na, DateTimeOffset nu)
    {
        var al = voor?.Uitnodigingen.Select(u => u.UitnodigingId).ToHashSet() ?? [];
        return na.Uitnodigingen
            .Where(u => u.EMail is not null && !al.Contains(u.UitnodigingId))
            .Select(u => new UitgaandeMail($"{na.VCode}.uitnodiging.{u.UitnodigingId}", MailSoort.Uitnodiging, na.VCode,
                Verenigingen.Opslag.VerenigingRepository.Tabel, nu, Referentie: u.UitnodigingId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
