using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using VLoket.Domain.Storage;

namespace VLoket.Functions.Configuratie;

/// <summary>
/// How the app reaches its storage account: by identity when the service URIs the Functions host uses are set
/// (<c>AzureWebJobsStorage__tableServiceUri</c> and <c>__blobServiceUri</c>, as infra/ deploys it, with shared keys
/// off), else by the connection string in <c>AzureWebJobsStorage</c> (Azurite locally and in tests).
/// </summary>
public static class OpslagVerbinding
{
    /// <summary>Table endpoint of the account, read by the Functions host and the Durable extension too.</summary>
    public const string TableServiceUriSetting = "AzureWebJobsStorage:tableServiceUri";

    /// <summary>Blob endpoint of the account, read by the Functions host and the Durable extension too.</summary>
    public const string BlobServiceUriSetting = "AzureWebJobsStorage:blobServiceUri";

    /// <summary>Client id of a user-assigned managed identity; empty: the system-assigned identity (or the developer's sign-in).</summary>
    public const string ClientIdSetting = "AzureWebJobsStorage:clientId";

    /// <summary>The clients, by identity or by connection string; throws when only one of the two service URIs is set.</summary>
    public static StorageClients Bouw(IConfiguration configuration, Func<string?, TokenCredential>? credential = null)
    {
        string? tables = configuration.Waarde(TableServiceUriSetting);
        string? blobs = configuration.Waarde(BlobServiceUriSetting);
        if (tables is null && blobs is null)
        {
            return new StorageClients(configuration.Waarde(VLoketServiceCollectionExtensions.StorageSetting) ?? "UseDevelopmentStorage=true");
        }

        if (tables is null || blobs is null)
        {
            // Half an identity configuration would send tables and blobs to different places: refuse it at start-up.
            throw new InvalidOperationException(
                $"Set both {TableServiceUriSetting} and {BlobServiceUriSetting} (identity-based storage) or neither (connection string).");
        }

        var maak = credential ?? Standaard;
        return new StorageClients(new Uri(tables), new Uri(blobs), maak(configuration.Waarde(ClientIdSetting)));
    }

    // Managed identity in Azure (a user-assigned one when a client id is given); the developer's own sign-in elsewhere.
    static TokenCredential Standaard(string? clientId) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = clientId });
}
