using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Meldingen;

/// <summary>What the daily digest did for one representative.</summary>
public enum BundelStatus { Verzonden, AlVerzonden, Leeg, Mislukt }

public sealed record BundelUitkomst(string VCode, int VertegenwoordigerId, BundelStatus Status, int Aantal, Exception? Fout = null);

/// <summary>
/// The daily digest: one mail per representative per day listing what <see cref="MailBundels"/> collected for them. Its
/// idempotency key is <c>bundel.{day}</c> (Brussels date) per representative in <see cref="MailRegister"/>, so a rerun the
/// same day sends nothing again; after the send the listed items are removed. A crash between send and removal is healed
/// on the next run: the register's <c>Tot</c> says which items the sent digest held, and only those are removed.
/// </summary>
public sealed class MailBundelaar(
    MailBundels bundels, MailRegister register, MailBezorger bezorger, VerenigingRepository verenigingen, IMailVerzender verzender,
    AfmeldToken afmeldToken, MailInstellingen instellingen, TimeProvider klok)
{
    static readonly TimeZoneInfo Brussel = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The idempotency key of the digest of the day <paramref name="op"/> falls on in Brussels.</summary>
    public static string Sleutel(DateTimeOffset op) =>
        "bundel." + TimeZoneInfo.ConvertTime(op, Brussel).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>One round: sends today's digests that are not sent yet.</summary>
    public async Task<IReadOnlyList<BundelUitkomst>> VerstuurAsync(CancellationToken ct = default)
    {
        string sleutel = Sleutel(klok.GetUtcNow());
        var uitkomsten = new List<BundelUitkomst>();
        foreach (var bundel in await bundels.AllesAsync(ct))
        {
            try
            {
                uitkomsten.Add(await VerstuurAsync(bundel, sleutel, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The items stay; a later run today tries again, and one representative's failure holds up no other.
                uitkomsten.Add(new BundelUitkomst(bundel.VCode, bundel.VertegenwoordigerId, BundelStatus.Mislukt, 0, e));
            }
        }

        return uitkomsten;
    }

    async Task<BundelUitkomst> VerstuurAsync(Bundel bundel, string sleutel, CancellationToken ct)
    {
        string ontvanger = MailRegister.Ontvanger(bundel.VertegenwoordigerId);
        if (await register.VerzondenTotAsync(bundel.VCode, sleutel, ontvanger, ct) is { } tot)
        {
            // Sent today already (perhaps by a run that died before removing): what it held goes; what came later waits for tomorrow.
            await VerwijderAsync(bundel, bundel.Mails.Where(m => m.Op <= tot), ct, gemeld: true);
            return new BundelUitkomst(bundel.VCode, bundel.VertegenwoordigerId, BundelStatus.AlVerzonden, 0);
        }

        var vereniging = (await verenigingen.LeesAsync(bundel.VCode, ct))?.Waarde;
        var v = vereniging?.Vertegenwoordigers.FirstOrDefault(w => w.VertegenwoordigerId == bundel.VertegenwoordigerId);
        var onderwerpen = new List<MailOnderwerp>();
        if (vereniging is not null && !string.IsNullOrWhiteSpace(v?.EMail))
        {
            foreach (var m in bundel.Mails.OrderBy(m => m.Op))
            {
                if (await bezorger.OnderwerpAsync(m.Mail, vereniging, ct) is { } o)
                {
                    onderwerpen.Add(o);
                }
            }
        }

        if (onderwerpen.Count == 0)
        {
            // No longer a representative, no address, or everything it was about is gone: nothing to tell.
            await VerwijderAsync(bundel, bundel.Mails, ct);
            return new BundelUitkomst(bundel.VCode, bundel.VertegenwoordigerId, BundelStatus.Leeg, 0);
        }

        var mail = BundelOpsteller.Stel(onderwerpen, $"{bundel.VCode}.{sleutel}", v!.EMail!, ontvanger, LoketUrl, AfmeldUrl(bundel, onderwerpen));
        await verzender.VerstuurAsync(mail, ct);
        await register.MarkeerAsync(bundel.VCode, sleutel, ontvanger, ct, bundel.Mails.Max(m => m.Op));
        await VerwijderAsync(bundel, bundel.Mails, ct, gemeld: true);
        return new BundelUitkomst(bundel.VCode, bundel.VertegenwoordigerId, BundelStatus.Verzonden, onderwerpen.Count);
    }

    /// <summary>
    /// One-click unsubscribe (RFC 8058) carries one kind: the first listed kind that can be switched off, since unsubscribing
    /// from an "Actie nodig" kind keeps it in the digest.
    /// </summary>
    Uri AfmeldUrl(Bundel bundel, IReadOnlyList<MailOnderwerp> onderwerpen)
    {
        var soorten = onderwerpen.Select(o => o.Uitgaand.Soort).ToList();
        var soort = soorten.FirstOrDefault(s => !MailSoorten.ActieNodig.Contains(s), soorten[0]);
        string token = afmeldToken.Maak(new Afmelding(bundel.VCode, bundel.VertegenwoordigerId, soort));
        return new Uri(instellingen.ApiUrl ?? LoketUrl, "api/meldingen/afmelden?token=" + Uri.EscapeDataString(token));
    }

    /// <summary>
    /// Removes collected items; <paramref name="gemeld"/>: a sent digest listed them, so each is first recorded as sent to
    /// this representative, and the outbox row, should it come round again (a retry for another recipient, an operator's
    /// resend), does not collect it a second time.
    /// </summary>
    async Task VerwijderAsync(Bundel bundel, IEnumerable<GebundeldeMail> mails, CancellationToken ct, bool gemeld = false)
    {
        string ontvanger = MailRegister.Ontvanger(bundel.VertegenwoordigerId);
        foreach (var m in mails)
        {
            if (gemeld)
            {
                await register.MarkeerAsync(bundel.VCode, m.Mail.Sleutel, ontvanger, ct);
            }

            await bundels.VerwijderAsync(bundel.VCode, bundel.VertegenwoordigerId, m.Mail, ct);
        }
    }

    Uri LoketUrl => instellingen.LoketUrl ?? throw new InvalidOperationException("VLoket:Meldingen:LoketUrl is not set.");
}
