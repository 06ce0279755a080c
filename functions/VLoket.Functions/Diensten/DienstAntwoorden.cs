using System.Text.Json.Serialization;
using VLoket.Domain.Diensten;
using VLoket.Domain.Diensten.Model;

namespace VLoket.Functions.Diensten;

/// <summary>A competent authority with the name a front end shows.</summary>
public sealed record OverheidAntwoord(string OvoCode, string Naam)
{
    public static List<OverheidAntwoord> Van(Dienst d) => d.BevoegdeOverheden.Select(o => new OverheidAntwoord(o, Overheden.Naam(o))).ToList();
}

/// <summary>A service in a search result: enough to list it; the detail route has the rest.</summary>
public sealed record DienstSamenvatting(
    string Productnummer, Taalkaart Naam, Taalkaart Beschrijving, string Type, List<string> Doelgroepen, List<string> Themas,
    List<string> BevoegdBestuursniveaus, List<string> BevoegdeOverheden, List<OverheidAntwoord> Overheden,
    List<string> GeografischToepassingsgebieden, bool Verplichting, string Aanvraagwijze)
{
    public static DienstSamenvatting Van(Dienst d) => new(
        d.Productnummer, d.Naam, d.Beschrijving, d.Type, d.Doelgroepen, d.Themas, d.BevoegdBestuursniveaus, d.BevoegdeOverheden,
        OverheidAntwoord.Van(d), d.GeografischToepassingsgebieden, d.IsWettelijkeVerplichting, d.Aanvraagwijze);
}

/// <summary>Body of <c>GET /api/diensten</c>.</summary>
public sealed record ZoekAntwoord(int Totaal, int Pagina, int Paginas, int Paginagrootte, List<DienstSamenvatting> Items)
{
    public static ZoekAntwoord Van(Zoekresultaat r) =>
        new(r.Totaal, r.Pagina, r.Paginas, r.Paginagrootte, r.Items.Select(DienstSamenvatting.Van).ToList());
}

/// <summary>Whether the service can be applied for today, and until or from when.</summary>
public sealed record VensterAntwoord(bool Open, DateOnly? SluitOp, DateOnly? OpentOp);

/// <summary>One service in an association's overview, with why it applies and what is still missing.</summary>
public sealed record AanbodItem(
    string Productnummer, Taalkaart Naam, Taalkaart Beschrijving, string Type, List<string> Themas, List<OverheidAntwoord> Overheden,
    bool Verplichting, bool Toepasbaar, bool NuAanvraagbaar, IReadOnlyList<string> Redenen, IReadOnlyList<string> Ontbreekt,
    VensterAntwoord Venster, string Aanvraagwijze, string? AanvraagUrl)
{
    /// <summary>
    /// Phase of this association's most recent dossier for the service (e.g. <c>InBehandeling</c>, <c>Goedgekeurd</c>),
    /// or null when it never applied. Written even when null, so clients can rely on the field.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? Dossierstatus { get; init; }

    public static AanbodItem Van(Beoordeling b) => new(
        b.Dienst.Productnummer, b.Dienst.Naam, b.Dienst.Beschrijving, b.Dienst.Type, b.Dienst.Themas, OverheidAntwoord.Van(b.Dienst),
        b.Dienst.IsWettelijkeVerplichting, b.Toepasbaar, b.NuAanvraagbaar, b.Redenen, b.Ontbreekt,
        new VensterAntwoord(b.Venster.Open, b.Venster.SluitOp, b.Venster.OpentOp), b.Dienst.Aanvraagwijze, b.Dienst.AanvraagUrl);
}

/// <summary>Body of <c>GET /api/verenigingen/{vCode}/aanbod</c>.</summary>
public sealed record AanbodAntwoord(string VCode, string Naam, DateOnly Datum, int Totaal, List<AanbodItem> Diensten)
{
    /// <summary>The overview; <paramref name="dossierfasen"/> gives per productnummer the phase of the association's most recent dossier.</summary>
    public static AanbodAntwoord Van(AanbodResultaat r, IReadOnlyDictionary<string, string>? dossierfasen = null) =>
        new(r.Vereniging.VCode, r.Vereniging.Naam, r.Vandaag, r.Diensten.Count, r.Diensten
            .Select(b => AanbodItem.Van(b) with { Dossierstatus = dossierfasen?.GetValueOrDefault(b.Dienst.Productnummer) })
            .ToList());
}
