namespace VLoket.Domain.Verenigingen.Waarden;

/// <summary>The age range an association is meant for. A limit that is not given means "no limit" (0 or 150).</summary>
public sealed record Doelgroep
{
    public const int LaagsteLeeftijd = 0;

    public const int HoogsteLeeftijd = 150;

    Doelgroep(int minimumleeftijd, int maximumleeftijd)
    {
        Minimumleeftijd = minimumleeftijd;
        Maximumleeftijd = maximumleeftijd;
    }

    /// <summary>Everyone, 0 to 150: the default when no range is given.</summary>
    public static Doelgroep Iedereen { get; } = new(LaagsteLeeftijd, HoogsteLeeftijd);

    public int Minimumleeftijd { get; }

    public int Maximumleeftijd { get; }

    /// <summary>
    /// Validates user input; errors are reported on <c>veld.minimumleeftijd</c> and <c>veld.maximumleeftijd</c>, an
    /// inverted range on <paramref name="veld"/> itself.
    /// </summary>
    public static Doelgroep Create(int? minimumleeftijd, int? maximumleeftijd, string veld)
    {
        var minimum = minimumleeftijd ?? LaagsteLeeftijd;
        var maximum = maximumleeftijd ?? HoogsteLeeftijd;

        var fouten = new FoutVerzamelaar();
        if (minimum is < LaagsteLeeftijd or > HoogsteLeeftijd)
        {
            fouten.Voeg(Veldpad.Onder(veld, "minimumleeftijd"), $"De minimumleeftijd moet tussen {LaagsteLeeftijd} en {HoogsteLeeftijd} jaar liggen.");
        }

        if (maximum is < LaagsteLeeftijd or > HoogsteLeeftijd)
        {
            fouten.Voeg(Veldpad.Onder(veld, "maximumleeftijd"), $"De maximumleeftijd moet tussen {LaagsteLeeftijd} en {HoogsteLeeftijd} jaar liggen.");
        }

        if (!fouten.HeeftFouten && minimum > maximum)
        {
            fouten.Voeg(veld, "De minimumleeftijd mag niet hoger zijn dan de maximumleeftijd.");
        }

        fouten.GooiAlsFouten();
        return new Doelgroep(minimum, maximum);
    }

    /// <summary>Rebuilds a range read from storage; it was validated when it was stored.</summary>
    public static Doelgroep Hydrate(int minimumleeftijd, int maximumleeftijd) => new(minimumleeftijd, maximumleeftijd);

    /// <summary>True when someone of this age belongs to the target group (both limits included).</summary>
    public bool Bevat(int leeftijd) => leeftijd >= Minimumleeftijd && leeftijd <= Maximumleeftijd;

    public override string ToString() => $"{Minimumleeftijd}-{Maximumleeftijd} jaar";
}
