namespace VLoket.Domain.Diensten.Model;

/// <summary>
/// One question of a loket application form. <see cref="Bron"/> names a data item the government already has
/// (once only): the form pre-fills it and shows where it came from. <see cref="Min"/> and <see cref="Max"/> bound a
/// <c>getal</c>, <see cref="MaxLengte"/> a <c>tekst</c> (default <see cref="Aanvraag.StandaardMaxLengte"/>), and
/// <see cref="Meerdere"/> lets a <c>keuze</c> take several of its choices.
/// </summary>
public sealed record Vraag(string Sleutel, string Label, string Type, bool Verplicht, List<string>? Keuzes = null, string? Bron = null,
    decimal? Min = null, decimal? Max = null, int? MaxLengte = null, bool Meerdere = false);

/// <summary>The code lists of the application extension.</summary>
public static class Aanvraag
{
    public const string Loket = "loket";
    public const string Doorverwijzing = "doorverwijzing";

    public static readonly IReadOnlyList<string> Wijzen = [Loket, Doorverwijzing];

    /// <summary>Question types a front end knows how to render.</summary>
    public static readonly IReadOnlyList<string> Vraagtypes = ["tekst", "getal", "datum", "keuze", "bestand", "ja-nee"];

    public const string Keuze = "keuze";
    public const string Tekst = "tekst";
    public const string Getal = "getal";
    public const string Datum = "datum";
    public const string Bestand = "bestand";
    public const string JaNee = "ja-nee";

    /// <summary>The longest answer to a <c>tekst</c> question that declares no <see cref="Vraag.MaxLengte"/>.</summary>
    public const int StandaardMaxLengte = 4000;

    /// <summary>
    /// Data items a question can be pre-filled from: the association's register data, the signed-in representative, and
    /// the external sources (active recognitions, youth-work attests of its representatives).
    /// </summary>
    public static readonly IReadOnlyList<string> Bronnen =
    [
        "vereniging.vCode", "vereniging.naam", "vereniging.korteNaam", "vereniging.kboNummer", "vereniging.verenigingstype",
        "vereniging.startdatum", "vereniging.doelgroep", "vereniging.hoofdactiviteiten", "vereniging.werkingsgebieden",
        "vereniging.adres", "vereniging.email", "vereniging.telefoon", "vereniging.website", "vereniging.iban",
        "vertegenwoordiger.naam", "vertegenwoordiger.email", "vertegenwoordiger.telefoon",
        "erkenningen.actief", "attesten.leiding",
    ];

    /// <summary>
    /// The demo forms' question that tells the simulated agency how to behave (used by the agency simulator), with its choices.
    /// </summary>
    public const string ScenarioSleutel = "scenario";

    public static readonly IReadOnlyList<string> Scenarios = ["goedkeuren", "afkeuren", "aanvullen", "traag", "storing-1", "storing-3", "stil"];
}
