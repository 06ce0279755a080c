using System.Net;
using System.Text.Json.Nodes;
using VLoket.Functions.Dossiers;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Infrastructure;
using Antwoord = VLoket.Tests.Infrastructure.Antwoord;
using VLoket.Tests.Verenigingen;

namespace VLoket.Tests.Behandeling;

/// <summary>
/// A host where Stad Gent (OVO004021) and Stad Aalst (OVO004022) handle their applications in the behandelloket — by
/// configuration only — while the simulated agencies handle the rest; a Gent service with a legal basis for a part of the
/// known data, and an association that applies.
/// </summary>
public class BehandelFixture : LoketFixture
{
    public const string Gent = "OVO004021";
    public const string Aalst = "OVO004022";
    public const string Kampsubsidie = "9201"; // Gent, handling term 1 day, may see the name only
    public const string Lokalen = "9202"; // Gent, handling term 30 days
    public const string AalstDienst = "9203";
    public const string Uitleendienst = "9204"; // Gent's lending service, stock in the behandelloket

    public LoketClient Vertegenwoordiger { get; private set; } = null!;

    public string VCode { get; private set; } = string.Empty;

    protected override IDictionary<string, string?> Settings(string connectionString)
    {
        var settings = base.Settings(connectionString);
        settings[$"VLoket:Instanties:{Gent}:Behandeling"] = "loket";
        settings[$"VLoket:Instanties:{Aalst}:Behandeling"] = "loket";
        settings[DossierOpties.EerstePollSetting] = "1";
        return settings;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var beheerder = await AlsAsync(Voorbeelden.InszOlaf, "Olaf", "Verbeke", "beheerder");
        var kamp = AanvraagFixture.Dienst(Kampsubsidie, Gent, "Subsidie voor jeugdkampen");
        kamp["behandeltermijn"] = 1;
        kamp["inzage"] = new JsonObject
        {
            ["rechtsgrond"] = "Reglement jeugdkampen Gent, art. 3 (test)",
            ["gegevens"] = new JsonArray("vereniging.naam"),
        };
        var lokalen = AanvraagFixture.Dienst(Lokalen, Gent, "Subsidie voor jeugdlokalen");
        lokalen["behandeltermijn"] = 30;
        var import = await beheerder.PostAsync("api/beheer/diensten/import",
            new JsonArray(kamp, lokalen, AanvraagFixture.Dienst(AalstDienst, Aalst, "Buurtfeestpremie"), UitleenDienst()));
        Assert.True(import.Status == HttpStatusCode.OK && !import.Tekst.Contains("geweigerd\":1"), import.ToString());

        Vertegenwoordiger = await AlsAsync(Voorbeelden.NieuwInsz(), "Vera", "Voorzitter");
        var vereniging = await Vertegenwoordiger.PostAsync("api/verenigingen", Voorbeelden.Registratie("Chiro Behandeltest"));
        Assert.Equal(HttpStatusCode.Created, vereniging.Status);
        VCode = vereniging.Json["vCode"]!.GetValue<string>();
    }

    public override async Task DisposeAsync()
    {
        Vertegenwoordiger?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>A case worker with the given role values, e.g. <c>behandelaar:OVO004021</c>.</summary>
    public Task<LoketClient> MedewerkerAsync(string voornaam, params string[] rollen) =>
        AlsAsync(Voorbeelden.NieuwInsz(), voornaam, "Medewerker", rollen);

    /// <summary>Applies for <paramref name="productnummer"/>; returns the dossier id.</summary>
    public async Task<string> VraagAanAsync(string productnummer)
    {
        var r = await Vertegenwoordiger.PostAsync($"api/verenigingen/{VCode}/aanvragen",
            new { productnummer, antwoorden = new Dictionary<string, string> { ["omschrijving"] = "Kamp in de Ardennen" } });
        Assert.True(r.Status == HttpStatusCode.Accepted, r.ToString());
        return r.Json["dossierId"]!.GetValue<string>();
    }

    public async Task<JsonNode> DossierAsync(string dossierId) =>
        (await Vertegenwoordiger.GetAsync($"api/verenigingen/{VCode}/dossiers/{dossierId}")).Json;

    /// <summary>Waits until <paramref name="klaar"/> holds for what <paramref name="lees"/> gives.</summary>
    public static async Task<JsonNode> WachtAsync(Func<Task<JsonNode>> lees, Func<JsonNode, bool> klaar, int seconden = 45)
    {
        var einde = DateTime.UtcNow.AddSeconds(seconden);
        JsonNode laatste;
        do
        {
            laatste = await lees();
            if (klaar(laatste))
            {
                return laatste;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < einde);
        throw new TimeoutException($"Not reached in {seconden} s: {laatste.ToJsonString()}");
    }

    /// <summary>Waits until the case is in the agency's inbox (the workflow's submit step put it there).</summary>
    public static Task<JsonNode> WachtOpZaakAsync(LoketClient medewerker, string ovoCode, string dossierId) =>
        WachtAsync(async () => (await medewerker.GetAsync($"api/behandeling/{ovoCode}/inbox?aantal=200")).Json,
            inbox => inbox["items"]!.AsArray().Any(i => i!["dossierId"]!.GetValue<string>() == dossierId));

    static JsonObject UitleenDienst()
    {
        var dienst = AanvraagFixture.Dienst(Uitleendienst, Gent, "Materiaal lenen bij de uitleendienst");
        dienst["type"] = "InfrastructuurMateriaal";
        dienst["formulier"] = new JsonArray(
            new JsonObject { ["sleutel"] = "materiaal", ["label"] = "Materiaal", ["type"] = "tekst", ["verplicht"] = true },
            new JsonObject { ["sleutel"] = "aantal", ["label"] = "Aantal", ["type"] = "getal", ["verplicht"] = false },
            new JsonObject { ["sleutel"] = "ophaaldatum", ["label"] = "Ophaaldatum", ["type"] = "datum", ["verplicht"] = true },
            new JsonObject { ["sleutel"] = "terugbrengdatum", ["label"] = "Terugbrengdatum", ["type"] = "datum", ["verplicht"] = true });
        return dienst;
    }

    /// <summary>A day <paramref name="over"/> days from today, as the API writes it.</summary>
    public static string Dag(int over) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddDays(over).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reserves through the lending service's form; returns the 202 answer.</summary>
    public Task<Antwoord> ReserveerAsync(string materiaal, int aantal, int over, int dagen = 2) =>
        Vertegenwoordiger.PostAsync($"api/verenigingen/{VCode}/aanvragen", new
        {
            productnummer = Uitleendienst,
            antwoorden = new Dictionary<string, string>
            {
                ["materiaal"] = materiaal, ["aantal"] = aantal.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ophaaldatum"] = Dag(over), ["terugbrengdatum"] = Dag(over + dagen - 1),
            },
        });

    /// <summary>What the loket tells the association is free (the answer the association's screens show).</summary>
    public async Task<int> BeschikbaarAsync(string materiaal, int over, int dagen = 1)
    {
        var r = await Vertegenwoordiger.GetAsync(
            $"api/verenigingen/{VCode}/beschikbaarheid?productnummer={Uitleendienst}&materiaal={materiaal}&van={Dag(over)}&tot={Dag(over + dagen - 1)}");
        Assert.True(r.Status == HttpStatusCode.OK, r.ToString());
        return r.Json["beschikbaar"]!.GetValue<int>();
    }

    public static string Fase(JsonNode dossier) => dossier["status"]!["fase"]!.GetValue<string>();
}
