using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VLoket.Domain.Storage;
using VLoket.Functions.Health;

namespace VLoket.Functions;

/// <summary>Registers what the Functions app and the local host share.</summary>
public static class VLoketServiceCollectionExtensions
{
    /// <summary>The setting that names the storage account, as the Functions host reads it too.</summary>
    public const string StorageSetting = "AzureWebJobsStorage";

    /// <summary>Registers every VLoket service both runtimes need. Runtime-specific parts (durable client, HTTP pipeline) stay with each runtime.</summary>
    public static IServiceCollection AddVLoket(this IServiceCollection services, IConfiguration configuration)
    {
        string connectionString = configuration[StorageSetting] is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new StorageClients(connectionString));
        services.AddSingleton<HealthService>();
        return services;
    }
}
