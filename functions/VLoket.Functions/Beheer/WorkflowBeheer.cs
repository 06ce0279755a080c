using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Delen;
using VLoket.Functions.Aanmelden;

namespace VLoket.Functions.Beheer;

/// <summary>A workflow as the operator list shows it.</summary>
public sealed record WorkflowSamenvatting(
    string InstanceId, string Naam, string Status, DateTimeOffset Aangemaakt, DateTimeOffset Bijgewerkt, JsonNode? CustomStatus);

/// <summary>One page of workflows; <c>Vervolg</c> fetches the next page, null on the last one.</summary>
public sealed record WorkflowPagina(IReadOnlyList<WorkflowSamenvatting> Items, string? Vervolg);

/// <summary>Why a workflow failed, as the engine recorded it (messages masked).</summary>
public sealed record WorkflowFout(string Type, string Melding, string? StackTrace, WorkflowFout? Oorzaak);

/// <summary>One event of a workflow's history, without its payload (inputs and results may hold personal data).</summary>
public sealed record WorkflowGebeurtenis(int EventId, string Type, DateTime Tijdstip, string? Naam);

/// <summary>A workflow in detail, inputs and outputs masked.</summary>
public sealed record WorkflowDetail(
    string InstanceId, string Naam, string Status, DateTimeOffset Aangemaakt, DateTimeOffset Bijgewerkt,
    JsonNode? Input, JsonNode? Output, JsonNode? CustomStatus, WorkflowFout? Fout,
    IReadOnlyList<WorkflowGebeurtenis>? Historiek, string? HistoriekNietBeschikbaar);

/// <summary>Counts of one orchestrator in one status.</summary>
public sealed record WorkflowTelling(string Naam, string Status, int Aantal);

/// <summary>The operator's overview.</summary>
public sealed record BeheerOverzicht(
    IReadOnlyList<WorkflowTelling> Tellingen, IReadOnlyList<WorkflowSamenvatting> OudsteLopende, IReadOnlyList<Gegevensdeling> VastgelopenLeveringen);

/// <summary>
/// The operator API's logic over <see cref="DurableTaskClient"/> only, so it works under the Functions host (Durable
/// Functions extension) and the local host (gRPC sidecar) alike.
/// </summary>
public sealed class WorkflowBeheer(DurableTaskClient client)
{
    const int PaginaGrootte = 50;

    static readonly OrchestrationRuntimeStatus[] Toegelaten =
    [
        OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed,
        OrchestrationRuntimeStatus.Terminated, OrchestrationRuntimeStatus.Suspended, OrchestrationRuntimeStatus.Pending,
    ];

    static readonly OrchestrationRuntimeStatus[] Afgelopen =
        [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated];

    /// <summary>
    /// Everyone but an operator gets the same 404 as for a route that does not exist, signed in or not (no 401), so the
    /// operator routes do not reveal themselves.
    /// </summary>
    public static void VereisBeheerder(HttpRequest req)
    {
        if (req.Aanvrager() is not { IsBeheerder: true })
        {
            throw new NietGevondenFout("Deze pagina bestaat niet.");
        }
    }

    public async Task<WorkflowPagina> LijstAsync(string? status, string? naam, string? vanaf, string? tot, string? vervolg, CancellationToken ct)
    {
        var fouten = new FoutVerzamelaar();
        var statussen = fouten.Probeer(() => Statussen(status));
        var van = fouten.Probeer(() => Tijdstip(vanaf, "vanaf"));
        var totEnMet = fouten.Probeer(() => Tijdstip(tot, "tot"));
        fouten.GooiAlsFouten();

        var query = new OrchestrationQuery
        {
            Statuses = statussen,
            CreatedFrom = van,
            CreatedTo = totEnMet,
            PageSize = PaginaGrootte,
            ContinuationToken = string.IsNullOrEmpty(vervolg) ? null : vervolg,
            FetchInputsAndOutputs = false,
        };

        await foreach (var pagina in client.GetAllInstancesAsync(query).AsPages(query.ContinuationToken, PaginaGrootte).WithCancellation(ct))
        {
            // The query has no filter on the orchestrator's name, so it is applied to the page: a page may hold fewer than 50.
            var items = pagina.Values
                .Where(m => string.IsNullOrEmpty(naam) || string.Equals(m.Name, naam, StringComparison.OrdinalIgnoreCase))
                .Select(Samenvatting)
                .ToList();
            return new WorkflowPagina(items, string.IsNullOrEmpty(pagina.ContinuationToken) ? null : pagina.ContinuationToken);
        }

        return new WorkflowPagina([], null);
    }

    public async Task<WorkflowDetail> DetailAsync(string instanceId, CancellationToken ct)
    {
        var m = await LeesAsync(instanceId, inputs: true, ct);
        IReadOnlyList<WorkflowGebeurtenis>? historiek = null;
        string? nietBeschikbaar = null;
        try
        {
            historiek = (await client.GetOrchestrationHistoryAsync(instanceId, ct))
                .Select(e => new WorkflowGebeurtenis(e.EventId, e.EventType.ToString(), e.Timestamp, NaamVan(e)))
                .ToList();
            if (historiek.Count == 0)
            {
                // Every started instance has at least its start event: an empty list means the engine did not give it
                // (the local gRPC sidecar answers the call with nothing), not that nothing happened.
                historiek = null;
                nietBeschikbaar = "De Durable Task-engine gaf geen historiek voor deze workflow (de lokale sidecar streamt ze niet). "
                    + "Bekijk hem in Durable Functions Monitor.";
            }
        }
        catch (Exception e) when (e is NotSupportedException || e.GetType().Name == "RpcException")
        {
            // The local sidecar or an older engine may not stream history; the rest of the detail is still useful.
            nietBeschikbaar = "De Durable Task-engine geeft de historiek van deze workflow niet vrij (" + e.GetType().Name + "). "
                + "Bekijk hem in Durable Functions Monitor.";
        }

        return new WorkflowDetail(m.InstanceId, m.Name, m.RuntimeStatus.ToString(), m.CreatedAt, m.LastUpdatedAt,
            Persoonsgegevens.Maskeer(m.SerializedInput), Persoonsgegevens.Maskeer(m.SerializedOutput),
            Persoonsgegevens.Maskeer(m.SerializedCustomStatus), Fout(m.FailureDetails) ?? FoutUitOutput(m), historiek, nietBeschikbaar);
    }

    public async Task<WorkflowSamenvatting> BeeindigAsync(string instanceId, string? reden, CancellationToken ct)
    {
        var m = await LeesAsync(instanceId, inputs: false, ct);
        if (Afgelopen.Contains(m.RuntimeStatus))
        {
            throw new ConflictFout("Deze workflow is al afgelopen.");
        }

        await client.TerminateInstanceAsync(instanceId, new TerminateInstanceOptions(reden ?? "Beëindigd door een beheerder."), ct);
        return Samenvatting(await LeesAsync(instanceId, inputs: false, ct));
    }

    public async Task<WorkflowSamenvatting> PauzeerAsync(string instanceId, string? reden, CancellationToken ct)
    {
        var m = await LeesAsync(instanceId, inputs: false, ct);
        if (m.RuntimeStatus is not (OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending))
        {
            throw new ConflictFout("Alleen een lopende workflow kan je pauzeren.");
        }

        await client.SuspendInstanceAsync(instanceId, reden ?? "Gepauzeerd door een beheerder.", ct);
        return Samenvatting(await LeesAsync(instanceId, inputs: false, ct));
    }

    public async Task<WorkflowSamenvatting> HervatAsync(string instanceId, string? reden, CancellationToken ct)
    {
        var m = await LeesAsync(instanceId, inputs: false, ct);
        if (m.RuntimeStatus != OrchestrationRuntimeStatus.Suspended)
        {
            throw new ConflictFout("Alleen een gepauzeerde workflow kan je hervatten.");
        }

        await client.ResumeInstanceAsync(instanceId, reden ?? "Hervat door een beheerder.", ct);
        return Samenvatting(await LeesAsync(instanceId, inputs: false, ct));
    }

    /// <summary>Starts a finished workflow again under the same instance id with the same input.</summary>
    public async Task<WorkflowSamenvatting> HerstartAsync(string instanceId, CancellationToken ct)
    {
        var m = await LeesAsync(instanceId, inputs: true, ct);
        if (!Afgelopen.Contains(m.RuntimeStatus))
        {
            // Restarting a running workflow would run it twice side by side (the engine's restart terminates it first on
            // some back-ends, not on others); the operator decides explicitly by ending it first.
            throw new ConflictFout("Een lopende workflow kan je niet herstarten; beëindig hem eerst.");
        }

        // Not client.RestartAsync: the local sidecar accepts it but leaves an instance without tags that its GetInstance
        // then fails on (500 on every later read). Purge and schedule anew does the same on both engines: purging frees
        // the instance id, and the input goes back as the JSON it was, not as a string to be serialised again.
        await client.PurgeInstanceAsync(instanceId, ct);
        using var input = m.SerializedInput is null ? null : JsonDocument.Parse(m.SerializedInput);
        await client.ScheduleNewOrchestrationInstanceAsync(new TaskName(m.Name), input?.RootElement.Clone(),
            new StartOrchestrationOptions(instanceId), ct);
        return Samenvatting(await LeesAsync(instanceId, inputs: false, ct));
    }

    public async Task VerwijderAsync(string instanceId, CancellationToken ct)
    {
        var m = await LeesAsync(instanceId, inputs: false, ct);
        if (!Afgelopen.Contains(m.RuntimeStatus))
        {
            throw new ConflictFout("Een lopende workflow kan je niet verwijderen; beëindig hem eerst.");
        }

        await client.PurgeInstanceAsync(instanceId, ct);
    }

    /// <summary>Counts, the oldest running workflows, and <paramref name="vastgelopen"/>: deliveries to agencies kept for operators.</summary>
    public async Task<BeheerOverzicht> OverzichtAsync(CancellationToken ct, IReadOnlyList<Gegevensdeling>? vastgelopen = null)
    {
        // Reads every instance's row without inputs: fine for the loket's volumes; a bigger hub would need a summary table.
        var alle = new List<OrchestrationMetadata>();
        await foreach (var m in client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = false, PageSize = 500 }).WithCancellation(ct))
        {
            alle.Add(m);
        }

        var tellingen = alle
            .GroupBy(m => (m.Name, Status: m.RuntimeStatus.ToString()))
            .Select(g => new WorkflowTelling(g.Key.Name, g.Key.Status, g.Count()))
            .OrderBy(t => t.Naam, StringComparer.Ordinal).ThenBy(t => t.Status, StringComparer.Ordinal)
            .ToList();
        var oudste = alle
            .Where(m => m.RuntimeStatus == OrchestrationRuntimeStatus.Running)
            .OrderBy(m => m.CreatedAt)
            .Take(10)
            .Select(Samenvatting)
            .ToList();

        return new BeheerOverzicht(tellingen, oudste, vastgelopen ?? []);
    }

    async Task<OrchestrationMetadata> LeesAsync(string instanceId, bool inputs, CancellationToken ct) =>
        await client.GetInstanceAsync(instanceId, inputs, ct) ?? throw new NietGevondenFout("Deze workflow bestaat niet.");

    static WorkflowSamenvatting Samenvatting(OrchestrationMetadata m) => new(
        m.InstanceId, m.Name, m.RuntimeStatus.ToString(), m.CreatedAt, m.LastUpdatedAt, Persoonsgegevens.Maskeer(m.SerializedCustomStatus));

    static WorkflowFout? Fout(TaskFailureDetails? d) => d is null
        ? null
        : new WorkflowFout(d.ErrorType, Persoonsgegevens.MaskeerTekst(d.ErrorMessage), d.StackTrace is null ? null : Persoonsgegevens.MaskeerTekst(d.StackTrace),
            Fout(d.InnerFailure));

    /// <summary>
    /// The local sidecar reports a failure only as the instance's output text, without failure details; the operator
    /// still needs to see why it failed.
    /// </summary>
    static WorkflowFout? FoutUitOutput(OrchestrationMetadata m) =>
        m.RuntimeStatus == OrchestrationRuntimeStatus.Failed && !string.IsNullOrEmpty(m.SerializedOutput)
            ? new WorkflowFout("Onbekend", Persoonsgegevens.MaskeerTekst(m.SerializedOutput), null, null)
            : null;

    static string? NaamVan(object gebeurtenis) =>
        // Only the task names: the events' inputs and results may hold personal data.
        gebeurtenis.GetType().GetProperty("Name")?.GetValue(gebeurtenis) as string;

    static List<OrchestrationRuntimeStatus>? Statussen(string? status)
    {
        if (string.IsNullOrWhiteSpace(status))
        {
            return null;
        }

        var lijst = new List<OrchestrationRuntimeStatus>();
        foreach (string deel in status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var gevonden = Toegelaten.Where(s => string.Equals(s.ToString(), deel, StringComparison.OrdinalIgnoreCase)).ToList();
            if (gevonden.Count == 0)
            {
                throw new DomeinFout("status", "Kies Running, Completed, Failed, Terminated, Suspended of Pending.");
            }

            lijst.Add(gevonden[0]);
        }

        return lijst;
    }

    static DateTimeOffset? Tijdstip(string? waarde, string veld)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        return DateTimeOffset.TryParse(waarde, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t
            : throw new DomeinFout(veld, "Geef een datum of tijdstip in ISO 8601, bv. 2026-11-30 of 2026-11-30T08:00:00Z.");
    }
}
