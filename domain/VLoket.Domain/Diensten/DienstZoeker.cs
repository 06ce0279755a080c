using System.Globalization;
using VLoket.Domain.Diensten.Import;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Diensten;

/// <summary>A search in the catalogue as the query string gives it; every part is optional.</summary>
public sealed record Zoekopdracht(string? Q, string? Type, string? Thema, string? Bestuursniveau, string? Gebied, string? Pagina);

/// <summary>One page of search results.</summary>
public sealed record Zoekresultaat(int Totaal, int Pagina, int Paginas, int Paginagrootte, IReadOnlyList<Dienst> Items);

/// <summary>
/// Searches the catalogue. <c>q</c> matches when every word of it occurs in the name, description or search terms, ignoring
/// case and accents ("subsidie jeugd" finds "Werkingssubsidie jeugdverenigingen"); services with the words in their name
/// come first. Filters on type, theme, competent level and area narrow the result.
/// </summary>
public static class DienstZoeker
{
    public const int Paginagrootte = 20;

    public static Zoekresultaat Zoek(Catalogus catalogus, Zoekopdracht opdracht)
    {
        var f = new FoutVerzamelaar();
        string? type = Filter(f, opdracht.Type, DienstCodes.Types, "type");
        string? thema = Filter(f, opdracht.Thema, DienstCodes.Themas, "thema");
        string? niveau = Filter(f, opdracht.Bestuursniveau, DienstCodes.Bestuursniveaus, "bestuursniveau");
        string? gebied = string.IsNullOrWhiteSpace(opdracht.Gebied) ? null : f.Probeer(() => Gebieden.Create(opdracht.Gebied, "gebied"));
        int pagina = 1;
        if (!string.IsNullOrWhiteSpace(opdracht.Pagina)
            && (!int.TryParse(opdracht.Pagina, NumberStyles.None, CultureInfo.InvariantCulture, out pagina) || pagina < 1))
        {
            f.Voeg("pagina", "Het paginanummer is een geheel getal vanaf 1.");
        }

        f.GooiAlsFouten();
        string[] woorden = string.IsNullOrWhiteSpace(opdracht.Q)
            ? []
            : TekstNormalisatie.VergelijkVorm(opdracht.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var treffers = new List<(Dienst Dienst, int InNaam)>();
        for (int i = 0; i < catalogus.Diensten.Count; i++)
        {
            var d = catalogus.Diensten[i];
            if ((type is not null && d.Type != type)
                || (thema is not null && !d.Themas.Contains(thema))
                || (niveau is not null && !d.BevoegdBestuursniveaus.Contains(niveau))
                || (gebied is not null && !d.GeografischToepassingsgebieden.Any(g => Gebieden.Raakt(g, gebied)))
                || !woorden.All(catalogus.Zoekteksten[i].Contains))
            {
                continue;
            }

            string naam = TekstNormalisatie.VergelijkVorm(d.Naam.Nl);
            treffers.Add((d, woorden.Count(naam.Contains)));
        }

        var gesorteerd = treffers
            .OrderByDescending(t => t.InNaam)
            .ThenBy(t => t.Dienst.Naam.Nl, StringComparer.Create(CultureInfo.GetCultureInfo("nl-BE"), ignoreCase: true))
            .Select(t => t.Dienst)
            .ToList();
        int paginas = Math.Max(1, (gesorteerd.Count + Paginagrootte - 1) / Paginagrootte);
        var items = gesorteerd.Skip((pagina - 1) * Paginagrootte).Take(Paginagrootte).ToList();
        return new Zoekresultaat(gesorteerd.Count, pagina, paginas, Paginagrootte, items);
    }

    /// <summary>Name, description and search terms in every language, folded for comparison.</summary>
    public static string Zoektekst(Dienst d) =>
        TekstNormalisatie.VergelijkVorm(string.Join(' ', d.Naam.Values.Concat(d.Beschrijving.Values).Concat(d.Zoektermen)));

    static string? Filter(FoutVerzamelaar f, string? waarde, IReadOnlyList<string> lijst, string veld)
    {
        if (string.IsNullOrWhiteSpace(waarde))
        {
            return null;
        }

        string? code = DienstCodes.Zoek(lijst, waarde);
        if (code is null)
        {
            f.Voeg(veld, $"{ImportVelden.Benoem(waarde)} is geen gekende code. Kies uit: {string.Join(", ", lijst)}.");
        }

        return code;
    }
}
