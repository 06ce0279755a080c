namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>Checks the list of areas of one association as a whole: every code valid, none twice, and NVT alone.</summary>
public static class Werkingsgebieden
{
    /// <summary>
    /// Validates every code; errors on one code are reported on <c>veld[index]</c>, the NVT combination on
    /// <paramref name="veld"/> itself. A missing list gives an empty list.
    /// </summary>
    public static IReadOnlyList<Werkingsgebied> Create(IEnumerable<string?>? codes, string veld)
    {
        var fouten = new FoutVerzamelaar();
        var resultaat = new List<Werkingsgebied>();
        var index = 0;
        foreach (var code in codes ?? [])
        {
            var elementVeld = $"{veld}[{index++}]";
            if (fouten.Probeer(() => Werkingsgebied.Create(code, elementVeld)) is not { } gebied)
            {
                continue;
            }

            if (resultaat.Any(bestaand => bestaand.Code == gebied.Code))
            {
                fouten.Voeg(elementVeld, $"Het werkingsgebied {gebied.Naam} ({gebied.Code}) staat er meer dan één keer in.");
                continue;
            }

            resultaat.Add(gebied);
        }

        if (resultaat.Count > 1 && resultaat.Any(gebied => gebied.IsNietVanToepassing))
        {
            fouten.Voeg(veld, "'Niet van toepassing' (NVT) kan niet samen met andere werkingsgebieden gekozen worden.");
        }

        fouten.GooiAlsFouten();
        return resultaat;
    }
}
