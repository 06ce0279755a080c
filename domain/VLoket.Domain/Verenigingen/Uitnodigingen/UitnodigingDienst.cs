using VLoket.Domain.Privacy;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Verenigingen.Uitnodigingen;

/// <summary>An open invitation as the invited person sees it: which association, and who invited them.</summary>
public sealed record MijnUitnodiging(string VCode, string Naam, int UitnodigingId, string? Rol, string? VerstuurdDoor, DateTimeOffset? VerstuurdOp);

/// <summary>
/// Invitations seen from the invited person's side: finding them (by the keyed hash of their INSZ or sign-in e-mail
/// address), accepting and declining. They are not representatives yet, so they act without the association's ETag;
/// a concurrent change is retried on the newer version.
/// </summary>
public sealed class UitnodigingDienst(VerenigingRepository repository, VerenigingDienst verenigingen, UitnodigingIndex index, InszSleutel inszSleutel)
{
    const int Pogingen = 4;

    public async Task<IReadOnlyList<MijnUitnodiging>> MijnUitnodigingenAsync(Gebruiker gebruiker, CancellationToken ct = default)
    {
        var vCodes = new HashSet<string>(await index.VCodesAsync(inszSleutel.Hash(gebruiker.Insz), ct));
        if (gebruiker.EMail is { } eMail)
        {
            vCodes.UnionWith(await index.VCodesAsync(inszSleutel.HashEMail(eMail), ct));
        }

        var lijst = new List<MijnUitnodiging>();
        foreach (string vCode in vCodes)
        {
            // The index may name an invitation that was answered or withdrawn meanwhile; the association decides.
            if (await repository.LeesAsync(vCode, ct) is { } v)
            {
                lijst.AddRange(v.Waarde.Uitnodigingen.Where(u => UitnodigingRegels.IsVoor(u, gebruiker))
                    .Select(u => new MijnUitnodiging(vCode, v.Waarde.Naam, u.UitnodigingId, u.Rol, u.VerstuurdDoor, u.VerstuurdOp)));
            }
        }

        return lijst.OrderByDescending(u => u.VerstuurdOp).ToList();
    }

    public Task<Wijzigingsresultaat> AanvaardenAsync(string vCode, int id, Gebruiker gebruiker, CancellationToken ct = default) =>
        BeantwoordAsync(vCode, gebruiker, v => UitnodigingRegels.Aanvaarden(v, id, gebruiker), ct);

    public Task<Wijzigingsresultaat> WeigerenAsync(string vCode, int id, Gebruiker gebruiker, CancellationToken ct = default) =>
        BeantwoordAsync(vCode, gebruiker, v => UitnodigingRegels.Weigeren(v, id, gebruiker), ct);

    static string Geldig(string vCode)
    {
        try
        {
            return Waarden.VCode.Create(vCode, "vCode").Value;
        }
        catch (DomeinFout)
        {
            throw new NietGevondenFout(UitnodigingRegels.NietGevondenMelding);
        }
    }

    async Task<Wijzigingsresultaat> BeantwoordAsync(string vCode, Gebruiker gebruiker, Func<Vereniging, Wijziging> antwoord, CancellationToken ct)
    {
        for (int poging = 1; ; poging++)
        {
            // Someone who was not invited gets the same 404 as for an invitation that does not exist.
            var huidig = await repository.LeesAsync(Geldig(vCode), ct) ?? throw new NietGevondenFout(UitnodigingRegels.NietGevondenMelding);
            var (na, gebeurtenis, omschrijving) = antwoord(huidig.Waarde);
            try
            {
                return await verenigingen.BewaarAsync(huidig, na, [(gebeurtenis, omschrijving)], gebruiker, ct);
            }
            catch (VersieConflictFout) when (poging < Pogingen)
            {
                // Changed meanwhile (another edit or answer): answer again on the newer version.
            }
        }
    }
}
