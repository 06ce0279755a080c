using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Domain.Dossiers;

/// <summary>Finishing starts that stopped between storing the dossier and starting its workflow.</summary>
public sealed partial class DossierDienst
{
    /// <summary>How long a submitted dossier may be without a workflow before the sweep starts one: well past any start.</summary>
    public static readonly TimeSpan HerstelNa = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How far back the sweep looks. A start that stopped is found within the hour; an older dossier without a workflow had
    /// one that an operator left or the retention period purged, and is not the sweep's to start again.
    /// </summary>
    public static readonly TimeSpan HerstelVenster = TimeSpan.FromDays(7);

    /// <summary>
    /// Starts the workflow of each submitted dossier that has none: the process stopped after storing it (a crash, a
    /// restart) and nobody sent the application again. The workflow submits under the dossier id as idempotency key, so
    /// an agency that did get it sees it once. Returns how many were started.
    /// </summary>
    public async Task<int> StartZonderWorkflowAsync(IDossierWorkflows workflows, DateTimeOffset? nu = null, CancellationToken ct = default)
    {
        var tijd = nu ?? klok.GetUtcNow();
        var catalogusNu = await catalogus.HuidigAsync(ct);
        int gestart = 0;
        foreach (var dossier in await dossiers.MetFaseAsync(Fasen.Ingediend, ct))
        {
            if (dossier.AangemaaktOp > tijd - HerstelNa || dossier.AangemaaktOp < tijd - HerstelVenster
                || dossier.WorkflowVersie != Dossier.HuidigeWorkflowVersie || await workflows.BestaatAsync(dossier.DossierId, ct))
            {
                continue;
            }

            var dienst = catalogusNu.Zoek(dossier.Productnummer);
            var wens = dossier.Soort == DossierSoort.Reservatie && dienst is not null
                ? ReservatieAntwoorden.LeesBewaard(dienst.Type, AntwoordTypes.AlsTeksten(dossier.Antwoorden))
                : null;
            if (dossier.Soort == DossierSoort.Reservatie && wens is null)
            {
                continue; // the service left the catalogue: nothing to start it with
            }

            await StartWorkflowAsync(dossier, wens, workflows, () => Task.CompletedTask, ct);
            gestart++;
        }

        return gestart;
    }
}
