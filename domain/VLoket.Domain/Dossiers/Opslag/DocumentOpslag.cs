using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Dossiers.Opslag;

/// <summary>
/// Dossier documents in a private Blob container, one folder per association and dossier. Names hold ids only
/// (never an INSZ); content is checked for type and size and its SHA-256 is recorded.
/// </summary>
public sealed class DocumentOpslag(StorageClients storage, string voorvoegsel = "")
{
    public const long MaxGrootte = 10 * 1024 * 1024;

    public static readonly IReadOnlySet<string> ToegelatenTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "image/png", "image/jpeg", "text/plain",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/vnd.oasis.opendocument.text",
    };

    // Created on first use; a failed first use (storage down) is tried again by the next request.
    readonly BijEersteGebruik<BlobContainerClient> container = PriveContainer.BijEersteGebruik(storage, voorvoegsel + "documenten");

    Task<BlobContainerClient> ContainerAsync() => container.WaardeAsync();

    /// <summary>Checks a document before it is stored; errors name <paramref name="veld"/>.</summary>
    public static void Controleer(string? naam, string? contentType, byte[] inhoud, string veld)
    {
        var fouten = new FoutVerzamelaar();
        if (string.IsNullOrWhiteSpace(naam) || naam.Length > 200 || naam.IndexOfAny(['/', '\\', '<', '>']) >= 0)
        {
            fouten.Voeg(Veldpad.Onder(veld, "naam"), "Geef het document een naam zonder / \\ < of >, van hoogstens 200 tekens.");
        }

        if (contentType is null || !ToegelatenTypes.Contains(contentType))
        {
            fouten.Voeg(Veldpad.Onder(veld, "contentType"), "Dit soort bestand kan je niet opladen. Gebruik PDF, PNG, JPEG, tekst, Word, Excel of OpenDocument.");
        }

        if (inhoud.Length == 0 || inhoud.Length > MaxGrootte)
        {
            fouten.Voeg(Veldpad.Onder(veld, "inhoudBase64"), "Een document moet tussen 1 byte en 10 MB groot zijn.");
        }
        else if (contentType is not null && ToegelatenTypes.Contains(contentType) && !Regels.InhoudSoort.Past(contentType, inhoud))
        {
            fouten.Voeg(Veldpad.Onder(veld, "inhoudBase64"), $"De inhoud van het document is geen {Regels.InhoudSoort.Omschrijving(contentType)}. Kies het juiste bestand of type.");
        }

        fouten.GooiAlsFouten();
    }

    /// <summary>Stores the document under a fixed name: storing the same document again (a retried activity) overwrites it with the same bytes.</summary>
    public async Task<DossierDocument> BewaarAsync(string vCode, string dossierId, string documentId, string naam, string contentType,
        byte[] inhoud, string soort, DateTimeOffset tijdstip, CancellationToken ct = default)
    {
        var blob = (await ContainerAsync()).GetBlobClient(BlobNaam(vCode, dossierId, documentId));
        await blob.UploadAsync(new BinaryData(inhoud), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } }, ct);
        return new DossierDocument(documentId, naam, contentType, inhoud.Length, Convert.ToHexStringLower(SHA256.HashData(inhoud)), soort, tijdstip);
    }

    public async Task<byte[]?> LeesAsync(string vCode, string dossierId, string documentId, CancellationToken ct = default)
    {
        var blob = (await ContainerAsync()).GetBlobClient(BlobNaam(vCode, dossierId, documentId));
        if (!await blob.ExistsAsync(ct))
        {
            return null;
        }

        return (await blob.DownloadContentAsync(ct)).Value.Content.ToArray();
    }

    public async Task VerwijderAsync(string vCode, string dossierId, string documentId, CancellationToken ct = default) =>
        await (await ContainerAsync()).GetBlobClient(BlobNaam(vCode, dossierId, documentId)).DeleteIfExistsAsync(cancellationToken: ct);

    static string BlobNaam(string vCode, string dossierId, string documentId) => $"{vCode}/{dossierId}/{documentId}";
}
