namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>
/// The Flemish postcodes and municipalities, read once from the CSV embedded in this assembly
/// (<c>VLoket.Domain.Referentie.postcodes.csv</c>). It only holds Flanders: a Belgian postcode that is missing here
/// lies in Brussels or Wallonia.
/// </summary>
public sealed class PostcodeRegister
{
    const string Bron = "VLoket.Domain.Referentie.postcodes.csv";

    // A postcode may have several post names in one field; these separators are accepted between them.
    static readonly char[] PostnaamScheidingstekens = ['|', ';'];

    static readonly Lazy<PostcodeRegister> Gedeeld = new(() => new PostcodeRegister(ReferentieBestand.LeesCsv(Bron)));

    readonly Dictionary<string, PostcodeInfo> perPostcode = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<PostcodeInfo>> perNutsLau = new(StringComparer.OrdinalIgnoreCase);

    PostcodeRegister(IEnumerable<string[]> rijen)
    {
        foreach (var rij in rijen)
        {
            var info = new PostcodeInfo(
                Postcode: rij[0],
                Postnamen: rij[1].Split(PostnaamScheidingstekens, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Gemeente: rij[2],
                NutsLau: rij[3],
                Provincie: rij[4]);
            perPostcode.Add(info.Postcode, info);
            if (!perNutsLau.TryGetValue(info.NutsLau, out var lijst))
            {
                perNutsLau[info.NutsLau] = lijst = [];
            }

            lijst.Add(info);
        }

        Alle = [.. perPostcode.Values];
    }

    /// <summary>The register, loaded on first use.</summary>
    public static PostcodeRegister Instance => Gedeeld.Value;

    /// <summary>Every postcode in the register, in file order.</summary>
    public IReadOnlyList<PostcodeInfo> Alle { get; }

    /// <summary>The postcode's data, or null when it is not a Flemish postcode.</summary>
    public PostcodeInfo? Zoek(string postcode) =>
        perPostcode.GetValueOrDefault(postcode.Trim());

    /// <summary>
    /// True when <paramref name="gemeente"/> is one of the postcode's post names or its municipality. Case, accents,
    /// hyphens versus spaces and surrounding whitespace are ignored, because volunteers type "sint amandsberg" too.
    /// </summary>
    public bool IsGemeenteVanPostcode(string postcode, string gemeente) =>
        OfficieleNaam(postcode, gemeente) is not null;

    /// <summary>
    /// The register's spelling of <paramref name="gemeente"/> for this postcode (e.g. "sint amandsberg" gives
    /// "Sint-Amandsberg"), or null when the name does not belong to the postcode.
    /// </summary>
    public string? OfficieleNaam(string postcode, string gemeente)
    {
        if (Zoek(postcode) is not { } info)
        {
            return null;
        }

        var gezocht = TekstNormalisatie.VergelijkVorm(gemeente);
        return info.Postnamen.Append(info.Gemeente)
            .FirstOrDefault(naam => TekstNormalisatie.VergelijkVorm(naam) == gezocht);
    }

    /// <summary>
    /// Every name by which a municipality is known: the municipality first, then the post names of its postcodes
    /// (e.g. Gent, Mariakerke, Drongen, …). Empty for an unknown code.
    /// </summary>
    public IReadOnlyList<string> GemeentenamenVoorNutsLau(string code)
    {
        if (!perNutsLau.TryGetValue(code.Trim(), out var postcodes))
        {
            return [];
        }

        return postcodes
            .SelectMany(info => info.Postnamen)
            .Prepend(postcodes[0].Gemeente)
            .DistinctBy(TekstNormalisatie.VergelijkVorm)
            .ToList();
    }

    /// <summary>True when the code is the NUTS/LAU code of a Flemish municipality in the register.</summary>
    public bool IsGemeenteCode(string nutsLau) => perNutsLau.ContainsKey(nutsLau.Trim());

    /// <summary>The municipality's name for its NUTS/LAU code, or null when unknown.</summary>
    public string? GemeenteNaam(string nutsLau) =>
        perNutsLau.TryGetValue(nutsLau.Trim(), out var postcodes) ? postcodes[0].Gemeente : null;
}
