namespace VLoket.Domain.Storage;

/// <summary>
/// Something made once, on first use, such as a blob container: every caller shares the one creation, but a creation
/// that failed (storage down at start-up) is forgotten, so the next caller tries again instead of failing for ever.
/// </summary>
public sealed class BijEersteGebruik<T>(Func<Task<T>> maak)
{
    Task<T>? taak;

    /// <summary>The made value; throws what the creation threw, and then lets the next call try again.</summary>
    public async Task<T> WaardeAsync()
    {
        var huidig = taak ??= maak();
        try
        {
            return await huidig;
        }
        catch
        {
            _ = Interlocked.CompareExchange(ref taak, null, huidig);
            throw;
        }
    }
}

/// <summary>Private blob containers, created on first use.</summary>
public static class PriveContainer
{
    /// <summary>The private container <paramref name="naam"/> (lower-cased), created when first asked for.</summary>
    public static BijEersteGebruik<Azure.Storage.Blobs.BlobContainerClient> BijEersteGebruik(StorageClients storage, string naam) =>
        new(async () =>
        {
            var c = storage.Blobs.GetBlobContainerClient(naam.ToLowerInvariant());
            await c.CreateIfNotExistsAsync(Azure.Storage.Blobs.Models.PublicAccessType.None);
            return c;
        });
}
