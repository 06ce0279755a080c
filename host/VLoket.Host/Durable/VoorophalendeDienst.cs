using System.Threading.Channels;
using DurableTask.Core;

namespace VLoket.Host.Durable;

/// <summary>
/// The storage provider as the sidecar's dispatchers see it, with activity work items fetched by several loops at once.
/// The sidecar (Microsoft.DurableTask.InProcessTestHost) has one fetch loop per dispatcher, and the Azure Storage provider
/// takes one message from the work-item queue per storage call, so activities started no faster than one queue round trip
/// each (a constant 62 per second on this machine, whatever the other settings: bench/README.md, <c>motor</c>). Here
/// <see cref="DurableInstellingen.ActiviteitOphalers"/> loops fetch side by side into a small buffer the dispatcher reads.
/// A loop only fetches while fewer than <c>MaxConcurrentTaskActivityWorkItems</c> items are out (fetched and neither
/// completed nor abandoned), so no more messages are locked than the dispatcher would run, and a buffered message never
/// waits long enough for its lock to lapse. Orchestration work items pass through: the provider already reads its control
/// queues ahead in batches.
/// </summary>
public sealed class VoorophalendeDienst : IOrchestrationService, IAsyncDisposable
{
    readonly IOrchestrationService binnen;
    readonly int ophalers;
    readonly SemaphoreSlim ruimte;
    readonly Channel<TaskActivityWorkItem> buffer;
    readonly CancellationTokenSource stop = new();
    readonly Lock startSlot = new();
    Task<TaskActivityWorkItem?>[]? lussen;

    public VoorophalendeDienst(IOrchestrationService binnen, int ophalers)
    {
        this.binnen = binnen;
        this.ophalers = Math.Max(1, ophalers);
        ruimte = new SemaphoreSlim(binnen.MaxConcurrentTaskActivityWorkItems);
        buffer = Channel.CreateBounded<TaskActivityWorkItem>(new BoundedChannelOptions(this.ophalers) { SingleReader = false });
    }

    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        StartLussen();
        using var tijd = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (receiveTimeout != Timeout.InfiniteTimeSpan)
        {
            tijd.CancelAfter(receiveTimeout);
        }

        try
        {
            return await buffer.Reader.ReadAsync(tijd.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null!; // the provider's contract: no work item within the timeout
        }
    }

    public async Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        try
        {
            await binnen.CompleteTaskActivityWorkItemAsync(workItem, responseMessage);
        }
        finally
        {
            ruimte.Release();
        }
    }

    public async Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        try
        {
            await binnen.AbandonTaskActivityWorkItemAsync(workItem);
        }
        finally
        {
            ruimte.Release();
        }
    }

    void StartLussen()
    {
        if (lussen is not null || stop.IsCancellationRequested)
        {
            return;
        }

        lock (startSlot)
        {
            lussen ??= Enumerable.Range(0, ophalers).Select(_ => Task.Run(() => HaalAsync(stop.Token))).ToArray();
        }
    }

    async Task<TaskActivityWorkItem?> HaalAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TaskActivityWorkItem? item = null;
            try
            {
                await ruimte.WaitAsync(ct);
                item = await binnen.LockNextTaskActivityWorkItem(TimeSpan.FromSeconds(30), ct);
                if (item is null)
                {
                    ruimte.Release();
                    continue;
                }

                await buffer.Writer.WriteAsync(item, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return item; // taken but never handed out
            }
            catch (Exception e)
            {
                ruimte.Release();
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, binnen.GetDelayInSecondsAfterOnFetchException(e))), ct)
                    .ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        return null;
    }

    /// <summary>
    /// Stops the loops and gives back what was taken but never handed out, so it reappears at once for the next engine
    /// instead of after the visibility timeout. Bounded in time: with the storage gone, giving back cannot succeed and
    /// the messages reappear by themselves; stopping must not wait for the storage client's retries.
    /// </summary>
    async Task StopLussenAsync()
    {
        await stop.CancelAsync();
        var terug = new List<TaskActivityWorkItem>();
        Task<TaskActivityWorkItem?>[]? gestopt;
        lock (startSlot)
        {
            (gestopt, lussen) = (lussen, []); // a second stop finds nothing; a late fetch starts nothing
        }

        if (gestopt is not null)
        {
            terug.AddRange((await Task.WhenAll(gestopt)).OfType<TaskActivityWorkItem>());
        }

        while (buffer.Reader.TryRead(out var item))
        {
            terug.Add(item);
        }

        if (terug.Count == 0)
        {
            return;
        }

        try
        {
            await Task.WhenAll(terug.Select(AbandonTaskActivityWorkItemAsync)).WaitAsync(TimeSpan.FromSeconds(3));
        }
        catch (Exception)
        {
            // Stopping goes on whatever the storage answers: what was not given back reappears after the visibility timeout.
        }
    }

    public async Task StopAsync()
    {
        await StopLussenAsync();
        await binnen.StopAsync();
    }

    public async Task StopAsync(bool isForced)
    {
        await StopLussenAsync();
        await binnen.StopAsync(isForced);
    }

    public async ValueTask DisposeAsync() => await StopLussenAsync();

    // Everything else is the provider's own.
    public Task StartAsync() => binnen.StartAsync();
    public Task CreateAsync() => binnen.CreateAsync();
    public Task CreateAsync(bool recreateInstanceStore) => binnen.CreateAsync(recreateInstanceStore);
    public Task CreateIfNotExistsAsync() => binnen.CreateIfNotExistsAsync();
    public Task DeleteAsync() => binnen.DeleteAsync();
    public Task DeleteAsync(bool deleteInstanceStore) => binnen.DeleteAsync(deleteInstanceStore);
    public bool IsMaxMessageCountExceeded(int currentMessageCount, OrchestrationRuntimeState runtimeState) =>
        binnen.IsMaxMessageCountExceeded(currentMessageCount, runtimeState);
    public int GetDelayInSecondsAfterOnProcessException(Exception exception) => binnen.GetDelayInSecondsAfterOnProcessException(exception);
    public int GetDelayInSecondsAfterOnFetchException(Exception exception) => binnen.GetDelayInSecondsAfterOnFetchException(exception);
    public int TaskOrchestrationDispatcherCount => binnen.TaskOrchestrationDispatcherCount;
    public int MaxConcurrentTaskOrchestrationWorkItems => binnen.MaxConcurrentTaskOrchestrationWorkItems;
    public BehaviorOnContinueAsNew EventBehaviourForContinueAsNew => binnen.EventBehaviourForContinueAsNew;
    public Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken) =>
        binnen.LockNextTaskOrchestrationWorkItemAsync(receiveTimeout, cancellationToken);
    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => binnen.RenewTaskOrchestrationWorkItemLockAsync(workItem);
    public Task CompleteTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem, OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages, IList<TaskMessage> orchestratorMessages, IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage, OrchestrationState orchestrationState) =>
        binnen.CompleteTaskOrchestrationWorkItemAsync(workItem, newOrchestrationRuntimeState, outboundMessages, orchestratorMessages,
            timerMessages, continuedAsNewMessage, orchestrationState);
    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => binnen.AbandonTaskOrchestrationWorkItemAsync(workItem);
    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem) => binnen.ReleaseTaskOrchestrationWorkItemAsync(workItem);
    public int TaskActivityDispatcherCount => binnen.TaskActivityDispatcherCount;
    public int MaxConcurrentTaskActivityWorkItems => binnen.MaxConcurrentTaskActivityWorkItems;
    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => binnen.RenewTaskActivityWorkItemLockAsync(workItem);
}
