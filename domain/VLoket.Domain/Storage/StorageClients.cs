using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;

namespace VLoket.Domain.Storage;

/// <summary>The storage account VLoket keeps its own data in (associations, dossiers, documents).</summary>
public sealed class StorageClients
{
    /// <summary>Reaches the account with a connection string: Azurite locally and in tests.</summary>
    public StorageClients(string connectionString)
    {
        Tables = new TableServiceClient(connectionString, TableOptions());
        Blobs = new BlobServiceClient(connectionString, BlobOptions());
    }

    /// <summary>
    /// Reaches the account by Entra identity through its service endpoints: Azure, where shared-key access is off.
    /// Same retries and Blob API version as with a connection string; building the clients calls nothing yet.
    /// </summary>
    public StorageClients(Uri tableServiceUri, Uri blobServiceUri, TokenCredential credential)
    {
        Tables = new TableServiceClient(tableServiceUri, credential, TableOptions());
        Blobs = new BlobServiceClient(blobServiceUri, credential, BlobOptions());
    }

    public TableServiceClient Tables { get; }

    public BlobServiceClient Blobs { get; }

    static TableClientOptions TableOptions()
    {
        var options = new TableClientOptions();
        Configure(options);
        return options;
    }

    static BlobClientOptions BlobOptions()
    {
        // Azurite 3.37.0 (local runs and tests) accepts Blob API versions up to 2026-06-06; Azure accepts it too.
        var options = new BlobClientOptions(BlobClientOptions.ServiceVersion.V2026_06_06);
        Configure(options);
        return options;
    }

    // Few, short retries: a request that waits minutes for storage helps no volunteer; the caller reports the failure.
    static void Configure(ClientOptions options)
    {
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        // The SDK's own spans and request logs reach no sink here (the tracing does not listen to Azure's sources, no Azure
        // event listener is registered), yet cost CPU on every storage call; each call still gets its span from the
        // HttpClient instrumentation (VLoketTracing), so a trace shows its storage calls all the same.
        options.Diagnostics.IsDistributedTracingEnabled = false;
        options.Diagnostics.IsLoggingEnabled = false;
    }
}
