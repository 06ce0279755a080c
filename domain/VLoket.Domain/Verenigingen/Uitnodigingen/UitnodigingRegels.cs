using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Uitnodigingen;

/// <summary>Body of <c>POST /api/verenigingen/{vCode}/uitnodigingen</c>: an INSZ or an e-mail address, and optionally a role.</summary>
public sealed record UitnodigingInvoer(string? Insz, string? EMail, string? Rol);

/// <summary>Body of <c>POST /api/verenigingen/{vCode}/vertegenwoordigers/mij/vertrekken</c>.</summary>
public sealed record VertrekInvoer(int? NieuwePrimaireVertegenwoordigerId);

/// <summary>
/// Co-representatives by invitation and consent: a representative invites someone (by INSZ or e-mail address), who
/// becomes a representative only by accepting after signing in. Until then nothing about them is shown and no source is
/// asked about them: an invitation is not a representative. Every step is a change with its own history line.
/// </summary>
public static class UitnodigingRegels
{
    /// <summary>
    /// The most invitations an association has open at once: each one by e-mail sends a mail under the loket's name, so
    /// one association must not be able to send any number of them. Withdrawn, accepted or refused, an invitation frees its place.
    /// </summary>
    public const int MaxOpen = 25;

    public static Wijziging Uitnodigen(Vereniging v, UitnodigingInvoer? invoer)
    {
        if (v.Uitnodigingen.Count >= MaxOpen)
        {
            throw new RegelFout($"Er staan al {MaxOpen} uitnodigingen open. Trek er een in, of wacht tot er een aanvaard of geweigerd is.");
        }

        var fouten = new FoutVerzamelaar();
        string? insz = null, eMail = null;
        if (string.IsNullOrWhiteSpace(invoer?.Insz) == string.IsNullOrWhiteSpace(invoer?.EMail))
        {
            fouten.Voeg("insz", "Geef het INSZ of het e-mailadres van de persoon die je uitnodigt (één van beide).");
        }
        else if (!string.IsNullOrWhiteSpace(invoer!.Insz))
        {
            insz = fouten.Probeer(() => Waarden.Insz.Create(invoer.Insz, "insz"))?.Value;
        }
        else
        {
            eMail = fouten.Probeer(() => ContactgegevenWaarde.CreateVoorType(Codelijsten.Contactgegeventypes.EMail, invoer.EMail, "eMail"))?.Waarde.Trim().ToLowerInvariant();
        }

        string? rol = fouten.Probeer(() => Tekst.Optioneel(invoer?.Rol, "rol"));
        fouten.GooiAlsFouten();
        if (insz is not null && v.Vertegenwoordigers.Any(w => w.Insz == insz))
        {
            throw new DomeinFout("insz", "Deze persoon is al vertegenwoordiger van de vereniging.");
        }

        if (v.Uitnodigingen.Any(u => (insz is not null && u.Insz == insz) || (eMail is not null && u.EMail == eMail)))
        {
            throw new DomeinFout(insz is not null ? "insz" : "eMail", "Deze persoon is al uitgenodigd.");
        }

        // Who sent it and when are stamped by the write, as for its history line.
        var uitnodiging = new Uitnodiging(v.VolgendeId, insz, eMail, rol, null, null);
        return new Wijziging(v with { Uitnodigingen = [.. v.Uitnodigingen, uitnodiging], VolgendeId = v.VolgendeId + 1 },
            "UitnodigingWerdVerstuurd", $"Uitnodiging {uitnodiging.UitnodigingId} verstuurd naar {Weergave(uitnodiging)}.");
    }

    public static Wijziging Intrekken(Vereniging v, int id)
    {
        var u = Zoek(v, id);
        return new Wijziging(Zonder(v, id), "UitnodigingWerdIngetrokken", $"Uitnodiging {id} aan {Weergave(u)} ingetrokken.");
    }

    /// <summary>The invited person accepts: they become a representative under the name from their own sign-in.</summary>
    public static Wijziging Aanvaarden(Vereniging v, int id, Gebruiker gebruiker)
    {
        var u = VoorMij(v, id, gebruiker);
        if (v.Vertegenwoordigers.Any(w => w.Insz == gebruiker.Insz.Value))
        {
            return new Wijziging(Zonder(v, id), "UitnodigingWerdAanvaard", $"Uitnodiging {id} aanvaard; {gebruiker.VolledigeNaam} was al vertegenwoordiger.");
        }

        var w = new Vertegenwoordiger(v.VolgendeId, gebruiker.Insz.Value, gebruiker.Voornaam, gebruiker.Achternaam, null, u.Rol,
            v.Vertegenwoordigers.All(x => !x.IsPrimair), u.EMail, null, null);
        return new Wijziging(Zonder(v, id) with { Vertegenwoordigers = [.. v.Vertegenwoordigers, w], VolgendeId = v.VolgendeId + 1 },
            "UitnodigingWerdAanvaard", $"Uitnodiging {id} aanvaard: {gebruiker.VolledigeNaam} is nu vertegenwoordiger.");
    }

    public static Wijziging Weigeren(Vereniging v, int id, Gebruiker gebruiker)
    {
        VoorMij(v, id, gebruiker);
        return new Wijziging(Zonder(v, id), "UitnodigingWerdGeweigerd", $"Uitnodiging {id} geweigerd door de uitgenodigde persoon.");
    }

    /// <summary>A representative leaves. The primary one must name their successor first; the last one cannot leave.</summary>
    public static Wijziging Vertrekken(Vereniging v, Gebruiker gebruiker, VertrekInvoer? invoer)
    {
        var ik = v.Vertegenwoordigers.First(w => w.Insz == gebruiker.Insz.Value);
        var anderen = v.Vertegenwoordigers.Where(w => w.VertegenwoordigerId != ik.VertegenwoordigerId).ToList();
        if (anderen.Count == 0)
        {
            throw new RegelFout("Je bent de laatste vertegenwoordiger: nodig eerst iemand uit die de vereniging kan overnemen, of stop de vereniging.");
        }

        string omschrijving = $"{ik.Voornaam} {ik.Achternaam} is geen vertegenwoordiger meer (zelf vertrokken).";
        if (ik.IsPrimair)
        {
            var opvolger = anderen.FirstOrDefault(w => w.VertegenwoordigerId == invoer?.NieuwePrimaireVertegenwoordigerId)
                ?? throw new RegelFout("Je bent de primaire vertegenwoordiger: duid eerst aan wie dat wordt (nieuwePrimaireVertegenwoordigerId).",
                    "nieuwePrimaireVertegenwoordigerId");
            anderen = anderen.Select(w => w with { IsPrimair = w.VertegenwoordigerId == opvolger.VertegenwoordigerId }).ToList();
            omschrijving += $" {opvolger.Voornaam} {opvolger.Achternaam} is nu de primaire vertegenwoordiger.";
        }

        return new Wijziging(v with { Vertegenwoordigers = anderen }, "VertegenwoordigerVertrok", omschrijving);
    }

    /// <summary>
    /// At registration, the people the registrant lists besides themself are invited, not made representatives: only
    /// their INSZ, role and e-mail address are kept, until they accept. The address carries the invitation mail the
    /// registration form promises; accepting still goes by the INSZ.
    /// </summary>
    public static Vereniging UitRegistratie(Vereniging v, Gebruiker registrant, DateTimeOffset nu)
    {
        var anderen = v.Vertegenwoordigers.Where(w => w.Insz != registrant.Insz.Value).ToList();
        return v with
        {
            Vertegenwoordigers = v.Vertegenwoordigers.Where(w => w.Insz == registrant.Insz.Value).ToList(),
            Uitnodigingen = anderen.Select(w => new Uitnodiging(w.VertegenwoordigerId, w.Insz, string.IsNullOrWhiteSpace(w.EMail) ? null : w.EMail.Trim(), w.Rol, nu,
                registrant.VolledigeNaam)).ToList(),
        };
    }

    /// <summary>How an invitation is shown to the association: the INSZ masked, the e-mail address as typed by the inviter.</summary>
    public static string Weergave(Uitnodiging u) => u.Insz is not null ? Waarden.Insz.Hydrate(u.Insz).Gemaskeerd : u.EMail!;

    /// <summary>Whether the invitation is for this signed-in person (their INSZ, or the verified e-mail address of their sign-in).</summary>
    public static bool IsVoor(Uitnodiging u, Gebruiker gebruiker) =>
        (u.Insz is not null && u.Insz == gebruiker.Insz.Value)
        || (u.EMail is not null && gebruiker.EMail is not null && string.Equals(u.EMail, gebruiker.EMail.Trim(), StringComparison.OrdinalIgnoreCase));

    static Uitnodiging VoorMij(Vereniging v, int id, Gebruiker gebruiker) =>
        v.Uitnodigingen.FirstOrDefault(u => u.UitnodigingId == id && IsVoor(u, gebruiker))
        ?? throw new NietGevondenFout(NietGevondenMelding);

    static Uitnodiging Zoek(Vereniging v, int id) =>
        v.Uitnodigingen.FirstOrDefault(u => u.UitnodigingId == id) ?? throw new NietGevondenFout(NietGevondenMelding);

    static Vereniging Zonder(Vereniging v, int id) => v with { Uitnodigingen = v.Uitnodigingen.Where(u => u.UitnodigingId != id).ToList() };

    public const string NietGevondenMelding = "Deze uitnodiging bestaat niet (meer).";
}
