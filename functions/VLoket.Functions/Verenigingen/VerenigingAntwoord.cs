using VLoket.Domain;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Uitnodigingen;
using Insz = VLoket.Domain.Verenigingen.Waarden.Insz;

namespace VLoket.Functions.Verenigingen;

/// <summary>
/// A representative as shown to a client: the INSZ in clear only to the person themself; <c>mandaat</c> is the function
/// at KBO their access rests on, if any.
/// </summary>
public sealed record VertegenwoordigerAntwoord(
    int VertegenwoordigerId, string Insz, string Voornaam, string Achternaam, string? Roepnaam, string? Rol, bool IsPrimair,
    string? EMail, string? Telefoon, string? Mobiel, KboMandaat? Mandaat);

/// <summary>An open invitation as the association's representatives see it: the INSZ masked, nothing from any source.</summary>
public sealed record UitnodigingAntwoord(int UitnodigingId, string Uitgenodigd, string? Rol, string? VerstuurdDoor, DateTimeOffset? VerstuurdOp);

/// <summary>An association as the API returns it (domain.md field names).</summary>
public sealed record VerenigingAntwoord(
    string VCode, Verenigingstype Verenigingstype, Verenigingstype? Verenigingssubtype, string Naam, string? KorteNaam,
    string? KorteBeschrijving, string? Startdatum, string? Einddatum, Doelgroep Doelgroep, string Status, string? KboNummer,
    List<Hoofdactiviteit> Hoofdactiviteiten, List<Werkingsgebied> Werkingsgebieden, List<Contactgegeven> Contactgegevens,
    List<Locatie> Locaties, List<VertegenwoordigerAntwoord> Vertegenwoordigers, List<Bankrekeningnummer> Bankrekeningnummers,
    List<string> AlleenLezenVelden, List<UitnodigingAntwoord> Uitnodigingen)
{
    public static VerenigingAntwoord Van(Vereniging v, Gebruiker lezer) => new(
        v.VCode, v.Verenigingstype, v.Verenigingssubtype, v.Naam, v.KorteNaam, v.KorteBeschrijving, v.Startdatum, v.Einddatum,
        v.Doelgroep, v.Status, v.KboNummer, v.Hoofdactiviteiten, v.Werkingsgebieden, v.Contactgegevens, v.Locaties,
        v.Vertegenwoordigers.Select(w => new VertegenwoordigerAntwoord(
            w.VertegenwoordigerId, w.Insz == lezer.Insz.Value ? w.Insz : Insz.Hydrate(w.Insz).Gemaskeerd, w.Voornaam, w.Achternaam,
            w.Roepnaam, w.Rol, w.IsPrimair, w.EMail, w.Telefoon, w.Mobiel, w.Mandaat)).ToList(),
        v.Bankrekeningnummers, v.KboVelden,
        v.Uitnodigingen.Select(u => new UitnodigingAntwoord(u.UitnodigingId, UitnodigingRegels.Weergave(u), u.Rol, u.VerstuurdDoor, u.VerstuurdOp)).ToList());
}
