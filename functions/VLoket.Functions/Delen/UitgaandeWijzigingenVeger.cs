using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace VLoket.Functions.Delen;

/// <summary>
/// Every minute, schedules the sharing of changes whose outbox row was left behind (the process stopped between storing
/// the change and scheduling its workflow). The local host runs the same <see cref="DelingStarter.VeegAsync"/> from a
/// background service.
/// </summary>
public sealed class UitgaandeWijzigingenVeger(DelingStarter starter)
{
    [Function("VeegUitgaandeWijzigingen")]
    public Task Veeg([TimerTrigger("0 */1 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        starter.VeegAsync(client, ct);
}
