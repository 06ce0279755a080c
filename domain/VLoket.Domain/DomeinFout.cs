namespace VLoket.Domain;

/// <summary>One failing field, named by its JSON path in the request (e.g. <c>vertegenwoordigers[0].insz</c>), with a Dutch message.</summary>
public sealed record VeldFout(string Veld, string Melding);

/// <summary>
/// A domain rule was broken. Carries every failing field, so a client gets all problems in one answer.
/// The HTTP layer turns it into a 400 <c>application/problem+json</c>.
/// </summary>
public class DomeinFout : Exception
{
    public DomeinFout(string veld, string melding)
        : this([new VeldFout(veld, melding)])
    {
    }

    public DomeinFout(IEnumerable<VeldFout> fouten)
        : base("Een of meer gegevens zijn ongeldig.")
    {
        Fouten = fouten.ToList();
    }

    public IReadOnlyList<VeldFout> Fouten { get; }
}

/// <summary>Collects field errors across a whole request before throwing once.</summary>
public sealed class FoutVerzamelaar
{
    readonly List<VeldFout> fouten = [];

    public bool HeeftFouten => fouten.Count > 0;

    public void Voeg(string veld, string melding) => fouten.Add(new VeldFout(veld, melding));

    /// <summary>Runs <paramref name="create"/>; a <see cref="DomeinFout"/> is collected instead of thrown, and default is returned.</summary>
    public T? Probeer<T>(Func<T> create)
    {
        try
        {
            return create();
        }
        catch (DomeinFout e)
        {
            fouten.AddRange(e.Fouten);
            return default;
        }
    }

    public void GooiAlsFouten()
    {
        if (fouten.Count > 0)
        {
            throw new DomeinFout(fouten);
        }
    }
}
