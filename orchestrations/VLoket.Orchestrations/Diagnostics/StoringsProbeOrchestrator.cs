using Azure;
using Microsoft.DurableTask;
using VLoket.Domain.Storage;

namespace VLoket.Orchestrations.Diagnostics;

/// <summary>Which disruption a storings probe depends on.</summary>
public sealed record StoringsProbeOpdracht(string Storing);

/// <summary>
/// A diagnostic workflow that fails for real while a disruption is not fixed: its activity throws unless the table
/// <c>StoringsProbe</c> holds a row for the disruption. Operators and tests use it to rehearse finding a failed
/// workflow, fixing the cause and restarting it, without breaking a real agency.
/// </summary>
public sealed class StoringsProbeOrchestrator : TaskOrchestrator<StoringsProbeOpdracht, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, StoringsProbeOpdracht opdracht) =>
        // No retry policy: the point is a workflow that ends as Failed.
        context.CallActivityAsync<string>(nameof(ControleerStoring), opdracht.Storing);
}

/// <summary>Throws while the disruption has no row in <c>StoringsProbe</c> (partition <c>opgelost</c>).</summary>
public sealed class ControleerStoring(Tabellen tabellen) : TaskActivity<string, string>
{
    public const string Tabel = "StoringsProbe";
    public const string Partitie = "opgelost";

    public override async Task<string> RunAsync(TaskActivityContext context, string storing)
    {
        var tabel = await tabellen.TabelAsync(Tabel);
        try
        {
            await tabel.GetEntityAsync<Azure.Data.Tables.TableEntity>(Partitie, storing);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            throw new InvalidOperationException($"Storing {storing} is nog niet opgelost.");
        }

        return $"Storing {storing} is opgelost.";
    }
}
