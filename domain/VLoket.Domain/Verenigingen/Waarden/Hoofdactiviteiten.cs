namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>Checks the list of main activities of one association as a whole: every code valid and none twice.</summary>
public static class Hoofdactiviteiten
{
    /// <summary>
    /// Validates every code; errors on one code are reported on <c>veld[index]</c>. A missing list gives an empty list,
    /// since main activities are optional.
    /// </summary>
    public static IReadOnlyList<Hoofdactiviteit> Create(IEnumerable<string?>? codes, string veld)
    {
        var fouten = new FoutVerzamelaar();
        var resultaat = new List<Hoofdactiviteit>();
        var index = 0;
        foreach (var code in codes ?? [])
        {
            var elementVeld = $"{veld}[{index++}]";
            if (fouten.Probeer(() => Hoofdactiviteit.Create(code, elementVeld)) is not { } activiteit)
            {
                continue;
            }

            if (resultaat.Contains(activiteit))
            {
                fouten.Voeg(elementVeld, $"De hoofdactiviteit {activiteit.Code} ({activiteit.Naam}) staat er meer dan één keer in.");
                continue;
            }

            resultaat.Add(activiteit);
        }

        fouten.GooiAlsFouten();
        return resultaat;
    }
}
