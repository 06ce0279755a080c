namespace VLoket.Orchestrations.Dossiers;

/// <summary>
/// Names of the events the dossier workflows wait for. In workflows of version 2 and later each payload is an id (of a kept
/// callback or a stored request), never the text itself; version 1 instances still get the texts (see <c>Aanvragen/V1</c>).
/// </summary>
public static class DossierEvents
{
    /// <summary>An agency called back (payload: the event id of the kept callback).</summary>
    public const string Status = "StatusGewijzigd";

    /// <summary>The association answered the agency's question (payload: the stored request's id).</summary>
    public const string Antwoord = "AntwoordVereniging";

    /// <summary>The association cancelled (payload: the stored request's id), for applications and reservations alike.</summary>
    public const string Annuleer = "Annuleer";

    /// <summary>The association confirmed its held reservation.</summary>
    public const string Bevestig = "BevestigReservatie";
}
