using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace VLoket.Domain.Storage;

/// <summary>
/// Table clients, each table created once per process on first use. An optional prefix keeps several
/// loket instances (test classes, benchmarks) apart in one storage account. A first use that fails (storage down) is
/// not remembered: the next request tries again, so the app recovers when storage returns, without a restart.
/// </summary>
public sealed class Tabellen(StorageClients storage, string voorvoegsel = "")
{
    readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> tabellen = new();

    public async Task<TableClient> TabelAsync(string naam)
    {
        var lazy = tabellen.GetOrAdd(naam, n => new Lazy<Task<TableClient>>(async () =>
        {
            var client = storage.Tables.GetTableClient(voorvoegsel + n);
            await client.CreateIfNotExistsAsync();
            return client;
        }));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            tabellen.TryRemove(KeyValuePair.Create(naam, lazy));
            throw;
        }
    }
}
