using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Meldingen;

namespace VLoket.Orchestrations.Meldingen;

/// <summary>
/// Puts a reminder's mail in the outbox when it still applies: the deadline of a dossier still open, or a reservation
/// still waiting for confirmation. The timer is the cause, so the row is written on its own; its key makes a rerun one row.
/// </summary>
public sealed class SchrijfHerinnering(DossierRepository dossiers, MailUitbox uitbox, TimeProvider klok) : TaskActivity<Herinnering, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, Herinnering h)
    {
        var dossier = await dossiers.LeesAsync(h.VCode, h.DossierId);
        bool geldt = dossier is not null && h.Soort switch
        {
            MailSoort.Termijn => !Fasen.IsAfgesloten(dossier.Status.Fase),
            MailSoort.Reservatie => dossier.ActieNodig && dossier.Status.Fase == Fasen.ActieNodig,
            _ => false,
        };
        if (geldt)
        {
            await uitbox.BewaarAsync(new UitgaandeMail(h.Sleutel + ".herinnering", h.Soort, h.VCode, DossierRepository.Tabel, klok.GetUtcNow(), h.DossierId));
        }

        return geldt;
    }
}
