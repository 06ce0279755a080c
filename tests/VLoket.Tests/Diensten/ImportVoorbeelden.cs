using System.Text.Json.Nodes;

namespace VLoket.Tests.Diensten;

/// <summary>Services as an operator would import them (IPDC shape plus the loket extension).</summary>
static class ImportVoorbeelden
{
    /// <summary>A complete valid service in Gent, for youth work, applied for through the loket.</summary>
    public static JsonObject Goed(string productnummer, string naam = "Fuifvergunning", JsonArray? vensters = null, string gebied = "BE23444021") => new()
    {
        ["productnummer"] = productnummer,
        ["naam"] = new JsonObject { ["nl"] = naam, ["en"] = "Party permit" },
        ["beschrijving"] = new JsonObject { ["nl"] = "Organiseer je een fuif? Vraag tijdig een vergunning aan." },
        ["type"] = "Toelating",
        ["doelgroepen"] = new JsonArray("Vereniging"),
        ["themas"] = new JsonArray("CultuurSportVrijeTijd"),
        ["bevoegdBestuursniveaus"] = new JsonArray("Lokaal"),
        ["bevoegdeOverheden"] = new JsonArray("OVO004021"),
        ["uitvoerendBestuursniveaus"] = new JsonArray("Lokaal"),
        ["geografischToepassingsgebieden"] = new JsonArray(gebied),
        ["voorwaarden"] = new JsonArray(new JsonObject
        {
            ["titel"] = new JsonObject { ["nl"] = "Op tijd" }, ["beschrijving"] = new JsonObject { ["nl"] = "Minstens zes weken vooraf." },
        }),
        ["websites"] = new JsonArray(new JsonObject { ["titel"] = new JsonObject { ["nl"] = "Meer info" }, ["url"] = "https://stad.gent/fuiven" }),
        ["contactgegevens"] = new JsonArray(new JsonObject { ["email"] = "fuiven@stad.gent", ["telefoon"] = "09 266 81 00" }),
        ["startDienstVerlening"] = "2020-01-01",
        ["zoektermen"] = new JsonArray("fuif", "party"),
        ["geschiktheid"] = new JsonObject
        {
            ["hoofdactiviteiten"] = new JsonArray("JGDW"),
            ["doelgroep"] = new JsonObject { ["minimumleeftijd"] = 12, ["maximumleeftijd"] = 30 },
            ["aanvraagvensters"] = vensters ?? new JsonArray(),
        },
        ["aanvraagwijze"] = "loket",
        ["formulier"] = new JsonArray(
            new JsonObject { ["sleutel"] = "naamVereniging", ["label"] = "Naam van de vereniging", ["type"] = "tekst", ["verplicht"] = true, ["bron"] = "vereniging.naam" },
            new JsonObject { ["sleutel"] = "datum", ["label"] = "Datum van de fuif", ["type"] = "datum", ["verplicht"] = true },
            new JsonObject
            {
                ["sleutel"] = "scenario", ["label"] = "Demoscenario", ["type"] = "keuze", ["verplicht"] = false,
                ["keuzes"] = new JsonArray("goedkeuren", "afkeuren", "aanvullen", "traag", "storing-1", "storing-3", "stil"),
            }),
    };
}
