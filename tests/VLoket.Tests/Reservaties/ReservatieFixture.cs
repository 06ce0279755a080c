using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Agencies.Simulator.Instanties;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Reservaties;

/// <summary>
/// The application fixture plus a lending service of Stad Gent's uitleendienst (OVO004021), whose holds lapse after
/// <see cref="HoudSeconden"/> so a test can watch one expire.
/// </summary>
public class ReservatieFixture : AanvraagFixture
{
    public const string Uitleendienst = "9104";
    public const string OvoCode = "OVO004021";

    /// <summary>A lending service of the simulated agency that calls back (OVO002949), for approvals reported by callback.</summary>
    public const string UitleendienstMetCallbacks = "9108";
    public const string OvoCodeMetCallbacks = "OVO002949";
    public const int HoudSeconden = 15;

    /// <summary>Few attempts per agency call, so an unreachable agency fails a reservation within seconds.</summary>
    public const int Pogingen = 3;

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[VLoket.Functions.Dossiers.DossierOpties.PogingenSetting] = Pogingen.ToString(CultureInfo.InvariantCulture);
        return settings;
    }

    protected override IDictionary<string, string?>? SimulatorSettings => new Dictionary<string, string?>
    {
        [SimulatorOpties.HoudMinutenSetting] = (HoudSeconden / 60.0).ToString(CultureInfo.InvariantCulture),
    };

    protected override IEnumerable<JsonObject> ExtraDiensten => [LeenDienst(Uitleendienst, OvoCode), LeenDienst(UitleendienstMetCallbacks, OvoCodeMetCallbacks)];

    static JsonObject LeenDienst(string productnummer, string ovoCode) =>
        new()
        {
            ["productnummer"] = productnummer,
            ["naam"] = new JsonObject { ["nl"] = "Materiaal lenen bij de uitleendienst" },
            ["beschrijving"] = new JsonObject { ["nl"] = "Tenten, een podium of de zaal reserveren." },
            ["type"] = "InfrastructuurMateriaal",
            ["doelgroepen"] = new JsonArray("Vereniging"),
            ["themas"] = new JsonArray("CultuurSportVrijeTijd"),
            ["bevoegdBestuursniveaus"] = new JsonArray("Lokaal"),
            ["bevoegdeOverheden"] = new JsonArray(ovoCode),
            ["uitvoerendBestuursniveaus"] = new JsonArray("Lokaal"),
            ["geografischToepassingsgebieden"] = new JsonArray("BE23444021"),
            ["aanvraagwijze"] = "loket",
            ["formulier"] = new JsonArray(
                new JsonObject { ["sleutel"] = "materiaal", ["label"] = "Materiaal", ["type"] = "keuze", ["verplicht"] = true, ["keuzes"] = new JsonArray("tent", "podium", "zaal", "feestzaal") },
                new JsonObject { ["sleutel"] = "aantal", ["label"] = "Aantal", ["type"] = "getal", ["verplicht"] = false },
                new JsonObject { ["sleutel"] = "ophaaldatum", ["label"] = "Ophaaldatum", ["type"] = "datum", ["verplicht"] = true },
                new JsonObject { ["sleutel"] = "terugbrengdatum", ["label"] = "Terugbrengdatum", ["type"] = "datum", ["verplicht"] = true }),
        };

    /// <summary>Asks to borrow <paramref name="aantal"/> of <paramref name="materiaal"/> from today + <paramref name="over"/> days for <paramref name="dagen"/> days.</summary>
    public Task<Antwoord> ReserveerAsync(string materiaal, int aantal, int over, int dagen = 2, string productnummer = Uitleendienst)
    {
        var (van, tot) = Periode(over, dagen);
        var antwoorden = new Dictionary<string, string>
        {
            ["materiaal"] = materiaal,
            ["aantal"] = aantal.ToString(CultureInfo.InvariantCulture),
            ["ophaaldatum"] = van,
            ["terugbrengdatum"] = tot,
        };
        return Vertegenwoordiger.PostAsync($"api/verenigingen/{VCode}/aanvragen", new { productnummer, antwoorden });
    }

    public static (string Van, string Tot) Periode(int over, int dagen = 2)
    {
        var van = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(over);
        return (van.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), van.AddDays(dagen - 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>What the agency itself says is free.</summary>
    public async Task<int> BeschikbaarBijInstantieAsync(string materiaal, int over, int dagen = 2, string ovoCode = OvoCode)
    {
        var (van, tot) = Periode(over, dagen);
        using var http = new HttpClient(LoketBewijzen.Handler());
        var antwoord = await http.GetFromJsonAsync<JsonObject>(new Uri(Simulator.InstantieUrl(ovoCode), $"beschikbaarheid?materiaal={materiaal}&van={van}&tot={tot}"));
        return antwoord!["beschikbaar"]!.GetValue<int>();
    }

    /// <summary>The agency's reservation for a dossier.</summary>
    public async Task<JsonNode> ReservatieBijInstantieAsync(string dossierId, string ovoCode = OvoCode)
    {
        using var http = new HttpClient();
        var alle = await http.GetFromJsonAsync<JsonArray>(new Uri(Simulator.InstantieUrl(ovoCode), "reservaties"));
        return alle!.Single(r => r!["dossierId"]!.GetValue<string>() == dossierId)!;
    }

    public async Task<int> AantalReservatiesBijInstantieAsync(string dossierId)
    {
        using var http = new HttpClient();
        var alle = await http.GetFromJsonAsync<JsonArray>(new Uri(Simulator.InstantieUrl(OvoCode), "reservaties"));
        return alle!.Count(r => r!["dossierId"]!.GetValue<string>() == dossierId);
    }
}
