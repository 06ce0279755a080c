using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace VLoket.Domain.Storage;

/// <summary>The storage account VLoket keeps its own data in (associations, dossiers, documents).</summary>
public sealed class StorageClients
{
    public StorageClients(string connectionString)
    {
        // Few, short retries: a request that waits minutes for storage helps no volunteer; the caller reports the failure.
        var tableOptions = new TableClientOptions();
        Configure(tableOptions.Retry);
        // Azurite 3.37.0 (local runs and tests) accepts Blob API versions up to 2026-06-06; Azure accepts it too.
        var blobOptions = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06);
        Configure(blobOptions.Retry);
        Tables = new TableServiceClient(connectionString, tableOptions);
        Blobs = new BlobServiceClient(connectionString, blobOptions);
    }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    static void Configure(RetryOptions retry)
    {
        retry.MaxRetries = 3;
        retry.Delay = TimeSpan.FromMilliseconds(200);
        retry.MaxDelay = TimeSpan.FromSeconds(2);
        retry.NetworkTimeout = TimeSpan.FromSeconds(20);
    }
}
