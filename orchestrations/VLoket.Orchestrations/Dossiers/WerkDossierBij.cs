using Microsoft.DurableTask;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Dossiers;

/// <summary>
/// A state the workflow itself decides for the dossier (delayed, held, closed), with the loket's own texts. A text of the
/// association (a cancellation's reason) is named by <paramref name="ToelichtingVerzoekId"/> and read by the activity.
/// </summary>
/// <param name="Uiterlijk">A deadline the dossier gets (a reservation's hold); an added input, so the history's shape stays the same.</param>
/// <param name="Document">Only version 1 application workflows pass a document here; later ones list documents in their own steps.</param>
public sealed record DossierBijwerking(
    string VCode, string DossierId, DateTime Tijdstip, string Fase, string Label, string? Toelichting, bool ActieNodig, string? Actie,
    string? ZaakId = null, Dictionary<string, string>? Herkomst = null, DossierDocument? Document = null, string? Traceparent = null,
    string? ToelichtingVerzoekId = null, DateTime? Uiterlijk = null);

/// <summary>Writes a status change to the dossier. Running it twice (at-least-once) records the change once.</summary>
public sealed class WerkDossierBij(DossierDienst dossiers) : TaskActivity<DossierBijwerking, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, DossierBijwerking b)
    {
        using var span = VLoketSporen.StartStap(nameof(WerkDossierBij), new Spoor(b.DossierId, b.VCode, b.Traceparent));
        string? toelichting = b.ToelichtingVerzoekId is { } id ? (await dossiers.VerzoekAsync(b.DossierId, id)).Tekst : b.Toelichting;
        await dossiers.WerkBijAsync(b.VCode, b.DossierId, new DossierWijziging(
            new DateTimeOffset(DateTime.SpecifyKind(b.Tijdstip, DateTimeKind.Utc)), b.Fase, b.Label, toelichting, b.ActieNodig, b.Actie, b.ZaakId,
            b.Herkomst, b.Document is null ? null : [b.Document],
            b.Uiterlijk is { } u ? new DateTimeOffset(DateTime.SpecifyKind(u, DateTimeKind.Utc)) : null));
        return true;
    }
}
