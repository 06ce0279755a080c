using System.Globalization;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>The simulator's settings, read once at start-up from the <c>Simulator</c> configuration section.</summary>
/// <param name="Houdtijd">How long a reservation hold lasts unless it is confirmed (<c>Simulator:HoudMinuten</c>, fractions allowed).</param>
public sealed record SimulatorOpties(TimeSpan Verwerking, TimeSpan Traag, IReadOnlyDictionary<string, string> Geheimen, TimeSpan Houdtijd)
{
    public const string VerwerkingMsSetting = "Simulator:VerwerkingMs";
    public const string TraagSecondenSetting = "Simulator:TraagSeconden";
    public const string GeheimenSectie = "Simulator:Geheimen";
    public const string HoudMinutenSetting = "Simulator:HoudMinuten";

    /// <summary>Reads the settings; a value that is present but not a number stops start-up rather than being ignored.</summary>
    public static SimulatorOpties Lees(IConfiguration configuratie)
    {
        double verwerkingMs = Getal(configuratie, VerwerkingMsSetting, 300);
        double traagSeconden = Getal(configuratie, TraagSecondenSetting, 5);
        double houdMinuten = Getal(configuratie, HoudMinutenSetting, 15);
        var geheimen = SimulatorInstanties.Alle.ToDictionary(
            i => i.OvoCode,
            i => configuratie[$"{GeheimenSectie}:{i.OvoCode}"] is { Length: > 0 } geheim ? geheim : OntwikkelGeheimen.Voor(i.OvoCode));
        return new SimulatorOpties(TimeSpan.FromMilliseconds(verwerkingMs), TimeSpan.FromSeconds(traagSeconden), geheimen,
            TimeSpan.FromMinutes(houdMinuten));
    }

    static double Getal(IConfiguration configuratie, string sleutel, double standaard)
    {
        string? tekst = configuratie[sleutel];
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return standaard;
        }

        return double.TryParse(tekst, NumberStyles.Float, CultureInfo.InvariantCulture, out double waarde) && waarde >= 0
            ? waarde
            : throw new InvalidOperationException($"{sleutel} moet een niet-negatief getal zijn, niet '{tekst}'.");
    }
}
