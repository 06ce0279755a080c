using Microsoft.DurableTask;
using VLoket.Domain.Dossiers;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Aanvragen;

/// <summary>Writes a status change to the dossier. Running it twice (at-least-once) records the change once.</summary>
public sealed class WerkDossierBij(DossierRepository dossiers) : TaskActivity<DossierBijwerking, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, DossierBijwerking b)
    {
        using var span = VLoketSporen.StartStap(nameof(WerkDossierBij), new Spoor(b.DossierId, b.VCode, b.Traceparent));
        var dossier = await dossiers.LeesAsync(b.VCode, b.DossierId)
            ?? throw new InvalidOperationException($"Dossier {b.DossierId} does not exist.");
        var tijdstip = new DateTimeOffset(DateTime.SpecifyKind(b.Tijdstip, DateTimeKind.Utc));
        var geschiedenis = dossier.Statusgeschiedenis;
        var laatste = geschiedenis.LastOrDefault();
        if (laatste is null || laatste.Fase != b.Fase || laatste.Label != b.Label)
        {
            geschiedenis = [.. geschiedenis, new Statuswijziging(tijdstip, b.Fase, b.Label, b.Toelichting)];
        }

        var herkomst = new Dictionary<string, string>(dossier.Herkomst);
        foreach (var (bron, waar) in b.Herkomst ?? [])
        {
            herkomst[bron] = waar;
        }

        var documenten = dossier.Documenten;
        if (b.Document is { } nieuw && documenten.All(d => d.DocumentId != nieuw.DocumentId))
        {
            documenten = [.. documenten, nieuw];
        }

        await dossiers.BewaarAsync(dossier with
        {
            Documenten = documenten,
            Status = new DossierStatus(b.Fase, b.Label),
            ActieNodig = b.ActieNodig,
            Actie = b.Actie,
            DossierNummer = b.ZaakId ?? dossier.DossierNummer,
            Statusgeschiedenis = geschiedenis,
            Herkomst = herkomst,
        });
        return true;
    }
}

/// <summary>Stores the agency's decision document in Blob storage and lists it on the dossier.</summary>
public sealed class BewaarBeslissing(DossierRepository dossiers, DocumentOpslag documenten) : TaskActivity<BeslissingBewaren, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, BeslissingBewaren b)
    {
        using var span = VLoketSporen.StartStap(nameof(BewaarBeslissing), new Spoor(b.DossierId, b.VCode, b.Traceparent));
        string documentId = $"beslissing-{b.ZaakId}";
        var dossier = await dossiers.LeesAsync(b.VCode, b.DossierId)
            ?? throw new InvalidOperationException($"Dossier {b.DossierId} does not exist.");
        if (dossier.Documenten.Any(d => d.DocumentId == documentId))
        {
            return documentId;
        }

        byte[] inhoud = Convert.FromBase64String(b.Document.InhoudBase64);
        var document = await documenten.BewaarAsync(b.VCode, b.DossierId, documentId, b.Document.Naam, b.Document.ContentType, inhoud,
            "Beslissing", new DateTimeOffset(DateTime.SpecifyKind(b.Tijdstip, DateTimeKind.Utc)));
        await dossiers.BewaarAsync(dossier with { Documenten = [.. dossier.Documenten, document] });
        return documentId;
    }
}
