using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace VLoket.Domain.Storage;

/// <summary>
/// Table clients, each table created once per process on first use. An optional prefix keeps several
/// loket instances (test classes, benchmarks) apart in one storage account.
/// </summary>
public sealed class Tabellen(StorageClients storage, string voorvoegsel = "")
{
    readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> tabellen = new();

    public Task<TableClient> TabelAsync(string naam) =>
        tabellen.GetOrAdd(naam, n => new Lazy<Task<TableClient>>(async () =>
        {
            var client = storage.Tables.GetTableClient(voorvoegsel + n);
            await client.CreateIfNotExistsAsync();
            return client;
        })).Value;
}
