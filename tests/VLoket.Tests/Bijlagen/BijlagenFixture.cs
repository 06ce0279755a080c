using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using VLoket.Tests.Aanvragen;
using VLoket.Tests.Infrastructure;

namespace VLoket.Tests.Bijlagen;

/// <summary>
/// The application host with one more service at the callback agency whose form has a question of every type: a bounded
/// number, a date, yes/no, a multiple choice, a short text and a file (the Gent camp subsidy's participants' list).
/// </summary>
public class BijlagenFixture : AanvraagFixture
{
    public const string Kamp = "9120";

    protected override IEnumerable<JsonObject> ExtraDiensten => [KampDienst()];

    public static JsonObject KampDienst()
    {
        var dienst = Dienst(Kamp, "OVO002949", "Kampsubsidie met deelnemerslijst");
        dienst["formulier"] = new JsonArray(
            new JsonObject { ["sleutel"] = "naamVereniging", ["label"] = "Naam van de vereniging", ["type"] = "tekst", ["verplicht"] = true, ["bron"] = "vereniging.naam" },
            new JsonObject { ["sleutel"] = "deelnemers", ["label"] = "Aantal deelnemers", ["type"] = "getal", ["verplicht"] = true, ["min"] = 1, ["max"] = 500 },
            new JsonObject { ["sleutel"] = "begindatum", ["label"] = "Eerste kampdag", ["type"] = "datum", ["verplicht"] = true },
            new JsonObject { ["sleutel"] = "verzekerd", ["label"] = "Zijn de deelnemers verzekerd?", ["type"] = "ja-nee", ["verplicht"] = true },
            new JsonObject
            {
                ["sleutel"] = "activiteiten", ["label"] = "Activiteiten", ["type"] = "keuze", ["verplicht"] = false, ["meerdere"] = true,
                ["keuzes"] = new JsonArray("kamp", "weekend", "dagactiviteit"),
            },
            new JsonObject { ["sleutel"] = "kampplaats", ["label"] = "Kampplaats", ["type"] = "tekst", ["verplicht"] = false, ["maxLengte"] = 40 },
            new JsonObject { ["sleutel"] = "deelnemerslijst", ["label"] = "Deelnemerslijst", ["type"] = "bestand", ["verplicht"] = true },
            new JsonObject
            {
                ["sleutel"] = "scenario", ["label"] = "Demoscenario", ["type"] = "keuze", ["verplicht"] = false,
                ["keuzes"] = new JsonArray("goedkeuren", "afkeuren", "aanvullen", "traag", "storing-1", "storing-3", "stil"),
            });
        return dienst;
    }

    /// <summary>Uploads a file for the association; returns the answer (201 with its bijlageId, or a problem).</summary>
    public Task<Antwoord> LaadOpAsync(LoketClient wie, string vCode, string naam, string contentType, byte[] inhoud) =>
        wie.PostAsync($"api/verenigingen/{vCode}/bijlagen", new { naam, contentType, inhoudBase64 = Convert.ToBase64String(inhoud) });

    /// <summary>The application as the simulated agency received it (answers with their JSON types, fetched files and hashes).</summary>
    public async Task<JsonNode> OntvangenAsync(string ovoCode, string zaakId)
    {
        using var http = new HttpClient();
        var r = await http.GetAsync(new Uri(Simulator.InstantieUrl(ovoCode), $"zaken/{zaakId}/indiening"));
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<JsonNode>())!;
    }
}
