using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Behandeling;

public sealed partial class BehandelDienst
{
    /// <summary>How long after a decision a team lead may reopen it.</summary>
    public static readonly TimeSpan Heropentermijn = TimeSpan.FromHours(24);

    /// <summary>
    /// A team lead reopens a decision within <see cref="Heropentermijn"/>: the case is back in handling with the team lead,
    /// the earlier decision stays in the case's exchanges, and the association's dossier shows it is handled again. A retry
    /// of a reopening that stopped halfway finishes it.
    /// </summary>
    public async Task<Zaakbeeld> HeropenAsync(Medewerker medewerker, string ovoCode, string dossierId, IDossierWorkflows workflows, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        if (!medewerker.IsTeamverantwoordelijkeVan(instantie.OvoCode))
        {
            throw new RegelFout("Alleen een teamverantwoordelijke heropent een beslissing.");
        }

        var (zaak, versie) = await LeesAsync(instantie, dossierId, ct);
        if (zaak.HeropendOp is not null)
        {
            await VoltooiHeropeningAsync(instantie, dossierId, workflows, ct);
            return await OpenAsync(medewerker, instantie.OvoCode, dossierId, ct);
        }

        var nu = klok.GetUtcNow();
        if (!KanHeropenen(zaak, nu))
        {
            throw new RegelFout(zaak.Besluit is null
                ? "Deze aanvraag heeft geen beslissing om te heropenen."
                : "Een beslissing heropenen kan alleen binnen 24 uur na de beslissing.");
        }

        await dossiers.VereisHeropenbaarAsync(instantie, zaak.DossierId, ct);
        var besluit = zaak.Besluit!;
        zaak = zaak with
        {
            Toestand = Toestanden.InBehandeling, Fase = Fasen.InBehandeling, Label = HeropenLabel(instantie),
            Vraag = null, Besluit = null, WachtSinds = nu, ToegewezenAan = medewerker.Id, ToegewezenNaam = medewerker.Naam, HeropendOp = nu,
            Gesprek = [.. zaak.Gesprek, new Uitwisseling(nu, medewerker.Naam,
                $"Beslissing heropend (was: {besluit.Uitkomst} op {besluit.BeslistOp:yyyy-MM-dd HH:mm} door {besluit.BeslistDoor}).")],
        };
        // The case says first that it was reopened and that the rest must follow; should what follows stop, the next action
        // on the case, a retry, or the hourly sweep (VoltooiHeropeningenAsync) finishes it.
        await zaken.BewaarAsync(zaak, versie, ct);
        await VoltooiHeropeningAsync(instantie, dossierId, workflows, ct);
        return await OpenAsync(medewerker, instantie.OvoCode, dossierId, ct);
    }

    /// <summary>True when the case has a decision taken less than <see cref="Heropentermijn"/> before <paramref name="nu"/>.</summary>
    public static bool KanHeropenen(Behandelzaak zaak, DateTimeOffset nu) =>
        zaak.Toestand == Toestanden.Beslist && zaak.Besluit is { } b && nu - b.BeslistOp <= Heropentermijn;

    /// <summary>
    /// Finishes the reopenings of every agency in the behandelloket that stopped halfway and are older than
    /// <see cref="DossierDienst.HerstelNa"/> (so a reopening still under way is left to its request). One that fails is
    /// tried again next round and holds up no other; a mark whose case no longer says it was reopened is removed. Returns
    /// how many were finished and how many failed.
    /// </summary>
    public async Task<(int Voltooid, int Mislukt)> VoltooiHeropeningenAsync(IDossierWorkflows workflows, DateTimeOffset? nu = null,
        CancellationToken ct = default)
    {
        var tijd = nu ?? klok.GetUtcNow();
        int voltooid = 0, mislukt = 0;
        foreach (var instantie in instanties.Alle.Where(i => i.InLoket))
        {
            foreach (var (dossierId, heropendOp) in await zaken.OpenHeropeningenAsync(instantie.OvoCode, ct))
            {
                if (heropendOp > tijd - DossierDienst.HerstelNa)
                {
                    continue;
                }

                try
                {
                    if ((await zaken.LeesAsync(instantie.OvoCode, dossierId, ct))?.Zaak.HeropendOp is null)
                    {
                        await zaken.VerwijderHeropeningAsync(instantie.OvoCode, dossierId, ct);
                        continue;
                    }

                    await VoltooiHeropeningAsync(instantie, dossierId, workflows, ct);
                    voltooid++;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    mislukt++;
                }
            }
        }

        return (voltooid, mislukt);
    }

    /// <summary>
    /// Reads the case for an action; a reopening that stopped halfway is finished first, so the action's report reaches a
    /// dossier that shows the reopening and a workflow that runs.
    /// </summary>
    async Task<(Behandelzaak Zaak, Azure.ETag Versie)> LeesVoorActieAsync(Instantie instantie, string dossierId, IDossierWorkflows workflows, CancellationToken ct)
    {
        var gelezen = await LeesAsync(instantie, dossierId, ct);
        return gelezen.Zaak.HeropendOp is null ? gelezen : await VoltooiHeropeningAsync(instantie, dossierId, workflows, ct);
    }

    /// <summary>Brings the dossier and its workflow in line with the case's reopening, then clears the case's mark.</summary>
    async Task<(Behandelzaak Zaak, Azure.ETag Versie)> VoltooiHeropeningAsync(Instantie instantie, string dossierId, IDossierWorkflows workflows,
        CancellationToken ct)
    {
        for (int poging = 1; ; poging++)
        {
            var (zaak, versie) = await LeesAsync(instantie, dossierId, ct);
            if (zaak.HeropendOp is not { } heropendOp)
            {
                return (zaak, versie);
            }

            // The decision ended the dossier's workflow: the dossier service starts it again for the same dossier, and the
            // restarted workflow finds this same case through the contract, so it needs no branch for the built-in agency.
            await dossiers.VolgHeropeningAsync(instantie, dossierId, heropendOp, HeropenLabel(instantie), workflows, ct);
            try
            {
                await zaken.SluitHeropeningAsync(zaak, versie, ct);
                return (await LeesAsync(instantie, dossierId, ct));
            }
            catch (VersieConflictFout) when (poging < 3)
            {
                // Someone else finished it or acted on the case meanwhile: read again.
            }
        }
    }

    static string HeropenLabel(Instantie instantie) => $"Heropend, opnieuw in behandeling bij {instantie.Naam}";
}
