using System.Text.Json.Serialization;

namespace VLoket.Domain.Diensten.Model;

/// <summary>
/// A public service (publieke dienstverlening) in the IPDC shape of domain.md section 3, with the loket's own extension:
/// <see cref="Geschiktheid"/> (which associations it is for), <see cref="Verplichting"/> and how to apply.
/// Text fields are language maps (<c>{"nl": "…", "en": "…"}</c>, <c>nl</c> always present).
/// Built only by <c>DienstValidatie</c>; stored data is trusted when read back.
/// </summary>
public sealed record Dienst
{
    public required string Productnummer { get; init; }
    public required Taalkaart Naam { get; init; }
    public required Taalkaart Beschrijving { get; init; }
    public Taalkaart? VerdereBeschrijving { get; init; }
    public Taalkaart? Uitzonderingen { get; init; }

    /// <summary>One of <see cref="DienstCodes.Types"/>.</summary>
    public required string Type { get; init; }
    public List<string> Doelgroepen { get; init; } = [];
    public List<string> Themas { get; init; } = [];
    public List<string> BevoegdBestuursniveaus { get; init; } = [];

    /// <summary>OVO codes of the competent authorities.</summary>
    public List<string> BevoegdeOverheden { get; init; } = [];
    public List<string> UitvoerendBestuursniveaus { get; init; } = [];

    /// <summary>NUTS/LAU codes where the service applies: <c>BE</c>, <c>BE2</c>, a province, a municipality or <c>NVT</c>.</summary>
    public List<string> GeografischToepassingsgebieden { get; init; } = [];
    public List<Tekstblok> Voorwaarden { get; init; } = [];
    public List<Tekstblok> Procedures { get; init; } = [];
    public List<Tekstblok> Kosten { get; init; } = [];
    public List<Tekstblok> FinancieleVoordelen { get; init; } = [];
    public List<Tekstblok> Regelgeving { get; init; } = [];
    public List<Website> Websites { get; init; } = [];
    public List<DienstContactgegeven> Contactgegevens { get; init; } = [];

    /// <summary><c>yyyy-MM-dd</c>; before it the service cannot be applied for yet.</summary>
    public string? StartDienstVerlening { get; init; }

    /// <summary><c>yyyy-MM-dd</c>; after it the service no longer exists and drops out of every association's overview.</summary>
    public string? EindeDienstVerlening { get; init; }
    public List<string> Zoektermen { get; init; } = [];

    /// <summary>Loket extension: a legal duty (UBO register, tax return, music rights…), listed before everything else.</summary>
    public bool Verplichting { get; init; }

    /// <summary>Loket extension: machine-readable eligibility.</summary>
    public Geschiktheidscriteria Geschiktheid { get; init; } = new();

    /// <summary>Loket extension: <c>loket</c> (apply here, with <see cref="Formulier"/>) or <c>doorverwijzing</c> (<see cref="AanvraagUrl"/>).</summary>
    public required string Aanvraagwijze { get; init; }

    /// <summary>The questions of the loket's application form; empty for a <c>doorverwijzing</c>.</summary>
    public List<Vraag> Formulier { get; init; } = [];

    /// <summary>The agency's own application (doorverwijzing); null for the loket's own form.</summary>
    public string? AanvraagUrl { get; init; }

    /// <summary>
    /// The legal basis that lets the agency receive the person's INSZ in a hand-off (e.g. a decree and article); without
    /// it the hand-off identifies the person only by an id of their own for that agency.
    /// </summary>
    public string? InszRechtsgrond { get; init; }

    /// <summary>Loket extension: the handling term in days; an application still open after it is overdue in the behandelloket.</summary>
    public int? Behandeltermijn { get; init; }

    /// <summary>
    /// Loket extension: the known data (<see cref="Aanvraag.Bronnen"/> codes) the agency may see in the behandelloket, and
    /// the legal basis for it. Without it a case worker sees no known data.
    /// </summary>
    public Inzage? Inzage { get; init; }

    /// <summary>Loket extension: the text of a decision document the behandelloket generates (placeholders: see <c>Besluitsjabloon</c>).</summary>
    public string? Beslissingssjabloon { get; init; }

    /// <summary>Legal duties come first in an overview; a financial duty is always one.</summary>
    [JsonIgnore]
    public bool IsWettelijkeVerplichting => Verplichting || Type == DienstCodes.FinancieleVerplichting;
}

/// <summary>Text in several languages, keyed by ISO 639-1 code; <c>nl</c> is always present.</summary>
public sealed class Taalkaart : Dictionary<string, string>
{
    public Taalkaart()
        : base(StringComparer.Ordinal)
    {
    }

    public Taalkaart(IDictionary<string, string> teksten)
        : base(teksten, StringComparer.Ordinal)
    {
    }

    /// <summary>The Dutch text, which every language map carries.</summary>
    public string Nl => TryGetValue("nl", out var tekst) ? tekst : string.Empty;
}

/// <summary>A titled piece of text (condition, procedure step, cost, financial advantage, regulation), optionally with a link.</summary>
/// <summary>The known data an agency may see of an application, on the given legal basis.</summary>
public sealed record Inzage(string Rechtsgrond, List<string> Gegevens);

public sealed record Tekstblok(Taalkaart Titel, Taalkaart Beschrijving, string? Url = null);

public sealed record Website(Taalkaart Titel, string Url);

/// <summary>Where volunteers get help with the service; at least one of e-mail, phone or website.</summary>
public sealed record DienstContactgegeven(string? Email, string? Telefoon, string? Website, Taalkaart? Openingsuren);
