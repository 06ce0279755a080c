using Microsoft.DurableTask;
using VLoket.Domain.Meldingen;

namespace VLoket.Orchestrations.Meldingen;

/// <summary>A reminder to write at a moment: ids only. Instance id = <c>H</c> + the key of the mail that asked for it.</summary>
public sealed record Herinnering(string VCode, string DossierId, MailSoort Soort, string Sleutel, DateTime Wanneer)
{
    public static Herinnering Van(UitgaandeMail mail) =>
        new(mail.VCode, mail.DossierId ?? throw new ArgumentException("A reminder needs a dossier.", nameof(mail)), mail.Soort, mail.Sleutel,
            mail.Herinnering!.Value.UtcDateTime);

    public string InstanceId => "H" + Sleutel;
}

/// <summary>
/// Waits on a durable timer until a reminder is due (a dossier's deadline near, half a reservation's hold), then lets
/// <see cref="SchrijfHerinnering"/> put its mail in the outbox if it still applies. Nothing polls meanwhile.
/// </summary>
public sealed class HerinneringOrchestrator : TaskOrchestrator<Herinnering, bool>
{
    public override async Task<bool> RunAsync(TaskOrchestrationContext context, Herinnering herinnering)
    {
        if (herinnering.Wanneer > context.CurrentUtcDateTime)
        {
            await context.CreateTimer(herinnering.Wanneer, CancellationToken.None);
        }

        return await context.CallActivityAsync<bool>(nameof(SchrijfHerinnering), herinnering,
            new TaskOptions(new TaskRetryOptions(new RetryPolicy(5, TimeSpan.FromSeconds(5), 2))));
    }
}
