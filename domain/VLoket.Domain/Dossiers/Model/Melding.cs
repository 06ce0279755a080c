namespace VLoket.Domain.Dossiers.Model;

/// <summary>
/// What an agency reports about its case, by callback or when it is read: the phase and label, the question it asks the
/// association, its decision. A decision's document is stored in Blob storage before the report is kept, so a report
/// names the document and never carries its content.
/// </summary>
public sealed record ZaakBericht(string ZaakId, string Fase, string Label, string? Vraag, string? Uitkomst, string? Motivering, DossierDocument? Document);

/// <summary>An agency's callback as the loket keeps it: the event id (applied once), the dossier, and the report.</summary>
public sealed record Melding(string EventId, string OvoCode, string DossierId, string VCode, ZaakBericht Bericht, DateTimeOffset Tijdstip, bool Doorgegeven);

/// <summary>Where a case stands after a workflow step: ids and phases only, no texts, so the workflow's history holds no personal data.</summary>
public sealed record ZaakStand(string ZaakId, string Fase, string Label);
