namespace VLoket.Domain.Meldingen;

/// <summary>
/// Settings of the mail sender (<c>VLoket:Meldingen:*</c>). <see cref="LoketUrl"/> is where links point; the local host
/// fills it with its own address when it is not set.
/// </summary>
public sealed class MailInstellingen
{
    /// <summary>The front end's public address, e.g. <c>https://verenigingsloket.vlaanderen.be/</c>.</summary>
    public Uri? LoketUrl { get; set; }

    /// <summary>The API's public address for the unsubscribe links; the front end's when not set.</summary>
    public Uri? ApiUrl { get; set; }

    /// <summary>The wait after the first failed attempt; it doubles per attempt, up to <see cref="MaxWacht"/>.</summary>
    public TimeSpan Wacht { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxWacht { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a mail goes to operators (<see cref="VastgelopenMails"/>).</summary>
    public int MaxPogingen { get; set; } = 8;

    /// <summary>How long before an application's deadline its reminder goes out.</summary>
    public TimeSpan TermijnVooraf { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The wait before attempt <paramref name="pogingen"/> + 1.</summary>
    public TimeSpan WachtNa(int pogingen) =>
        TimeSpan.FromTicks(Math.Min(MaxWacht.Ticks, Wacht.Ticks * (1L << Math.Clamp(pogingen - 1, 0, 30))));
}
