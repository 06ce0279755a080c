using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Meldingen;

/// <summary>What became of one outbox row in a round.</summary>
public enum MailStatus { Bezorgd, Uitgesteld, Vastgelopen, Bezet }

public sealed record MailUitkomst(string Sleutel, string VCode, MailStatus Status, Exception? Fout = null);

/// <summary>
/// Empties the outbox: claims each due row, schedules its reminder, sends it to each recipient as they chose (at once, in
/// the daily digest, or not) unless the register says it went already, then removes the row. A failure waits longer each
/// attempt (<see cref="MailInstellingen.WachtNa"/>); after <see cref="MailInstellingen.MaxPogingen"/> it goes to operators.
/// </summary>
public sealed class MailBezorger(
    MailUitbox uitbox, MailRegister register, VastgelopenMails vastgelopen, MailVoorkeuren voorkeuren, MailBundels bundels,
    VerenigingRepository verenigingen, DossierRepository dossiers, DienstCatalogus catalogus, IMailVerzender verzender,
    AfmeldToken afmeldToken, MailInstellingen instellingen, TimeProvider klok)
{
    /// <summary>One round over the due rows.</summary>
    public async Task<IReadOnlyList<MailUitkomst>> VerwerkAsync(IHerinneringPlanner planner, CancellationToken ct = default)
    {
        var uitkomsten = new List<MailUitkomst>();
        foreach (var (mail, etag) in await uitbox.TeVersturenAsync(ct))
        {
            if (!await uitbox.ClaimAsync(mail, etag, ct))
            {
                uitkomsten.Add(new MailUitkomst(mail.Sleutel, mail.VCode, MailStatus.Bezet));
                continue;
            }

            try
            {
                if (mail.Herinnering is not null)
                {
                    await planner.PlanAsync(mail, ct);
                }

                if (mail.Versturen)
                {
                    await BezorgAsync(mail, ct);
                }

                await uitbox.VerwijderAsync(mail, ct);
                uitkomsten.Add(new MailUitkomst(mail.Sleutel, mail.VCode, MailStatus.Bezorgd));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                uitkomsten.Add(await MisluktAsync(mail, e, ct));
            }
        }

        return uitkomsten;
    }

    async Task<MailUitkomst> MisluktAsync(UitgaandeMail mail, Exception fout, CancellationToken ct)
    {
        // The type only: a server's message may name an address.
        var na = mail with { Pogingen = mail.Pogingen + 1, LaatsteFout = fout.GetType().Name };
        if (na.Pogingen >= instellingen.MaxPogingen)
        {
            await vastgelopen.BewaarAsync(na, ct);
            await uitbox.VerwijderAsync(mail, ct);
            return new MailUitkomst(mail.Sleutel, mail.VCode, MailStatus.Vastgelopen, fout);
        }

        await uitbox.UitstellenAsync(na with { VolgendePoging = klok.GetUtcNow() + instellingen.WachtNa(na.Pogingen) }, ct);
        return new MailUitkomst(mail.Sleutel, mail.VCode, MailStatus.Uitgesteld, fout);
    }

    async Task BezorgAsync(UitgaandeMail mail, CancellationToken ct)
    {
        var vereniging = (await verenigingen.LeesAsync(mail.VCode, ct))?.Waarde;
        if (vereniging is null)
        {
            return;
        }

        var onderwerp = await OnderwerpAsync(mail, vereniging, ct);
        if (onderwerp is null)
        {
            return;
        }

        if (mail.Soort == MailSoort.Uitnodiging)
        {
            var uitnodiging = vereniging.Uitnodigingen.FirstOrDefault(u => u.UitnodigingId.ToString(System.Globalization.CultureInfo.InvariantCulture) == mail.Referentie);
            if (uitnodiging?.EMail is { } adres)
            {
                await StuurAsync(mail, $"u{uitnodiging.UitnodigingId}", () => MailOpsteller.Stel(onderwerp, adres, $"u{uitnodiging.UitnodigingId}", LoketUrl, null), ct);
            }

            return;
        }

        foreach (var v in vereniging.Vertegenwoordigers.Where(v => !string.IsNullOrWhiteSpace(v.EMail)))
        {
            string ontvanger = MailRegister.Ontvanger(v.VertegenwoordigerId);
            var keuze = MailSoorten.Instelbaar.Contains(mail.Soort)
                ? (await voorkeuren.LeesAsync(mail.VCode, v.VertegenwoordigerId, ct))[mail.Soort]
                : MailKeuze.Onmiddellijk;
            if (keuze == MailKeuze.Geen)
            {
                continue;
            }

            if (keuze == MailKeuze.Dagelijks)
            {
                // A digest that listed it records it like an immediate send, so a retried row is not listed again tomorrow.
                if (!await register.IsVerzondenAsync(mail.VCode, mail.Sleutel, ontvanger, ct))
                {
                    await bundels.VoegToeAsync(v.VertegenwoordigerId, mail, ct);
                }

                continue;
            }

            var afmelden = new Uri(ApiUrl, "api/meldingen/afmelden?token=" + Uri.EscapeDataString(afmeldToken.Maak(new Afmelding(mail.VCode, v.VertegenwoordigerId, mail.Soort))));
            await StuurAsync(mail, ontvanger, () => MailOpsteller.Stel(onderwerp, v.EMail!, ontvanger, LoketUrl, afmelden), ct);
        }
    }

    async Task StuurAsync(UitgaandeMail mail, string ontvanger, Func<Mail> stel, CancellationToken ct)
    {
        if (await register.IsVerzondenAsync(mail.VCode, mail.Sleutel, ontvanger, ct))
        {
            return;
        }

        await verzender.VerstuurAsync(stel(), ct);
        await register.MarkeerAsync(mail.VCode, mail.Sleutel, ontvanger, ct);
    }

    /// <summary>What the mail is about, or null when that is gone or no longer true (a reminder for a dossier already handled).</summary>
    public async Task<MailOnderwerp?> OnderwerpAsync(UitgaandeMail mail, Vereniging vereniging, CancellationToken ct)
    {
        bool herinnering = mail.Sleutel.EndsWith(".herinnering", StringComparison.Ordinal);
        if (mail.DossierId is { } id)
        {
            var dossier = await dossiers.LeesAsync(mail.VCode, id, ct);
            return dossier is null ? null : new MailOnderwerp(mail, vereniging.Naam, dossier, null, herinnering);
        }

        string? dienstnaam = mail.Soort == MailSoort.Dienstvenster && mail.Referentie is { } r
            ? (await catalogus.HuidigAsync(ct)).Zoek(r.Split('.')[0])?.Naam.Nl
            : null;
        return new MailOnderwerp(mail, vereniging.Naam, null, dienstnaam, herinnering);
    }

    Uri LoketUrl => instellingen.LoketUrl ?? throw new InvalidOperationException("VLoket:Meldingen:LoketUrl is not set.");

    Uri ApiUrl => instellingen.ApiUrl ?? LoketUrl;
}
