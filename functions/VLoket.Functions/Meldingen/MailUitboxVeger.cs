using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace VLoket.Functions.Meldingen;

/// <summary>Every minute, sends what the mail outbox holds. The local host runs the same <see cref="MailVerwerker"/> from a background service.</summary>
public sealed class MailUitboxVeger(MailVerwerker verwerker)
{
    [Function("VeegMailUitbox")]
    public Task Veeg([TimerTrigger("0 */1 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken ct) =>
        verwerker.VeegAsync(client, ct);
}
