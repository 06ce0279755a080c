using VLoket.Domain.Dossiers.Model;

namespace VLoket.Domain.Dossiers.Regels;

/// <summary>
/// What an agency's report does to a dossier: the one place that decides what happens when an agency asks a question,
/// decides, or changes the phase, whether the report came by callback, by polling or as the answer to a submission.
/// </summary>
public static class ZaakVerwerking
{
    /// <summary>The action text when the agency asks something without saying what.</summary>
    public const string StandaardVraag = "De instantie vraagt bijkomende informatie.";

    /// <summary>
    /// The change a report brings: a question sets "actie nodig" with the question as the action; a decision's motivation
    /// or the question goes on the timeline, else <paramref name="toelichting"/>.
    /// </summary>
    public static DossierWijziging Wijziging(ZaakBericht bericht, DateTimeOffset tijdstip, string? toelichting = null,
        IReadOnlyDictionary<string, string>? herkomst = null, DossierDocument? document = null)
    {
        bool actieNodig = bericht.Fase == Fasen.ActieNodig;
        string? vraag = actieNodig ? bericht.Vraag ?? StandaardVraag : null;
        return new DossierWijziging(tijdstip, bericht.Fase, bericht.Label, bericht.Motivering ?? vraag ?? toelichting, actieNodig, vraag,
            bericht.ZaakId, herkomst, new[] { bericht.Document, document }.OfType<DossierDocument>().ToList());
    }

    /// <summary>
    /// Applies a change. Applying the same change twice (an activity retried) gives the same dossier: the timeline gets a
    /// line only when phase or label change, or when the agency asks another question under the same label (a question is
    /// numbered by its line: <see cref="Dossier.Vraagnummer"/>); each document is listed once.
    /// </summary>
    public static Dossier PasToe(Dossier dossier, DossierWijziging w)
    {
        var geschiedenis = dossier.Statusgeschiedenis;
        var laatste = geschiedenis.LastOrDefault();
        bool andereVraag = w.ActieNodig && laatste?.Fase == Fasen.ActieNodig && laatste.Toelichting != w.Toelichting;
        if (laatste is null || laatste.Fase != w.Fase || laatste.Label != w.Label || andereVraag)
        {
            geschiedenis = [.. geschiedenis, new Statuswijziging(w.Tijdstip, w.Fase, w.Label, w.Toelichting)];
        }

        var herkomst = new Dictionary<string, string>(dossier.Herkomst);
        foreach (var (bron, waar) in w.Herkomst ?? new Dictionary<string, string>())
        {
            herkomst[bron] = waar;
        }

        var documenten = dossier.Documenten;
        foreach (var nieuw in w.Documenten ?? [])
        {
            if (documenten.All(d => d.DocumentId != nieuw.DocumentId))
            {
                documenten = [.. documenten, nieuw];
            }
        }

        return dossier with
        {
            Documenten = documenten,
            Status = new DossierStatus(w.Fase, w.Label),
            ActieNodig = w.ActieNodig,
            Actie = w.Actie,
            DossierNummer = w.ZaakId ?? dossier.DossierNummer,
            Statusgeschiedenis = geschiedenis,
            Herkomst = herkomst,
            Uiterlijk = w.Uiterlijk ?? dossier.Uiterlijk,
        };
    }

    /// <summary>Where the case stands, for the workflow.</summary>
    public static ZaakStand Stand(ZaakBericht bericht) => new(bericht.ZaakId, bericht.Fase, bericht.Label);
}
