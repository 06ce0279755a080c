namespace VLoket.Domain.Delen;

/// <summary>
/// What an agency may receive of an association's data and why: the legal text (decree and article) and the fields
/// (<see cref="GedeeldeVelden"/>) it covers. Configured per agency (<c>VLoket:Instanties:{ovoCode}:Rechtsgrond</c>, <c>…:Velden</c>).
/// </summary>
public sealed record Rechtsgrond(string OvoCode, string Tekst, IReadOnlyList<string> Velden)
{
    /// <summary>The changed fields this basis covers, in <see cref="GedeeldeVelden.Alle"/> order; empty means the agency gets nothing.</summary>
    public IReadOnlyList<string> Dekt(IEnumerable<string> gewijzigd) => gewijzigd.Where(v => Velden.Contains(v, StringComparer.Ordinal)).ToList();
}

/// <summary>The legal bases of the known agencies; an agency without one receives nothing.</summary>
public sealed class Rechtsgronden(IEnumerable<Rechtsgrond> rechtsgronden)
{
    readonly Dictionary<string, Rechtsgrond> perCode = rechtsgronden.ToDictionary(r => r.OvoCode, StringComparer.OrdinalIgnoreCase);

    public Rechtsgrond? Zoek(string ovoCode) => perCode.GetValueOrDefault(ovoCode);

    public IReadOnlyCollection<Rechtsgrond> Alle => perCode.Values;
}

/// <summary>How deliveries are retried: attempts per round, the wait before the second attempt (growing by <c>Factor</c>), and after a round that failed, when to try again by itself.</summary>
public sealed record DelenInstellingen(int Pogingen, TimeSpan EersteWachttijd, double Factor, TimeSpan OpnieuwNa)
{
    public static readonly DelenInstellingen Standaard = new(4, TimeSpan.FromSeconds(30), 4, TimeSpan.FromDays(1));
}
