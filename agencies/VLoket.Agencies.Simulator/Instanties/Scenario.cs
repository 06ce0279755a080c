using System.Globalization;
using System.Text.Json;

namespace VLoket.Agencies.Simulator.Instanties;

/// <summary>What the simulated agency does with a case, scripted by <c>antwoorden["scenario"]</c>.</summary>
public enum ScenarioSoort
{
    Goedkeuren,
    Afkeuren,
    Aanvullen,
    Traag,
    Stil,
}

/// <summary>A parsed scenario: its kind and, for <c>storing-N</c>, how many submissions fail first.</summary>
public sealed record Scenario(ScenarioSoort Soort, int Storingen)
{
    public const string AntwoordSleutel = "scenario";

    /// <summary>Reads the scenario from the answers; absent means <c>goedkeuren</c>, unknown text means null.</summary>
    public static Scenario? Lees(IReadOnlyDictionary<string, JsonElement>? antwoorden)
    {
        string? tekst = antwoorden is not null && antwoorden.TryGetValue(AntwoordSleutel, out var waarde) && waarde.ValueKind == JsonValueKind.String
            ? waarde.GetString()
            : null;
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return new Scenario(ScenarioSoort.Goedkeuren, 0);
        }

        string naam = tekst.Trim().ToLowerInvariant();
        if (naam.StartsWith("storing-", StringComparison.Ordinal))
        {
            // storing-N fails N times, then behaves as goedkeuren.
            return int.TryParse(naam["storing-".Length..], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                ? new Scenario(ScenarioSoort.Goedkeuren, n)
                : null;
        }

        return naam switch
        {
            "goedkeuren" => new Scenario(ScenarioSoort.Goedkeuren, 0),
            "afkeuren" => new Scenario(ScenarioSoort.Afkeuren, 0),
            "aanvullen" => new Scenario(ScenarioSoort.Aanvullen, 0),
            "traag" => new Scenario(ScenarioSoort.Traag, 0),
            "stil" => new Scenario(ScenarioSoort.Stil, 0),
            _ => null,
        };
    }
}
