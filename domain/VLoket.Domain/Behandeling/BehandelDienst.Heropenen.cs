using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;

namespace VLoket.Domain.Behandeling;

public sealed partial class BehandelDienst
{
    /// <summary>How long after a decision a team lead may reopen it.</summary>
    public static readonly TimeSpan Heropentermijn = TimeSpan.FromHours(24);

    /// <summary>
    /// A team lead reopens a decision within <see cref="Heropentermijn"/>: the case is back in handling with the team lead,
    /// the earlier decision stays in the case's exchanges, and the association's dossier shows it is handled again.
    /// </summary>
    public async Task<Zaakbeeld> HeropenAsync(Medewerker medewerker, string ovoCode, string dossierId, IDossierWorkflows workflows, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        var (zaak, versie) = await LeesAsync(instantie, dossierId, ct);
        if (!medewerker.IsTeamverantwoordelijkeVan(instantie.OvoCode))
        {
            throw new RegelFout("Alleen een teamverantwoordelijke heropent een beslissing.");
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
            Toestand = Toestanden.InBehandeling, Fase = Fasen.InBehandeling, Label = $"Heropend, opnieuw in behandeling bij {instantie.Naam}",
            Vraag = null, Besluit = null, WachtSinds = nu, ToegewezenAan = medewerker.Id, ToegewezenNaam = medewerker.Naam,
            Gesprek = [.. zaak.Gesprek, new Uitwisseling(nu, medewerker.Naam,
                $"Beslissing heropend (was: {besluit.Uitkomst} op {besluit.BeslistOp:yyyy-MM-dd HH:mm} door {besluit.BeslistDoor}).")],
        };
        // The decision ended the dossier's workflow: the dossier service starts it again for the same dossier, and the
        // restarted workflow finds this same case through the contract, so it needs no branch for the built-in agency.
        await zaken.BewaarAsync(zaak, versie, ct);
        await dossiers.HeropenAsync(instantie, zaak.DossierId, zaak.Fase, zaak.Label, workflows, ct);
        return await OpenAsync(medewerker, instantie.OvoCode, dossierId, ct);
    }

    /// <summary>True when the case has a decision taken less than <see cref="Heropentermijn"/> before <paramref name="nu"/>.</summary>
    public static bool KanHeropenen(Behandelzaak zaak, DateTimeOffset nu) =>
        zaak.Toestand == Toestanden.Beslist && zaak.Besluit is { } b && nu - b.BeslistOp <= Heropentermijn;
}
