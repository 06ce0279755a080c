using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Waarden;
using static VLoket.Domain.Diensten.Import.ImportVelden;

namespace VLoket.Domain.Diensten.Import;

/// <summary>
/// Turns an imported service into a <see cref="Dienst"/>, checking every field. All problems of one service are reported
/// together (field paths relative to the service, e.g. <c>naam.nl</c> or <c>geschiktheid.aanvraagvensters[0].sluit</c>).
/// </summary>
public static class DienstValidatie
{
    const int MaxNaam = 200;
    const int MaxBeschrijving = 5000;
    const int MaxLangeTekst = 10000;
    const int MaxZoekterm = 60;

    public static Dienst Create(DienstInvoer invoer)
    {
        var f = new FoutVerzamelaar();
        string? productnummer = f.Probeer(() => Productnummer(invoer.Productnummer, "productnummer"));
        var naam = f.Probeer(() => Taalkaart(invoer.Naam, "naam", MaxNaam));
        var beschrijving = f.Probeer(() => Taalkaart(invoer.Beschrijving, "beschrijving", MaxBeschrijving));
        var verdere = f.Probeer(() => Taalkaart(invoer.VerdereBeschrijving, "verdereBeschrijving", MaxLangeTekst, verplicht: false));
        var uitzonderingen = f.Probeer(() => Taalkaart(invoer.Uitzonderingen, "uitzonderingen", MaxBeschrijving, verplicht: false));
        string? type = f.Probeer(() => Type(invoer.Type));
        var doelgroepen = f.Probeer(() => Codes(invoer.Doelgroepen, DienstCodes.Doelgroepen, "doelgroepen", verplicht: true));
        var themas = f.Probeer(() => Codes(invoer.Themas, DienstCodes.Themas, "themas", verplicht: false));
        var bevoegd = f.Probeer(() => Codes(invoer.BevoegdBestuursniveaus, DienstCodes.Bestuursniveaus, "bevoegdBestuursniveaus", verplicht: true));
        var uitvoerend = f.Probeer(() => Codes(invoer.UitvoerendBestuursniveaus, DienstCodes.UitvoerendBestuursniveaus, "uitvoerendBestuursniveaus", verplicht: false));
        var overheden = f.Probeer(() => Overheden(invoer.BevoegdeOverheden));
        var gebieden = f.Probeer(() => Gebieden(invoer.GeografischToepassingsgebieden, "geografischToepassingsgebieden", verplicht: true));
        var voorwaarden = f.Probeer(() => Tekstblokken(invoer.Voorwaarden, "voorwaarden"));
        var procedures = f.Probeer(() => Tekstblokken(invoer.Procedures, "procedures"));
        var kosten = f.Probeer(() => Tekstblokken(invoer.Kosten, "kosten"));
        var voordelen = f.Probeer(() => Tekstblokken(invoer.FinancieleVoordelen, "financieleVoordelen"));
        var regelgeving = f.Probeer(() => Tekstblokken(invoer.Regelgeving, "regelgeving"));
        var websites = f.Probeer(() => Websites(invoer.Websites));
        var contact = f.Probeer(() => Contactgegevens(invoer.Contactgegevens));
        var start = f.Probeer(() => Datum(invoer.StartDienstVerlening, "startDienstVerlening"));
        var einde = f.Probeer(() => Datum(invoer.EindeDienstVerlening, "eindeDienstVerlening"));
        if (start is not null && einde < start)
        {
            f.Voeg("eindeDienstVerlening", "Het einde van de dienstverlening kan niet voor de start liggen.");
        }

        var zoektermen = f.Probeer(() => Zoektermen(invoer.Zoektermen));
        var geschiktheid = f.Probeer(() => GeschiktheidValidatie.Create(invoer.Geschiktheid, "geschiktheid"));
        var aanvraag = f.Probeer(() => AanvraagValidatie.Create(invoer.Aanvraagwijze, invoer.Formulier, invoer.AanvraagUrl));
        string? inszRechtsgrond = f.Probeer(() => VLoket.Domain.Verenigingen.Waarden.Tekst.Optioneel(invoer.InszRechtsgrond, "inszRechtsgrond"));
        if (inszRechtsgrond is not null && aanvraag?.Wijze != Aanvraag.Doorverwijzing)
        {
            f.Voeg("inszRechtsgrond", "Een rechtsgrond voor het INSZ geldt alleen voor een doorverwijzing (aanvraagwijze 'doorverwijzing').");
        }

        int? behandeltermijn = invoer.Behandeltermijn;
        if (behandeltermijn is < 1 or > 366)
        {
            f.Voeg("behandeltermijn", "Geef de behandeltermijn in dagen op, van 1 tot 366.");
        }

        var inzage = f.Probeer(() => Inzage(invoer.Inzage));
        string? sjabloon = f.Probeer(() => VLoket.Domain.Verenigingen.Waarden.Tekst.Optioneel(invoer.Beslissingssjabloon, "beslissingssjabloon", 5000));
        f.GooiAlsFouten();

        return new Dienst
        {
            Productnummer = productnummer!,
            Naam = naam!,
            Beschrijving = beschrijving!,
            VerdereBeschrijving = verdere,
            Uitzonderingen = uitzonderingen,
            Type = type!,
            Doelgroepen = doelgroepen!,
            Themas = themas!,
            BevoegdBestuursniveaus = bevoegd!,
            BevoegdeOverheden = overheden!,
            UitvoerendBestuursniveaus = uitvoerend!,
            GeografischToepassingsgebieden = gebieden!,
            Voorwaarden = voorwaarden!,
            Procedures = procedures!,
            Kosten = kosten!,
            FinancieleVoordelen = voordelen!,
            Regelgeving = regelgeving!,
            Websites = websites!,
            Contactgegevens = contact!,
            StartDienstVerlening = start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            EindeDienstVerlening = einde?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Zoektermen = zoektermen!,
            Verplichting = invoer.Verplichting ?? false,
            Geschiktheid = geschiktheid!,
            Aanvraagwijze = aanvraag!.Wijze,
            Formulier = aanvraag.Formulier,
            AanvraagUrl = aanvraag.Url,
            InszRechtsgrond = inszRechtsgrond,
            Behandeltermijn = behandeltermijn,
            Inzage = inzage,
            Beslissingssjabloon = sjabloon,
        };
    }

    static Inzage? Inzage(InzageInvoer? invoer)
    {
        if (invoer is null)
        {
            return null;
        }

        var f = new FoutVerzamelaar();
        string? rechtsgrond = f.Probeer(() => VLoket.Domain.Verenigingen.Waarden.Tekst.Optioneel(invoer.Rechtsgrond, "inzage.rechtsgrond"));
        if (rechtsgrond is null && !f.HeeftFouten)
        {
            f.Voeg("inzage.rechtsgrond", "Geef de rechtsgrond op waarop de instantie deze gegevens mag inzien.");
        }

        var gegevens = new List<string>();
        for (int i = 0; i < (invoer.Gegevens?.Count ?? 0); i++)
        {
            string? code = invoer.Gegevens![i];
            if (code is null || !Aanvraag.Bronnen.Contains(code))
            {
                f.Voeg($"inzage.gegevens[{i}]", $"Kies gegevens uit: {string.Join(", ", Aanvraag.Bronnen)}.");
            }
            else if (!gegevens.Contains(code))
            {
                gegevens.Add(code);
            }
        }

        f.GooiAlsFouten();
        return new Inzage(rechtsgrond!, gegevens);
    }

    static string Type(string? invoer) =>
        DienstCodes.Zoek(DienstCodes.Types, invoer)
        ?? throw new DomeinFout("type", $"Kies een type uit: {string.Join(", ", DienstCodes.Types)}.");

    static List<string> Overheden(List<string?>? invoer)
    {
        var f = new FoutVerzamelaar();
        var codes = new List<string>();
        for (int i = 0; i < (invoer?.Count ?? 0); i++)
        {
            if (f.Probeer(() => OvoCode(invoer![i], $"bevoegdeOverheden[{i}]")) is { } code && !codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        if (codes.Count == 0 && !f.HeeftFouten)
        {
            f.Voeg("bevoegdeOverheden", "Geef de OVO-code van minstens één bevoegde overheid op, zoals OVO002949.");
        }

        f.GooiAlsFouten();
        return codes;
    }

    static List<Tekstblok> Tekstblokken(List<TekstblokInvoer?>? invoer, string veld)
    {
        var f = new FoutVerzamelaar();
        var blokken = new List<Tekstblok>();
        for (int i = 0; i < (invoer?.Count ?? 0); i++)
        {
            string v = $"{veld}[{i}]";
            var blok = invoer![i];
            var titel = f.Probeer(() => Taalkaart(blok?.Titel, Veldpad.Onder(v, "titel"), MaxNaam));
            var beschrijving = f.Probeer(() => Taalkaart(blok?.Beschrijving, Veldpad.Onder(v, "beschrijving"), MaxBeschrijving));
            string? url = string.IsNullOrWhiteSpace(blok?.Url) ? null : f.Probeer(() => Url(blok.Url, Veldpad.Onder(v, "url")));
            if (titel is not null && beschrijving is not null)
            {
                blokken.Add(new Tekstblok(titel, beschrijving, url));
            }
        }

        f.GooiAlsFouten();
        return blokken;
    }

    static List<Website> Websites(List<WebsiteInvoer?>? invoer)
    {
        var f = new FoutVerzamelaar();
        var websites = new List<Website>();
        for (int i = 0; i < (invoer?.Count ?? 0); i++)
        {
            string v = $"websites[{i}]";
            var titel = f.Probeer(() => Taalkaart(invoer![i]?.Titel, Veldpad.Onder(v, "titel"), MaxNaam));
            string? url = f.Probeer(() => Url(invoer![i]?.Url, Veldpad.Onder(v, "url")));
            if (titel is not null && url is not null)
            {
                websites.Add(new Website(titel, url));
            }
        }

        f.GooiAlsFouten();
        return websites;
    }

    static List<DienstContactgegeven> Contactgegevens(List<ContactInvoer?>? invoer)
    {
        var f = new FoutVerzamelaar();
        var lijst = new List<DienstContactgegeven>();
        for (int i = 0; i < (invoer?.Count ?? 0); i++)
        {
            string v = $"contactgegevens[{i}]";
            var c = invoer![i];
            if (string.IsNullOrWhiteSpace(c?.Email) && string.IsNullOrWhiteSpace(c?.Telefoon) && string.IsNullOrWhiteSpace(c?.Website))
            {
                f.Voeg(v, "Geef minstens een e-mailadres, telefoonnummer of website op.");
                continue;
            }

            string? email = Optioneel(f, c!.Email, ContactgegevenType.Email, Veldpad.Onder(v, "email"));
            string? telefoon = Optioneel(f, c.Telefoon, ContactgegevenType.Telefoon, Veldpad.Onder(v, "telefoon"));
            string? website = Optioneel(f, c.Website, ContactgegevenType.Website, Veldpad.Onder(v, "website"));
            var uren = f.Probeer(() => Taalkaart(c.Openingsuren, Veldpad.Onder(v, "openingsuren"), MaxNaam, verplicht: false));
            lijst.Add(new DienstContactgegeven(email, telefoon, website, uren));
        }

        f.GooiAlsFouten();
        return lijst;
    }

    static string? Optioneel(FoutVerzamelaar f, string? waarde, string type, string veld) =>
        string.IsNullOrWhiteSpace(waarde) ? null : f.Probeer(() => ContactgegevenWaarde.CreateVoorType(type, waarde, veld))?.Waarde;

    // Search terms help search only; duplicates are dropped rather than refused.
    static List<string> Zoektermen(List<string?>? invoer)
    {
        var f = new FoutVerzamelaar();
        var termen = new List<string>();
        for (int i = 0; i < (invoer?.Count ?? 0); i++)
        {
            if (f.Probeer(() => Tekst.Verplicht(invoer![i], $"zoektermen[{i}]", MaxZoekterm)) is { } term
                && !termen.Contains(term, StringComparer.OrdinalIgnoreCase))
            {
                termen.Add(term);
            }
        }

        f.GooiAlsFouten();
        return termen;
    }
}
