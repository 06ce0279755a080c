namespace VLoket.Domain.Dossiers;

/// <summary>Normalised phases of a dossier (DOSIS), whatever label the agency uses.</summary>
public static class Fasen
{
    public const string Ontwerp = "Ontwerp";
    public const string Ingediend = "Ingediend";
    public const string InBehandeling = "InBehandeling";
    public const string ActieNodig = "ActieNodig";
    public const string Goedgekeurd = "Goedgekeurd";
    public const string Afgekeurd = "Afgekeurd";
    public const string Geannuleerd = "Geannuleerd";
    public const string Verlopen = "Verlopen";

    public static readonly IReadOnlySet<string> Afgesloten = new HashSet<string> { Goedgekeurd, Afgekeurd, Geannuleerd, Verlopen };

    public static bool IsAfgesloten(string fase) => Afgesloten.Contains(fase);
}

/// <summary>
/// One case at one agency for one association (DOSIS shape). Written only by the application workflow's activities,
/// so it has a single writer; the association's requests reach the workflow as events.
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
    public Dictionary<string, string> Antwoorden { get; init; } = [];

    /// <summary>For each pre-filled answer, the source it came from (once only).</summary>
    public Dictionary<string, string> Herkomst { get; init; } = [];
    public string? Deeplink { get; init; }
    public required DateTimeOffset AangemaaktOp { get; init; }
    public DateTimeOffset? Uiterlijk { get; init; }
}

/// <summary>The agency's label and the normalised phase.</summary>
public sealed record DossierStatus(string Fase, string Label);

public sealed record Statuswijziging(DateTimeOffset Tijdstip, string Fase, string Label, string? Toelichting);

/// <summary>A document of a dossier, kept in Blob storage; the SHA-256 proves it was not changed.</summary>
public sealed record DossierDocument(string DocumentId, string Naam, string ContentType, long Grootte, string Sha256, string Soort, DateTimeOffset Toegevoegd);
