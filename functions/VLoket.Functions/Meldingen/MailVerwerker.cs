using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using VLoket.Domain.Meldingen;

namespace VLoket.Functions.Meldingen;

/// <summary>
/// One round of the mail outbox for both runtimes (the Functions timer <c>VeegMailUitbox</c>, the local host's background
/// service): sends what is due through <see cref="MailBezorger"/> and logs what happened, by key and vCode only.
/// </summary>
public sealed class MailVerwerker(MailBezorger bezorger, MailBundelaar bundelaar, ILogger<MailVerwerker> log)
{
    public async Task<IReadOnlyList<MailUitkomst>> VeegAsync(DurableTaskClient client, CancellationToken ct = default)
    {
        var uitkomsten = await bezorger.VerwerkAsync(new DurableHerinneringPlanner(client), ct);
        foreach (var u in uitkomsten.Where(u => u.Fout is not null))
        {
            if (u.Status == MailStatus.Vastgelopen)
            {
                log.LogError(u.Fout, "Mail {Sleutel} of {VCode} kept failing; it is listed for operators", u.Sleutel, u.VCode);
            }
            else
            {
                log.LogInformation(u.Fout, "Mail {Sleutel} of {VCode} failed; it is retried later", u.Sleutel, u.VCode);
            }
        }

        return uitkomsten;
    }

    /// <summary>One round of the daily digest (<see cref="MailBundelaar"/>); a failed digest is logged and tried again next round.</summary>
    public async Task<IReadOnlyList<BundelUitkomst>> BundelAsync(CancellationToken ct = default)
    {
        var uitkomsten = await bundelaar.VerstuurAsync(ct);
        foreach (var u in uitkomsten.Where(u => u.Fout is not null))
        {
            log.LogWarning(u.Fout, "The daily digest of representative {Id} of {VCode} failed; it is tried again next round", u.VertegenwoordigerId, u.VCode);
        }

        log.LogInformation("Daily digest: {Verzonden} sent", uitkomsten.Count(u => u.Status == BundelStatus.Verzonden));
        return uitkomsten;
    }
}
