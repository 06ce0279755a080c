namespace VLoket.Domain.Diensten.Model;

/// <summary>
/// The loket's machine-readable eligibility of a service. An empty list means "no restriction".
/// Type, area, activity and ages decide whether a service applies at all; minimum age of the association and
/// recognitions decide whether it applies already (otherwise it is listed with what is missing).
/// </summary>
public sealed record Geschiktheidscriteria
{
    /// <summary>Verenigingstype codes (FV, VZER, VZW, IVZW, PS, SVON).</summary>
    public List<string> Verenigingstypes { get; init; } = [];

    /// <summary>Hoofdactiviteit codes; the association needs at least one of them.</summary>
    public List<string> Hoofdactiviteiten { get; init; } = [];

    /// <summary>Where the association must be active; empty means the service's <c>geografischToepassingsgebieden</c>.</summary>
    public List<string> Werkingsgebieden { get; init; } = [];

    /// <summary>Ages the association's target group must reach (overlap); null means any age.</summary>
    public Leeftijden? Doelgroep { get; init; }

    /// <summary>Full years since the association's startdatum; 0 means no minimum.</summary>
    public int MinimumBestaansjaren { get; init; }

    /// <summary>Recognitions the association must hold first.</summary>
    public List<VereisteErkenning> Erkenningen { get; init; } = [];

    /// <summary>When applications are accepted; empty means all year round.</summary>
    public List<Aanvraagvenster> Aanvraagvensters { get; init; } = [];
}

/// <summary>An age range, both limits included.</summary>
public sealed record Leeftijden(int Minimumleeftijd, int Maximumleeftijd);

/// <summary>
/// A recognition a service needs, named by the IPDC product that grants it (e.g. the municipality's recognition as youth
/// association), so it can be matched against the association's erkenningen once the register holds them.
/// </summary>
/// <param name="Productnummer">The IPDC product that grants the recognition.</param>
/// <param name="Naam">What a volunteer reads under "ontbreekt", e.g. "erkenning als jeugdvereniging door Stad Gent".</param>
public sealed record VereisteErkenning(string Productnummer, string Naam);

/// <summary>
/// A period in which applications are accepted. Yearly windows repeat every year and are written <c>MM-dd</c>
/// (a window may run over New Year: <c>12-01</c> to <c>02-01</c>); one-off windows are written <c>yyyy-MM-dd</c>.
/// Both days are included.
/// </summary>
public sealed record Aanvraagvenster(string Opent, string Sluit, bool Jaarlijks);
