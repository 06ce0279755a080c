namespace VLoket.Domain.Dossiers.Model;

/// <summary>What kind of workflow follows a dossier.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<DossierSoort>))]
public enum DossierSoort
{
    /// <summary>An application handled by the agency (submitted, followed, decided).</summary>
    Aanvraag,

    /// <summary>A reservation of rooms or material (held, confirmed or lapsed).</summary>
    Reservatie,
}

/// <summary>
/// One case at one agency for one association (DOSIS shape). Written by <see cref="DossierDienst"/> when it starts and by
/// the workflow's activities after that, so it has a single writer; the association's requests reach the workflow as events.
/// </summary>
public sealed record Dossier
{
    public required string DossierId { get; init; }
    public required string VCode { get; init; }
    public required string Productnummer { get; init; }
    public required string Dienstnaam { get; init; }

    /// <summary>OVO code of the competent agency.</summary>
    public required string Entiteit { get; init; }
    public required string Instantienaam { get; init; }

    /// <summary>The agency's source URI for the case, once it has one.</summary>
    public string? Bron { get; init; }

    /// <summary>The agency's own case number.</summary>
    public string? DossierNummer { get; init; }
    public required DossierStatus Status { get; init; }
    public bool ActieNodig { get; init; }

    /// <summary>What the association must do now, in Dutch.</summary>
    public string? Actie { get; init; }
    public List<Statuswijziging> Statusgeschiedenis { get; init; } = [];
    public List<DossierDocument> Documenten { get; init; } = [];
    /// <summary>The association's answers in their typed form (see <c>AntwoordTypes</c>); older dossiers hold strings.</summary>
    public Dictionary<string, System.Text.Json.JsonElement> Antwoorden { get; init; } = [];

    /// <summary>For each pre-filled answer, the source it came from (once only).</summary>
    public Dictionary<string, string> Herkomst { get; init; } = [];

    /// <summary>Application or reservation: the dossier says so itself, nobody asks the workflow engine.</summary>
    public DossierSoort Soort { get; init; }

    /// <summary>
    /// The shape of the workflow that follows this dossier: 1 for dossiers started before workflows carried ids only
    /// (their events still carry the texts), <see cref="HuidigeWorkflowVersie"/> for new ones.
    /// </summary>
    public int WorkflowVersie { get; init; } = 1;

    /// <summary>The representative who applied (an id, for the pre-filled items that are theirs).</summary>
    public int? VertegenwoordigerId { get; init; }

    /// <summary>The sources (<c>vraag.bron</c>) of the form's questions the loket answers itself when it submits.</summary>
    public List<string> GekendeBronnen { get; init; } = [];

    /// <summary>
    /// The number of the agency's question the association must answer now (the how-manieth time the dossier asked for
    /// action), or null when it waits for none. An answer names it, so an answer meant for an earlier question is refused.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public int? Vraagnummer => ActieNodig && Soort == DossierSoort.Aanvraag ? Statusgeschiedenis.Count(s => s.Fase == Fasen.ActieNodig) : null;

    /// <summary>
    /// Whether the stored answer <paramref name="verzoekId"/> answers the question the dossier waits for now. An answer the
    /// agency's next step overtook (a callback, or a new question) is not: passed on, it would answer the wrong question.
    /// </summary>
    /// <remarks>An answer stored before answers were numbered by their question (a random id) cannot say which question
    /// it answers: it is passed on while the dossier waits for one, as it was then.</remarks>
    public bool WachtOpAntwoord(string verzoekId) =>
        Vraagnummer is { } vraag && (verzoekId == Verzoek.AntwoordId(vraag) || !Verzoek.IsGenummerdAntwoord(verzoekId));

    /// <summary>The workflow shape new dossiers get.</summary>
    public const int HuidigeWorkflowVersie = 2;
    public required DateTimeOffset AangemaaktOp { get; init; }
    public DateTimeOffset? Uiterlijk { get; init; }

    /// <summary>When a draft (<see cref="Fasen.Concept"/>) was last saved; a draft untouched for <see cref="ConceptBewaartermijn"/> is removed.</summary>
    public DateTimeOffset? BijgewerktOp { get; init; }

    /// <summary>
    /// A draft's version as the API gives it (ETag, If-Match): when it was last saved. Several representatives edit one
    /// draft; a save names the version it started from, so it cannot erase a save it never saw.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string ConceptVersie => $"\"c{(BijgewerktOp ?? AangemaaktOp).UtcTicks}\"";

    /// <summary>How long a draft nobody touches is kept.</summary>
    public static readonly TimeSpan ConceptBewaartermijn = TimeSpan.FromDays(60);

    /// <summary>How long before its removal a draft is announced on the association's overview.</summary>
    public static readonly TimeSpan ConceptMelding = TimeSpan.FromDays(14);

    /// <summary>When this draft will be removed unless someone saves it; null for anything but a draft.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public DateTimeOffset? VerwijderdOp => VerwijderdOpVoor(Status, AangemaaktOp, BijgewerktOp);

    /// <summary>When a dossier in <paramref name="status"/> will be removed unless someone saves it; null for anything but a draft.</summary>
    public static DateTimeOffset? VerwijderdOpVoor(DossierStatus status, DateTimeOffset aangemaaktOp, DateTimeOffset? bijgewerktOp) =>
        status.Fase == Fasen.Concept ? (bijgewerktOp ?? aangemaaktOp) + ConceptBewaartermijn : null;
}

/// <summary>The agency's label and the normalised phase.</summary>
public sealed record DossierStatus(string Fase, string Label);

public sealed record Statuswijziging(DateTimeOffset Tijdstip, string Fase, string Label, string? Toelichting);

/// <summary>
/// A document of a dossier, kept in Blob storage; the SHA-256 proves it was not changed. <see cref="MetAanvraag"/> marks a
/// file sent with the application, the answer to question <see cref="Vraag"/>.
/// </summary>
public sealed record DossierDocument(string DocumentId, string Naam, string ContentType, long Grootte, string Sha256, string Soort, DateTimeOffset Toegevoegd,
    bool MetAanvraag = false, string? Vraag = null)
{
    /// <summary>The <see cref="Soort"/> of a file sent with the application.</summary>
    public const string SoortBijlage = "Bijlage bij de aanvraag";
}
