using System.Net;
using System.Text.Json.Nodes;
using VLoket.Functions.Aanvragen;
using VLoket.Functions.Dossiers;
using VLoket.Tests.Infrastructure;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Aanvragen;

/// <summary>
/// A host with the simulated agencies, short polling, and one test service per agency (imported by an operator),
/// plus an association of a representative to apply for.
/// </summary>
public class AanvraagFixture : LoketFixture
{
    public const string Callback = "9101"; // Departement Cultuur, Jeugd en Media: calls back
    public const string Polling = "9102"; // Stad Gent uitleendienst: must be polled
    public const string Onmiddellijk = "9103"; // Provincie Oost-Vlaanderen verzekering: decides at once
    public const string Doorverwijzing = "9105"; // applied for in the agency's own application
    public const string DoorverwijzingMetInsz = "9107"; // the same, with a legal basis for passing the INSZ

    protected virtual string Termijn => "00:02:00";

    public LoketClient Vertegenwoordiger { get; private set; } = null!;

    public string VCode { get; private set; } = string.Empty;

    /// <summary>The representative's INSZ, so tests can check it leaks nowhere (traces, logs).</summary>
    public string VertegenwoordigerInsz { get; private set; } = string.Empty;

    /// <summary>More test services to import along with the three above.</summary>
    protected virtual IEnumerable<JsonObject> ExtraDiensten => [];

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[DossierOpties.TermijnSetting] = Termijn;
        settings[DossierOpties.EerstePollSetting] = "1";
        return settings;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var beheerder = await AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");
        var import = await beheerder.PostAsync("api/beheer/diensten/import",
            new JsonArray([Dienst(Callback, "OVO002949", "Projectsubsidie jeugdwerk"), Dienst(Polling, "OVO004021", "Tenten lenen"),
                Dienst(Onmiddellijk, "OVO003103", "Vrijwilligersverzekering"), DoorverwijzingDienst(), DoorverwijzingMetInszDienst(), .. ExtraDiensten]));
        Assert.True(import.Status == HttpStatusCode.OK, import.ToString());

        VertegenwoordigerInsz = Voorbeelden.NieuwInsz();
        Vertegenwoordiger = await AlsAsync(VertegenwoordigerInsz, "Vera", "Voorzitter");
        var vereniging = await Vertegenwoordiger.PostAsync("api/verenigingen", Voorbeelden.Registratie("Jeugdhuis Aanvraagtest"));
        Assert.Equal(HttpStatusCode.Created, vereniging.Status);
        VCode = vereniging.Json["vCode"]!.GetValue<string>();
    }

    public override async Task DisposeAsync()
    {
        Vertegenwoordiger?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>Starts an application with the given scenario; returns the 202 answer.</summary>
    public Task<Antwoord> VraagAanAsync(string productnummer, string scenario, Dictionary<string, string>? extra = null)
    {
        var antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Kamp aan zee", ["scenario"] = scenario };
        foreach (var (k, v) in extra ?? [])
        {
            antwoorden[k] = v;
        }

        return Vertegenwoordiger.PostAsync($"api/verenigingen/{VCode}/aanvragen", new { productnummer, antwoorden });
    }

    /// <summary>Reads the dossier until <paramref name="klaar"/> holds or the time is up.</summary>
    public async Task<JsonNode> WachtOpDossierAsync(string location, Func<JsonNode, bool> klaar, int seconden = 45, LoketClient? wie = null)
    {
        var einde = DateTime.UtcNow.AddSeconds(seconden);
        JsonNode? laatste = null;
        while (DateTime.UtcNow < einde)
        {
            var r = await (wie ?? Vertegenwoordiger).GetAsync(location);
            Assert.Equal(HttpStatusCode.OK, r.Status);
            laatste = r.Json;
            if (klaar(laatste))
            {
                return laatste;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Dossier did not reach the expected state in {seconden} s: {laatste?.ToJsonString()}");
    }

    public static string Fase(JsonNode dossier) => dossier["status"]!["fase"]!.GetValue<string>();

    static JsonObject DoorverwijzingDienst()
    {
        var dienst = Dienst(Doorverwijzing, "OVO002949", "Projectsubsidie in KIOSK");
        dienst["aanvraagwijze"] = "doorverwijzing";
        dienst["aanvraagUrl"] = "https://kiosk.example.invalid/aanvragen/projectsubsidie";
        dienst.Remove("formulier");
        return dienst;
    }

    static JsonObject DoorverwijzingMetInszDienst()
    {
        var dienst = DoorverwijzingDienst();
        dienst["productnummer"] = DoorverwijzingMetInsz;
        dienst["bevoegdeOverheden"] = new JsonArray("OVO003103");
        dienst["inszRechtsgrond"] = "Decreet van 1 januari 2026 betreffende de vrijwilligersverzekering, art. 5 (test)";
        return dienst;
    }

    /// <summary>A test service applied for through the loket at <paramref name="ovoCode"/>, with two pre-filled questions and the demo scenario.</summary>
    public static JsonObject Dienst(string productnummer, string ovoCode, string naam) => new()
    {
        ["productnummer"] = productnummer,
        ["naam"] = new JsonObject { ["nl"] = naam },
        ["beschrijving"] = new JsonObject { ["nl"] = "Een dienst om aanvragen mee te testen." },
        ["type"] = "FinancieelVoordeel",
        ["doelgroepen"] = new JsonArray("Vereniging"),
        ["themas"] = new JsonArray("CultuurSportVrijeTijd"),
        ["bevoegdBestuursniveaus"] = new JsonArray("Vlaams"),
        ["bevoegdeOverheden"] = new JsonArray(ovoCode),
        ["uitvoerendBestuursniveaus"] = new JsonArray("Vlaams"),
        ["geografischToepassingsgebieden"] = new JsonArray("BE23444021"),
        ["aanvraagwijze"] = "loket",
        ["formulier"] = new JsonArray(
            new JsonObject { ["sleutel"] = "naamVereniging", ["label"] = "Naam van de vereniging", ["type"] = "tekst", ["verplicht"] = true, ["bron"] = "vereniging.naam" },
            new JsonObject { ["sleutel"] = "rekeningnummer", ["label"] = "Rekeningnummer", ["type"] = "tekst", ["verplicht"] = true, ["bron"] = "vereniging.iban" },
            new JsonObject { ["sleutel"] = "omschrijving", ["label"] = "Omschrijving van het project", ["type"] = "tekst", ["verplicht"] = true },
            new JsonObject
            {
                ["sleutel"] = "scenario", ["label"] = "Demoscenario", ["type"] = "keuze", ["verplicht"] = false,
                ["keuzes"] = new JsonArray("goedkeuren", "afkeuren", "aanvullen", "traag", "storing-1", "storing-3", "stil"),
            }),
    };
}

/// <summary>The same, with a deadline of a few seconds.</summary>
public sealed class KorteTermijnFixture : AanvraagFixture
{
    protected override string Termijn => "00:00:04";
}
