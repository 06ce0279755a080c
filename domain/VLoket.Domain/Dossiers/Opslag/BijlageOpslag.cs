using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Storage;

namespace VLoket.Domain.Dossiers.Opslag;

/// <summary>
/// Uploaded files not yet sent with an application, in a private Blob container: <c>{vCode}/{bijlageId}</c>. What the
/// loket knows of a file (its name, SHA-256, the draft holding it) is kept in the blob's metadata, so the blob is the one
/// record; a name is stored base64url-encoded (metadata is ASCII).
/// </summary>
public sealed class BijlageOpslag(StorageClients storage, string voorvoegsel = "")
{
    const string NaamSleutel = "naam";
    const string ShaSleutel = "sha256";
    const string ConceptSleutel = "concept";

    // Created on first use; a failed first use (storage down) is tried again by the next request.
    readonly BijEersteGebruik<BlobContainerClient> container = PriveContainer.BijEersteGebruik(storage, voorvoegsel + "bijlagen");

    Task<BlobContainerClient> ContainerAsync() => container.WaardeAsync();

    /// <summary>Stores checked content as a new file of the association.</summary>
    public async Task<Bijlage> BewaarAsync(string vCode, string naam, string contentType, byte[] inhoud, DateTimeOffset tijdstip, CancellationToken ct = default)
    {
        var bijlage = new Bijlage(Bijlage.NieuwId(), vCode, naam, contentType, inhoud.Length, Convert.ToHexStringLower(SHA256.HashData(inhoud)), tijdstip);
        var blob = (await ContainerAsync()).GetBlobClient(BlobNaam(vCode, bijlage.BijlageId));
        await blob.UploadAsync(new BinaryData(inhoud), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Metadata = Metadata(bijlage),
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, ct);
        return bijlage;
    }

    /// <summary>The file <paramref name="bijlageId"/> of <paramref name="vCode"/>, without its content; null when the association has no such file.</summary>
    public async Task<Bijlage?> InfoAsync(string vCode, string bijlageId, CancellationToken ct = default)
    {
        if (!Bijlage.IsId(bijlageId))
        {
            return null;
        }

        try
        {
            var p = (await (await ContainerAsync()).GetBlobClient(BlobNaam(vCode, bijlageId)).GetPropertiesAsync(cancellationToken: ct)).Value;
            return Hydrate(vCode, bijlageId, p.ContentType, p.ContentLength, p.CreatedOn, p.Metadata);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The content of a file, or null when it is gone.</summary>
    public async Task<byte[]?> InhoudAsync(string vCode, string bijlageId, CancellationToken ct = default)
    {
        try
        {
            return (await (await ContainerAsync()).GetBlobClient(BlobNaam(vCode, bijlageId)).DownloadContentAsync(ct)).Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Records that draft <paramref name="conceptId"/> holds the file, so it is kept as long as the draft.</summary>
    public async Task MarkeerAsync(Bijlage bijlage, string conceptId, CancellationToken ct = default)
    {
        if (bijlage.Concept != conceptId)
        {
            await (await ContainerAsync()).GetBlobClient(BlobNaam(bijlage.VCode, bijlage.BijlageId))
                .SetMetadataAsync(Metadata(bijlage with { Concept = conceptId }), cancellationToken: ct);
        }
    }

    public async Task VerwijderAsync(string vCode, string bijlageId, CancellationToken ct = default) =>
        await (await ContainerAsync()).GetBlobClient(BlobNaam(vCode, bijlageId)).DeleteIfExistsAsync(cancellationToken: ct);

    /// <summary>Every file of every association (for removing what nothing uses).</summary>
    public async IAsyncEnumerable<Bijlage> AlleAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var b in (await ContainerAsync()).GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix: null, ct))
        {
            if (b.Name.Split('/') is [var vCode, var id] && Bijlage.IsId(id))
            {
                yield return Hydrate(vCode, id, b.Properties.ContentType, b.Properties.ContentLength ?? 0, b.Properties.CreatedOn ?? DateTimeOffset.MinValue, b.Metadata);
            }
        }
    }

    static Dictionary<string, string> Metadata(Bijlage b)
    {
        var m = new Dictionary<string, string>
        {
            [NaamSleutel] = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(b.Naam)),
            [ShaSleutel] = b.Sha256,
        };
        if (b.Concept is not null)
        {
            m[ConceptSleutel] = b.Concept;
        }

        return m;
    }

    static Bijlage Hydrate(string vCode, string id, string? contentType, long grootte, DateTimeOffset opgeladen, IDictionary<string, string> metadata)
    {
        string naam = metadata.TryGetValue(NaamSleutel, out string? n) ? Encoding.UTF8.GetString(Base64Url.DecodeFromChars(n)) : id;
        return new Bijlage(id, vCode, naam, contentType ?? "application/octet-stream", grootte,
            metadata.TryGetValue(ShaSleutel, out string? sha) ? sha : string.Empty, opgeladen, metadata.TryGetValue(ConceptSleutel, out string? c) ? c : null);
    }

    static string BlobNaam(string vCode, string bijlageId) => $"{vCode}/{bijlageId}";
}
