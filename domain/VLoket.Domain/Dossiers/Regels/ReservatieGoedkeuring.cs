using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>A lending service's decision on a reservation that needs its approval: <c>Goedgekeurd</c> or <c>Afgekeurd</c>, with its reason.</summary>
public sealed record ReservatieBeslissing(string Uitkomst, string? Motivering);

/// <summary>
/// What a lending service's approval or refusal does to a reservation's dossier, whether it came as a report (a signed
/// callback, or the behandelloket's in-process report) or by reading the reservation at the agency, and whether the
/// association had already confirmed (the reservation waited for approval) or not (it still has to confirm).
/// </summary>
public static class ReservatieGoedkeuring
{
    /// <summary>The dossier's label after the association confirmed, while the lending service has still to approve.</summary>
    public const string WachtLabel = "Wacht op goedkeuring van de uitleendienst";

    /// <summary>The label of an approved reservation the association had already confirmed (as for one without approval).</summary>
    public const string BevestigdLabel = "Reservatie bevestigd";

    public const string GeweigerdLabel = "Reservatie geweigerd";

    /// <summary>The label of a reservation approved before the association confirmed it; it still has to.</summary>
    public const string GoedgekeurdLabel = "Goedgekeurd door de uitleendienst";

    /// <summary>The timeline's line while the reservation waits for approval.</summary>
    public static string Wacht(string wat) =>
        $"Je bevestigde {wat}. De uitleendienst moet je reservatie nog goedkeuren; je hoeft niets te doen. Het materiaal blijft voor je vastgehouden.";

    /// <summary>The decision a report carries; null for a report that decides nothing (another phase).</summary>
    public static ReservatieBeslissing? Uit(ZaakBericht bericht) =>
        (bericht.Uitkomst ?? bericht.Fase) is var uitkomst && uitkomst is Fasen.Goedgekeurd or Fasen.Afgekeurd
            ? new ReservatieBeslissing(uitkomst, Tekst(bericht.Motivering))
            : null;

    /// <summary>
    /// The decision a reservation shows at the agency: confirmed is approved; refused, or cancelled by the agency, is refused;
    /// anything else is undecided (null).
    /// </summary>
    public static ReservatieBeslissing? Uit(Reservatie reservatie) => reservatie.Status switch
    {
        ReservatieStatussen.Bevestigd => new ReservatieBeslissing(Fasen.Goedgekeurd, null),
        ReservatieStatussen.Geweigerd or ReservatieStatussen.Geannuleerd => new ReservatieBeslissing(Fasen.Afgekeurd, Tekst(reservatie.Motivering)),
        _ => null,
    };

    /// <summary>
    /// The dossier's change: refused closes it <c>Afgekeurd</c> with the lending service's reason; approved after the
    /// association confirmed closes it <c>Goedgekeurd</c>; approved before leaves the association's action (confirm before
    /// the hold lapses) as it is, with a line on the timeline.
    /// </summary>
    public static DossierWijziging Wijziging(Dossier dossier, ReservatieBeslissing beslissing, bool bevestigd, string wat, string reservatieId, DateTimeOffset nu)
    {
        if (beslissing.Uitkomst == Fasen.Afgekeurd)
        {
            return new DossierWijziging(nu, Fasen.Afgekeurd, GeweigerdLabel,
                beslissing.Motivering ?? "De uitleendienst weigerde je reservatie; het materiaal is weer vrij.", false, null, reservatieId);
        }

        string reden = beslissing.Motivering is { } m ? $" {m}" : string.Empty;
        return bevestigd
            ? new DossierWijziging(nu, Fasen.Goedgekeurd, BevestigdLabel,
                $"De uitleendienst keurde je reservatie goed: {wat} is voor je vereniging gereserveerd.{reden}", false, null, reservatieId)
            : new DossierWijziging(nu, dossier.Status.Fase, GoedgekeurdLabel,
                $"De uitleendienst keurde je reservatie goed.{reden} Bevestig ze nog om ze vast te leggen.", dossier.ActieNodig, dossier.Actie, reservatieId);
    }

    static string? Tekst(string? motivering) => string.IsNullOrWhiteSpace(motivering) ? null : motivering.Trim();
}
