using System.Diagnostics;
using System.Reflection;
using Microsoft.DurableTask.Client;
using VLoket.Domain.Storage;

namespace VLoket.Functions.Health;

/// <summary>One named check and how it went.</summary>
public sealed record HealthCheckResult(string Naam, bool Ok, long DuurMs, string? Fout);

/// <summary>The health of the app: version and one check per dependency.</summary>
public sealed record HealthReport(string Status, string Versie, IReadOnlyList<HealthCheckResult> Controles);

/// <summary>
/// Checks Table storage, Blob storage and the durable task hub, each with its own time limit, and names what the app is
/// still busy with before it is ready (<see cref="Gereedheid"/>).
/// </summary>
public sealed class HealthService(StorageClients storage, Gereedheid gereedheid)
{
    static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(8);

    public static string Version { get; } =
        typeof(HealthService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? "onbekend";

    public async Task<HealthReport> CheckAsync(DurableTaskClient durable, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(
            RunAsync("tableStorage", async ct =>
            {
                await foreach (var _ in storage.Tables.QueryAsync(maxPerPage: 1, cancellationToken: ct).AsPages(pageSizeHint: 1))
                {
                    break;
                }
            }, cancellationToken),
            RunAsync("blobStorage", async ct =>
            {
                await foreach (var _ in storage.Blobs.GetBlobContainersAsync(cancellationToken: ct).AsPages(pageSizeHint: 1))
                {
                    break;
                }
            }, cancellationToken),
            RunAsync("durableEngine", async ct =>
            {
                // A real query against the task hub's instances table, not just a ping of the client.
                var query = new OrchestrationQuery { PageSize = 1 };
                await foreach (var _ in durable.GetAllInstancesAsync(query).AsPages(pageSizeHint: 1).WithCancellation(ct))
                {
                    break;
                }
            }, cancellationToken));
        var bezig = gereedheid.Bezig.Select(b => new HealthCheckResult(b.Key, false, 0, b.Value)).ToList();
        bool ok = results.All(r => r.Ok);
        string status = !ok ? "ongezond" : bezig.Count > 0 ? "opstarten" : "gezond";
        return new HealthReport(status, Version, [.. results, .. bezig]);
    }

    static async Task<HealthCheckResult> RunAsync(string name, Func<CancellationToken, Task> check, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        try
        {
            await check(timeout.Token).WaitAsync(timeout.Token);
            return new HealthCheckResult(name, true, watch.ElapsedMilliseconds, null);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Only the exception type: messages can carry account names or endpoints.
            string reason = e switch
            {
                OperationCanceledException => "geen antwoord binnen de tijdslimiet",
                AggregateException { InnerException: Azure.RequestFailedException { Status: 0 } } => "niet bereikbaar",
                Azure.RequestFailedException { Status: 0 } => "niet bereikbaar",
                Azure.RequestFailedException rf => $"fout: {rf.Status} {rf.ErrorCode}",
                Grpc.Core.RpcException rpc => $"fout: {rpc.StatusCode}",
                _ => $"fout: {e.GetType().Name}",
            };
            return new HealthCheckResult(name, false, watch.ElapsedMilliseconds, reason);
        }
    }
}
