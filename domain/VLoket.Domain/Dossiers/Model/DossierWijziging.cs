namespace VLoket.Domain.Dossiers.Model;

/// <summary>
/// A change to a dossier's state: its phase and label, the line for its timeline, what the association must do now, the
/// agency's case number, where pre-filled items came from, documents to list, and a new deadline (a reservation's hold
/// ends then; null keeps the dossier's).
/// </summary>
public sealed record DossierWijziging(
    DateTimeOffset Tijdstip, string Fase, string Label, string? Toelichting, bool ActieNodig, string? Actie,
    string? ZaakId = null, IReadOnlyDictionary<string, string>? Herkomst = null, IReadOnlyList<DossierDocument>? Documenten = null,
    DateTimeOffset? Uiterlijk = null);
