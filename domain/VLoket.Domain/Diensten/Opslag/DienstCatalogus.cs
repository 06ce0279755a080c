using VLoket.Domain.Diensten.Model;

namespace VLoket.Domain.Diensten.Opslag;

/// <summary>
/// The catalogue as requests read it: loaded from the table at most once per <see cref="Levensduur"/> and shared by all
/// requests meanwhile, so an overview or a search costs one pass over memory, not a table scan. An import on this
/// instance refreshes it at once; other instances see the change within the lifetime.
/// </summary>
public sealed class DienstCatalogus(DienstRepository repository, TimeProvider klok)
{
    /// <summary>How long a loaded catalogue is served before it is read again.</summary>
    public static readonly TimeSpan Levensduur = TimeSpan.FromSeconds(60);

    volatile Geladen? huidig;

    public async Task<Catalogus> HuidigAsync(CancellationToken ct = default)
    {
        var nu = klok.GetUtcNow();
        if (huidig is { } h && nu - h.Tijdstip < Levensduur)
        {
            return h.Catalogus;
        }

        // Two requests may both load after expiry; both get a correct catalogue, and that is cheaper than a lock.
        var catalogus = new Catalogus(await repository.AlleAsync(ct));
        huidig = new Geladen(catalogus, nu);
        return catalogus;
    }

    /// <summary>Forgets the loaded catalogue, so the next request reads the table (after an import).</summary>
    public void Vervallen() => huidig = null;

    sealed record Geladen(Catalogus Catalogus, DateTimeOffset Tijdstip);
}

/// <summary>One loaded, immutable version of the catalogue, ordered by product number, with a look-up by product number, search texts and the eligibility index.</summary>
public sealed class Catalogus
{
    readonly Dictionary<string, Dienst> perNummer;

    public Catalogus(IEnumerable<Dienst> diensten)
    {
        Diensten = diensten.OrderBy(d => d.Productnummer, StringComparer.Ordinal).ToList();
        perNummer = Diensten.ToDictionary(d => d.Productnummer, StringComparer.OrdinalIgnoreCase);
        Zoekteksten = Diensten.Select(DienstZoeker.Zoektekst).ToList();
        Index = new Geschiktheidsindex(Diensten);
    }

    /// <summary>The eligibility index over <see cref="Diensten"/>, for overviews.</summary>
    public Geschiktheidsindex Index { get; }

    public IReadOnlyList<Dienst> Diensten { get; }

    /// <summary>The folded search text of each service, in the order of <see cref="Diensten"/>; computed once per load.</summary>
    public IReadOnlyList<string> Zoekteksten { get; }

    public Dienst? Zoek(string productnummer) => perNummer.GetValueOrDefault(productnummer.Trim());
}
