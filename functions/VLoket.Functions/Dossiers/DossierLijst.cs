using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Functions.Dossiers;

/// <summary>
/// An association's dossiers, as <c>GET /api/verenigingen/{vCode}/dossiers</c> lists them (what needs action first):
/// a summary of each; <c>GET …/dossiers/{dossierId}</c> gives a dossier whole (answers, history, documents).
/// </summary>
public sealed record DossierLijst(string VCode, List<DossierInLijst> Dossiers);

/// <summary>
/// One dossier in the list: the service and the agency, where it stands (<c>status</c>), whether it waits for the
/// association (<c>actieNodig</c>, with what to do in <c>actie</c>), when it was submitted and its deadline
/// (<c>uiterlijk</c>). A draft (phase <c>Concept</c>) says when it was last saved (<c>bijgewerktOp</c>) and when it will
/// be removed unless someone saves it again (<c>verwijderdOp</c>); a reservation says what it reserves (<c>reservatie</c>).
/// </summary>
public sealed record DossierInLijst(
    string DossierId, string Productnummer, string Dienstnaam, string Entiteit, string Instantienaam, string? DossierNummer,
    DossierStatus Status, bool ActieNodig, string? Actie, DossierSoort Soort, DateTimeOffset AangemaaktOp, DateTimeOffset? Uiterlijk,
    DateTimeOffset? BijgewerktOp, DateTimeOffset? VerwijderdOp, ReservatieWens? Reservatie)
{
    public static DossierInLijst Van(DossierSamenvatting d) => new(
        d.DossierId, d.Productnummer, d.Dienstnaam, d.Entiteit, d.Instantienaam, d.DossierNummer, d.Status, d.ActieNodig, d.Actie,
        d.Soort, d.AangemaaktOp, d.Uiterlijk, d.BijgewerktOp, d.VerwijderdOp, d.Reservatie);
}
