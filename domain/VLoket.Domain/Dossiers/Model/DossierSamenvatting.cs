using System.Text.Json.Serialization;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Domain.Dossiers.Model;

/// <summary>
/// What an association's dossier list shows of one dossier: the service, the agency, where it stands, what the
/// association must do now and, for a reservation, what it reserves. Stored beside the dossier each time the dossier is
/// written (<c>DossierRepository</c>), so the list reads these alone and not the answers, history and documents.
/// </summary>
public sealed record DossierSamenvatting(
    string DossierId, string Productnummer, string Dienstnaam, string Entiteit, string Instantienaam, string? DossierNummer,
    DossierStatus Status, bool ActieNodig, string? Actie, DossierSoort Soort, DateTimeOffset AangemaaktOp, DateTimeOffset? Uiterlijk,
    DateTimeOffset? BijgewerktOp, ReservatieWens? Reservatie)
{
    /// <summary>When this draft will be removed unless someone saves it; null for anything but a draft.</summary>
    [JsonIgnore]
    public DateTimeOffset? VerwijderdOp => Dossier.VerwijderdOpVoor(Status, AangemaaktOp, BijgewerktOp);

    public static DossierSamenvatting Van(Dossier d) => new(
        d.DossierId, d.Productnummer, d.Dienstnaam, d.Entiteit, d.Instantienaam, d.DossierNummer, d.Status, d.ActieNodig, d.Actie,
        d.Soort, d.AangemaaktOp, d.Uiterlijk, d.BijgewerktOp, ReservatieVan(d));

    /// <summary>
    /// What a reservation reserves, read from its answers; null for an application. The answers were checked when it
    /// started; they are read again the same way, without the "not in the past" rule that held on that day. Answers that
    /// no longer pass (a rule changed since) show no wish rather than failing the list.
    /// </summary>
    public static ReservatieWens? ReservatieVan(Dossier d)
    {
        if (d.Soort != DossierSoort.Reservatie)
        {
            return null;
        }

        try
        {
            return ReservatieAntwoorden.LeesBewaard(DienstCodes.InfrastructuurMateriaal, AntwoordTypes.AlsTeksten(d.Antwoorden));
        }
        catch (DomeinFout)
        {
            return null;
        }
    }
}
