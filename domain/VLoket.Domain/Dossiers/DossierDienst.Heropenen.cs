using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Dossiers;

public sealed partial class DossierDienst
{
    /// <summary>
    /// Refuses, changing nothing, unless the dossier is an application of <paramref name="instantie"/> whose workflow ended
    /// with the agency's decision, so reopening it can start that workflow again.
    /// </summary>
    public async Task<Dossier> VereisHeropenbaarAsync(Instantie instantie, string dossierId, CancellationToken ct)
    {
        var (dossier, _) = await AanvraagVanAsync(instantie, dossierId, ct);
        if (dossier.Status.Fase is not (Fasen.Goedgekeurd or Fasen.Afgekeurd) || dossier.WorkflowVersie < Dossier.HuidigeWorkflowVersie)
        {
            throw new RegelFout("Het dossier van de vereniging toont deze beslissing nog niet; probeer het zo meteen opnieuw.");
        }

        return dossier;
    }

    /// <summary>
    /// The agency reopened its decision at <paramref name="heropendOp"/>: the dossier shows that it is handled again (a line
    /// on its timeline), and its application workflow starts again for the same dossier. The restarted workflow submits as
    /// ever and the agency answers with the case it already has, so from then on it follows the case as before, whatever the
    /// agency's kind. Safe to repeat: a step that was done is not done again, so a reopening that stopped halfway is finished.
    /// </summary>
    public async Task VolgHeropeningAsync(Instantie instantie, string dossierId, DateTimeOffset heropendOp, string label, IDossierWorkflows workflows,
        CancellationToken ct)
    {
        for (int poging = 1; ; poging++)
        {
            // Read before asking whether the workflow restarted: a dossier read after that answer could already hold the
            // restarted workflow's first write, which the write below must not undo (it is guarded by this read's version).
            var (dossier, versie) = await AanvraagVanAsync(instantie, dossierId, ct);
            if (await workflows.GestartSindsAsync(dossierId, heropendOp, ct))
            {
                return; // restarted already, and the dossier was written before that
            }

            if (dossier.Status.Fase is Fasen.Goedgekeurd or Fasen.Afgekeurd)
            {
                // Still the reopened decision: no workflow ran since, so nothing else can have decided.
                var nu = klok.GetUtcNow();
                var wijziging = new DossierWijziging(nu, Fasen.InBehandeling, label, $"{instantie.Naam} heropende de beslissing en behandelt de aanvraag opnieuw.",
                    false, null);
                // The reopened decision's document goes off the list, so the next decision's document is listed (and hashed) anew.
                var zonderBesluit = dossier with
                {
                    Documenten = [.. dossier.Documenten.Where(d => d.DocumentId != BeslissingDocumentId(dossier.DossierNummer ?? string.Empty))],
                };
                var heropend = ZaakVerwerking.PasToe(zonderBesluit, wijziging);
                try
                {
                    await dossiers.WijzigAsync(dossier, versie, heropend, nu, ct);
                    dossier = heropend;
                }
                catch (VersieConflictFout)
                {
                    if (poging < 3)
                    {
                        continue; // another finisher, or the workflow it restarted, wrote the dossier since the read: look again
                    }

                    // The case keeps its mark, so the next action, a retry or the hourly sweep finishes it.
                    throw new ConflictFout("Het dossier van de vereniging werd net gewijzigd; de heropening wordt zo meteen afgewerkt. Probeer het over enkele minuten opnieuw.");
                }
            }

            // The dossier as it stands now (as read, or as just written): the restarted workflow starts from it.
            await workflows.HervatAanvraagAsync(dossier, heropendOp, ct);
            return;
        }
    }

    /// <summary>
    /// The dossier with the version it was read at, when it is an application of <paramref name="instantie"/>; else
    /// "not found" for that agency.
    /// </summary>
    async Task<(Dossier Dossier, Azure.ETag Versie)> AanvraagVanAsync(Instantie instantie, string dossierId, CancellationToken ct) =>
        await dossiers.ZoekMetVersieAsync(dossierId, ct) is { } gelezen && gelezen.Dossier.Entiteit == instantie.OvoCode
            && gelezen.Dossier.Soort == DossierSoort.Aanvraag
            ? gelezen
            : throw new NietGevondenFout("Dit dossier is niet gekend bij het loket voor deze instantie.");
}
