using Microsoft.Azure.Functions.Worker;

namespace VLoket.Functions.Meldingen;

/// <summary>
/// The daily digest: every hour from 06:00 to 20:00 UTC. The first run of a day sends each representative's digest; as its
/// key is per representative and day, later runs only retry digests that failed, and what is collected after a digest went
/// waits for the next day. The local host runs the same (<c>VLoket.Host.Meldingen.MailBundelVeger</c>).
/// </summary>
public sealed class MailBundelTimer(MailVerwerker verwerker)
{
    [Function("VerstuurMailBundels")]
    public Task Verstuur([TimerTrigger("0 0 6-20 * * *")] TimerInfo timer, CancellationToken ct) => verwerker.BundelAsync(ct);
}
