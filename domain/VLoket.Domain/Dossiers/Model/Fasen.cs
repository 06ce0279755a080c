namespace VLoket.Domain.Dossiers.Model;

/// <summary>Normalised phases of a dossier (DOSIS), whatever label the agency uses.</summary>
public static class Fasen
{
    public const string Ontwerp = "Ontwerp";

    /// <summary>A draft: saved half-filled by a representative, seen by the others, with no workflow until it is submitted.</summary>
    public const string Concept = "Concept";
    public const string Ingediend = "Ingediend";
    public const string InBehandeling = "InBehandeling";
    public const string ActieNodig = "ActieNodig";
    public const string Goedgekeurd = "Goedgekeurd";
    public const string Afgekeurd = "Afgekeurd";
    public const string Geannuleerd = "Geannuleerd";
    public const string Verlopen = "Verlopen";

    public static readonly IReadOnlySet<string> Afgesloten = new HashSet<string> { Goedgekeurd, Afgekeurd, Geannuleerd, Verlopen };

    /// <summary>The phases an agency may report (a callback or a case it is polled for).</summary>
    public static readonly IReadOnlySet<string> VanInstantie = new HashSet<string> { Ingediend, InBehandeling, ActieNodig, Goedgekeurd, Afgekeurd, Geannuleerd };

    public static bool IsAfgesloten(string fase) => Afgesloten.Contains(fase);
}
