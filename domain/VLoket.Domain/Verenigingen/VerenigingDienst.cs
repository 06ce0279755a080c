using System.Text.Json;
using VLoket.Domain.Delen;
using VLoket.Domain.Privacy;
using VLoket.Domain.Storage;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using VLoket.Domain.Verenigingen.Registratie;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen;

/// <summary>An association the signed-in person represents, for "my associations".</summary>
public sealed record MijnVereniging(string VCode, string Naam, Verenigingstype Verenigingstype, string Status, bool IsPrimair);

/// <summary>
/// The outcome of a change: the association as stored now, whether anything changed, and the change still to be passed
/// on to agencies when shared fields changed (its outbox row is stored with the association).
/// </summary>
public sealed record Wijzigingsresultaat(Opgeslagen<Vereniging> Vereniging, bool Gewijzigd, UitgaandeWijziging? Uitgaand = null);

/// <summary>
/// Reads and changes associations on behalf of a signed-in person. Only representatives get to see an association;
/// anyone else is told it does not exist. Every change needs the version last read (ETag) and records its history.
/// </summary>
public sealed class VerenigingDienst(
    VerenigingRepository repository, VertegenwoordigerIndex vertegenwoordigers, GemeenteIndex gemeenten,
    InszSleutel inszSleutel, TimeProvider klok, UitnodigingIndex uitnodigingen)
{
    public const string OnbekendMelding = "Deze vereniging bestaat niet of je bent er geen vertegenwoordiger van.";

    public DateOnly Vandaag => DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);

    public async Task<Opgeslagen<Vereniging>> LeesAsync(string? vCodeInvoer, Gebruiker gebruiker, CancellationToken ct = default) =>
        await ToegangAsync(GeldigeVCode(vCodeInvoer), gebruiker, ct);

    /// <summary>
    /// Reads something of the association (<paramref name="lees"/>, given the canonical vCode) while its access check
    /// runs, and hands it out only once the check passed: the request waits for one storage round trip instead of two.
    /// For someone without access the read is cancelled and its result never leaves this method.
    /// </summary>
    public async Task<(Opgeslagen<Vereniging> Vereniging, T Gelezen)> LeesMetAsync<T>(
        string? vCodeInvoer, Gebruiker gebruiker, Func<string, CancellationToken, Task<T>> lees, CancellationToken ct = default)
    {
        var vCode = GeldigeVCode(vCodeInvoer);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var gelezen = lees(vCode.Value, stop.Token);
        try
        {
            var vereniging = await ToegangAsync(vCode, gebruiker, ct);
            return (vereniging, await gelezen);
        }
        catch
        {
            stop.Cancel();
            try
            {
                await gelezen;
            }
            catch
            {
                // The access check's failure (or the read's own) is what the caller gets.
            }

            throw;
        }
    }

    static VCode GeldigeVCode(string? vCodeInvoer)
    {
        try
        {
            return VCode.Create(vCodeInvoer, "vCode");
        }
        catch (DomeinFout)
        {
            throw new NietGevondenFout(OnbekendMelding);
        }
    }

    async Task<Opgeslagen<Vereniging>> ToegangAsync(VCode vCode, Gebruiker gebruiker, CancellationToken ct)
    {
        var opgeslagen = await repository.LeesAsync(vCode.Value, ct);
        if (opgeslagen is null || !IsVertegenwoordiger(opgeslagen.Waarde, gebruiker))
        {
            throw new NietGevondenFout(OnbekendMelding);
        }

        return opgeslagen;
    }

    public async Task<IReadOnlyList<HistoriekItem>> HistoriekAsync(string? vCode, Gebruiker gebruiker, CancellationToken ct = default)
    {
        var v = await LeesAsync(vCode, gebruiker, ct);
        return await repository.HistoriekAsync(v.Waarde.VCode, ct);
    }

    public async Task<IReadOnlyList<MijnVereniging>> MijnVerenigingenAsync(Gebruiker gebruiker, CancellationToken ct = default)
    {
        var lijst = new List<MijnVereniging>();
        foreach (string vCode in await vertegenwoordigers.VCodesAsync(inszSleutel.Hash(gebruiker.Insz), ct))
        {
            // The index may briefly name an association the person no longer represents; the association decides.
            if (await repository.LeesAsync(vCode, ct) is { } v && v.Waarde.Vertegenwoordigers.FirstOrDefault(w => w.Insz == gebruiker.Insz.Value) is { } ik)
            {
                lijst.Add(new MijnVereniging(v.Waarde.VCode, v.Waarde.Naam, v.Waarde.Verenigingstype, v.Waarde.Status, ik.IsPrimair));
            }
        }

        return lijst.OrderBy(m => m.Naam, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>
    /// Applies <paramref name="wijziging"/> to the association if <paramref name="ifMatch"/> is still its version.
    /// A change that changes nothing is not stored and records no history.
    /// </summary>
    public async Task<Wijzigingsresultaat> WijzigAsync(
        string? vCode, string? ifMatch, Gebruiker gebruiker, Func<Vereniging, Wijziging> wijziging, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw new VersieVereistFout();
        }

        var huidig = await LeesAsync(vCode, gebruiker, ct);
        if (!EtagGelijk(ifMatch, huidig.ETag))
        {
            throw new VersieConflictFout();
        }

        var (na, gebeurtenis, omschrijving) = wijziging(huidig.Waarde);
        return await BewaarAsync(huidig, na, [(gebeurtenis, omschrijving)], gebruiker, ct);
    }

    /// <summary>
    /// Stores <paramref name="na"/> over <paramref name="huidig"/> (its ETag guards the write) with one history line per
    /// event, keeping the representative and municipality indexes in step. The caller has checked access.
    /// </summary>
    public async Task<Wijzigingsresultaat> BewaarAsync(Opgeslagen<Vereniging> huidig, Vereniging na,
        IReadOnlyList<(string Gebeurtenis, string Omschrijving)> gebeurtenissen, Gebruiker gebruiker, CancellationToken ct = default)
    {
        if (JsonSerializer.Serialize(na, JsonEigenschappen.Opties) == JsonSerializer.Serialize(huidig.Waarde, JsonEigenschappen.Opties))
        {
            return new Wijzigingsresultaat(huidig, Gewijzigd: false);
        }

        var voorInsz = huidig.Waarde.Vertegenwoordigers.Select(w => w.Insz).ToHashSet();
        var naInsz = na.Vertegenwoordigers.Select(w => w.Insz).ToHashSet();
        foreach (string insz in naInsz.Except(voorInsz))
        {
            await vertegenwoordigers.VoegToeAsync(inszSleutel.Hash(Insz.Hydrate(insz)), na.VCode, ct);
        }

        var voorUitgenodigd = huidig.Waarde.Uitnodigingen.Select(Sleutel).ToHashSet();
        var naUitgenodigd = na.Uitnodigingen.Select(Sleutel).ToHashSet();
        foreach (string sleutel in naUitgenodigd.Except(voorUitgenodigd))
        {
            await uitnodigingen.VoegToeAsync(sleutel, na.VCode, ct);
        }

        var tijdstip = klok.GetUtcNow();
        // A new invitation says who sent it and when, from the write itself (as its history line does).
        na = na with { Uitnodigingen = na.Uitnodigingen.Select(u => u.VerstuurdOp is null
            ? u with { VerstuurdOp = tijdstip, VerstuurdDoor = gebruiker.VolledigeNaam } : u).ToList() };
        var items = gebeurtenissen.Select(g => new HistoriekItem(tijdstip, g.Gebeurtenis, g.Omschrijving, RegistratieDienst.Door(gebruiker))).ToList();
        // Once only: a change of shared fields goes to the outbox in the same transaction, so it cannot be lost.
        var gedeeld = GedeeldeVelden.Gewijzigd(huidig.Waarde, na);
        var uitgaand = gedeeld.Count > 0 ? UitgaandeWijziging.Nieuw(na.VCode, gedeeld, tijdstip) : null;
        // A new invitation by e-mail is mailed through the mail outbox, also in this transaction.
        string etag = await repository.BewaarAsync(na, huidig.ETag, items, ct, uitgaand, Meldingen.MailMomenten.Uitnodigingen(huidig.Waarde, na, tijdstip));

        foreach (string insz in voorInsz.Except(naInsz))
        {
            await vertegenwoordigers.VerwijderAsync(inszSleutel.Hash(Insz.Hydrate(insz)), na.VCode, ct);
        }

        foreach (string sleutel in voorUitgenodigd.Except(naUitgenodigd))
        {
            await uitnodigingen.VerwijderAsync(sleutel, na.VCode, ct);
        }

        // The municipality index holds name, locations, activities, status and the eligibility profile; other changes leave it as is.
        if (GemeenteIndex.MoetBijwerken(huidig.Waarde, na))
        {
            await gemeenten.BijwerkenAsync(huidig.Waarde, na, DuplicaatControle.Gemeenten, ct);
        }

        return new Wijzigingsresultaat(new Opgeslagen<Vereniging>(na, etag), Gewijzigd: true, uitgaand);
    }

    /// <summary>The look-up key of an invitation: the keyed hash of its INSZ or e-mail address.</summary>
    public string Sleutel(Uitnodiging u) => u.Insz is not null ? inszSleutel.Hash(Insz.Hydrate(u.Insz)) : inszSleutel.HashEMail(u.EMail!);

    public static bool IsVertegenwoordiger(Vereniging v, Gebruiker gebruiker) => v.Vertegenwoordigers.Any(w => w.Insz == gebruiker.Insz.Value);

    // Accepts the ETag with or without quotes and a weak prefix, as clients and proxies send it back.
    static bool EtagGelijk(string ifMatch, string etag) =>
        Kaal(ifMatch) == Kaal(etag);

    static string Kaal(string etag) => etag.Trim().Replace("W/", string.Empty, StringComparison.Ordinal).Trim('"');
}

/// <summary>A change to an association: its new state, and what goes into the history.</summary>
public sealed record Wijziging(Vereniging Na, string Gebeurtenis, string Omschrijving);
