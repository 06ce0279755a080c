using Microsoft.DurableTask;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Orchestrations.Aanvragen.V1;

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
