using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;

namespace VLoket.Functions.Dossiers;

/// <summary>
/// A dossier as the API shows it (DOSIS shape), with links to its documents; <c>soort</c> is <c>Aanvraag</c> or <c>Reservatie</c>;
/// <c>vraagnummer</c> names the agency's open question, which an answer must name. A draft (phase <c>Concept</c>) says when it
/// was last saved and when it will be removed unless someone saves it again (<c>verwijderdOp</c>); a reservation says what it
/// reserves (<c>reservatie</c>), as the list does.
/// </summary>
public sealed record DossierAntwoord(
    string DossierId, string VCode, string Productnummer, string Dienstnaam, string Entiteit, string Instantienaam, string? Bron,
    string? DossierNummer, DossierStatus Status, bool ActieNodig, string? Actie, List<Statuswijziging> Statusgeschiedenis,
    List<DocumentLink> Documenten, Dictionary<string, System.Text.Json.JsonElement> Antwoorden, Dictionary<string, string> Herkomst,
    DateTimeOffset AangemaaktOp, DateTimeOffset? Uiterlijk, string Deeplink, string Soort, int? Vraagnummer,
    DateTimeOffset? BijgewerktOp = null, DateTimeOffset? VerwijderdOp = null, ReservatieWens? Reservatie = null)
{
    public static string Locatie(Dossier d) => $"/api/verenigingen/{d.VCode}/dossiers/{d.DossierId}";

    public static DossierAntwoord Van(Dossier d) => new(
        d.DossierId, d.VCode, d.Productnummer, d.Dienstnaam, d.Entiteit, d.Instantienaam, d.Bron, d.DossierNummer, d.Status,
        d.ActieNodig, d.Actie, d.Statusgeschiedenis,
        d.Documenten.Select(x => new DocumentLink(x.DocumentId, x.Naam, x.ContentType, x.Grootte, x.Sha256, x.Soort, x.Toegevoegd,
            $"{Locatie(d)}/documenten/{x.DocumentId}", x.MetAanvraag, x.Vraag)).ToList(),
        d.Antwoorden, d.Herkomst, d.AangemaaktOp, d.Uiterlijk, $"/#/verenigingen/{d.VCode}/dossiers/{d.DossierId}", d.Soort.ToString(), d.Vraagnummer,
        d.BijgewerktOp, d.VerwijderdOp, DossierSamenvatting.ReservatieVan(d));
}

/// <summary>A dossier's document; <c>metAanvraag</c> marks a file sent with the application, the answer to question <c>vraag</c>.</summary>
public sealed record DocumentLink(string DocumentId, string Naam, string ContentType, long Grootte, string Sha256, string Soort, DateTimeOffset Toegevoegd, string Url,
    bool MetAanvraag = false, string? Vraag = null);
