namespace VLoket.Domain.Diensten.Import;

/// <summary>
/// One service as an import delivers it (IPDC shape plus the loket extension), before validation: everything may be
/// missing or wrong. Unknown IPDC fields are ignored.
/// </summary>
public sealed record DienstInvoer(
    string? Productnummer,
    Dictionary<string, string?>? Naam,
    Dictionary<string, string?>? Beschrijving,
    Dictionary<string, string?>? VerdereBeschrijving,
    Dictionary<string, string?>? Uitzonderingen,
    string? Type,
    List<string?>? Doelgroepen,
    List<string?>? Themas,
    List<string?>? BevoegdBestuursniveaus,
    List<string?>? BevoegdeOverheden,
    List<string?>? UitvoerendBestuursniveaus,
    List<string?>? GeografischToepassingsgebieden,
    List<TekstblokInvoer?>? Voorwaarden,
    List<TekstblokInvoer?>? Procedures,
    List<TekstblokInvoer?>? Kosten,
    List<TekstblokInvoer?>? FinancieleVoordelen,
    List<TekstblokInvoer?>? Regelgeving,
    List<WebsiteInvoer?>? Websites,
    List<ContactInvoer?>? Contactgegevens,
    string? StartDienstVerlening,
    string? EindeDienstVerlening,
    List<string?>? Zoektermen,
    bool? Verplichting,
    GeschiktheidInvoer? Geschiktheid,
    string? Aanvraagwijze,
    List<VraagInvoer?>? Formulier,
    string? AanvraagUrl,
    string? InszRechtsgrond = null,
    int? Behandeltermijn = null,
    InzageInvoer? Inzage = null,
    string? Beslissingssjabloon = null);

/// <summary>What the agency may see of the known data when it handles an application in the behandelloket.</summary>
public sealed record InzageInvoer(string? Rechtsgrond, List<string?>? Gegevens);

public sealed record TekstblokInvoer(Dictionary<string, string?>? Titel, Dictionary<string, string?>? Beschrijving, string? Url);

public sealed record WebsiteInvoer(Dictionary<string, string?>? Titel, string? Url);

public sealed record ContactInvoer(string? Email, string? Telefoon, string? Website, Dictionary<string, string?>? Openingsuren);

public sealed record GeschiktheidInvoer(
    List<string?>? Verenigingstypes,
    List<string?>? Hoofdactiviteiten,
    List<string?>? Werkingsgebieden,
    LeeftijdenInvoer? Doelgroep,
    int? MinimumBestaansjaren,
    List<ErkenningInvoer?>? Erkenningen,
    List<VensterInvoer?>? Aanvraagvensters);

public sealed record LeeftijdenInvoer(int? Minimumleeftijd, int? Maximumleeftijd);

public sealed record ErkenningInvoer(string? Productnummer, string? Naam);

public sealed record VensterInvoer(string? Opent, string? Sluit, bool? Jaarlijks);

public sealed record VraagInvoer(string? Sleutel, string? Label, string? Type, bool? Verplicht, List<string?>? Keuzes, string? Bron,
    decimal? Min = null, decimal? Max = null, int? MaxLengte = null, bool? Meerdere = null);
