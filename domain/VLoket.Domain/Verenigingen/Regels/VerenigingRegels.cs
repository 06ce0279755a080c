using System.Globalization;
using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Waarden;
using ModelDoelgroep = VLoket.Domain.Verenigingen.Model.Doelgroep;

namespace VLoket.Domain.Verenigingen.Regels;

/// <summary>The rules of domain.md section 1 for registering an association and changing its basic data.</summary>
public static class VerenigingRegels
{
    public static Vereniging Registratie(RegistratieInvoer invoer, VCode vCode, Gebruiker registrant, DateOnly vandaag)
    {
        var fouten = new FoutVerzamelaar();
        string? naam = fouten.Probeer(() => Tekst.Verplicht(invoer.Naam, "naam"));
        string? korteNaam = fouten.Probeer(() => Tekst.Optioneel(invoer.KorteNaam, "korteNaam"));
        string? beschrijving = fouten.Probeer(() => Tekst.Optioneel(invoer.KorteBeschrijving, "korteBeschrijving", 1000));
        var startdatum = fouten.Probeer(() => Datum.Optioneel(invoer.Startdatum, "startdatum", vandaag));
        var doelgroep = fouten.Probeer(() => MaakDoelgroep(invoer.Doelgroep));
        var hoofdactiviteiten = Hoofdactiviteiten(invoer.Hoofdactiviteiten, fouten);
        var werkingsgebieden = Werkingsgebieden(invoer.Werkingsgebieden, fouten);

        int id = 1;
        var contactgegevens = Lijst(invoer.Contactgegevens, "contactgegevens", (x, p) => OnderdeelRegels.Contactgegeven(x, id++, p, fouten));
        var locaties = Lijst(invoer.Locaties, "locaties", (x, p) => OnderdeelRegels.Locatie(x, id++, p, fouten));
        var vertegenwoordigers = Lijst(invoer.Vertegenwoordigers, "vertegenwoordigers", (x, p) => IsRegistrant(x, registrant)
            ? OnderdeelRegels.Vertegenwoordiger(MetEigenNaam(x!, registrant), id++, p, fouten)
            : OnderdeelRegels.Genodigde(x, id++, p, fouten));
        var rekeningen = Lijst(invoer.Bankrekeningnummers, "bankrekeningnummers", (x, p) => OnderdeelRegels.Bankrekeningnummer(x, id++, p, fouten));
        fouten.GooiAlsFouten();

        var opgegevenVertegenwoordigers = vertegenwoordigers.Select(w => w.VertegenwoordigerId).ToList();

        // The person who registers becomes the primary representative, whoever the list named primary.
        vertegenwoordigers = vertegenwoordigers.Select(w => w with { IsPrimair = w.Insz == registrant.Insz.Value }).ToList();
        if (!vertegenwoordigers.Any(w => w.IsPrimair))
        {
            vertegenwoordigers.Insert(0, new Vertegenwoordiger(id++, registrant.Insz.Value, registrant.Voornaam, registrant.Achternaam,
                null, null, true, null, null, null));
        }

        var vereniging = new Vereniging
        {
            VCode = vCode.Value,
            Verenigingstype = Codelijsten.Vzer,
            Verenigingssubtype = Codelijsten.FeitelijkeVereniging,
            Naam = naam!,
            KorteNaam = korteNaam,
            KorteBeschrijving = beschrijving,
            Startdatum = Formatteer(startdatum),
            Doelgroep = doelgroep!,
            Hoofdactiviteiten = hoofdactiviteiten,
            Werkingsgebieden = werkingsgebieden,
            Contactgegevens = contactgegevens,
            Locaties = locaties,
            Vertegenwoordigers = vertegenwoordigers,
            Bankrekeningnummers = rekeningen,
            VolgendeId = id,
        };

        var posities = new Dictionary<(string, int), string>();
        Posities(posities, "contactgegevens", contactgegevens.Select(c => c.ContactgegevenId));
        Posities(posities, "locaties", locaties.Select(l => l.LocatieId));
        Posities(posities, "vertegenwoordigers", opgegevenVertegenwoordigers);
        Posities(posities, "bankrekeningnummers", rekeningen.Select(b => b.BankrekeningnummerId));
        Invarianten.Controleer(vereniging, (lijst, itemId) => posities.GetValueOrDefault((lijst, itemId)), fouten);
        fouten.GooiAlsFouten();
        return vereniging;
    }

    // A registrant who lists themself where the form asks only for others' INSZ gives no names: their sign-in's are used.
    static VertegenwoordigerInvoer MetEigenNaam(VertegenwoordigerInvoer x, Gebruiker registrant) => x with
    {
        Voornaam = string.IsNullOrWhiteSpace(x.Voornaam) ? registrant.Voornaam : x.Voornaam,
        Achternaam = string.IsNullOrWhiteSpace(x.Achternaam) ? registrant.Achternaam : x.Achternaam,
    };

    // The registrant's own entry keeps what they typed; anyone else is invited (UitnodigingRegels.UitRegistratie).
    static bool IsRegistrant(VertegenwoordigerInvoer? x, Gebruiker registrant) =>
        x?.Insz is not null && Cijfers.ZonderScheidingstekens(x.Insz, ".-") == registrant.Insz.Value;

    /// <summary>Applies the given basic fields; KBO fields may not change for an association from KBO.</summary>
    public static Vereniging Basisgegevens(Vereniging v, BasisgegevensInvoer invoer, DateOnly vandaag)
    {
        var fouten = new FoutVerzamelaar();
        var kboFouten = new List<string>();
        string naam = invoer.Naam is null ? v.Naam : fouten.Probeer(() => Tekst.Verplicht(invoer.Naam, "naam")) ?? v.Naam;
        string? korteNaam = invoer.KorteNaam is null ? v.KorteNaam : fouten.Probeer(() => Tekst.Optioneel(invoer.KorteNaam, "korteNaam"));
        string? beschrijving = invoer.KorteBeschrijving is null
            ? v.KorteBeschrijving
            : fouten.Probeer(() => Tekst.Optioneel(invoer.KorteBeschrijving, "korteBeschrijving", 1000));
        string? startdatum = invoer.Startdatum is null
            ? v.Startdatum
            : Formatteer(fouten.Probeer(() => Datum.Optioneel(invoer.Startdatum, "startdatum", vandaag)));
        var doelgroep = invoer.Doelgroep is null ? v.Doelgroep : fouten.Probeer(() => MaakDoelgroep(invoer.Doelgroep)) ?? v.Doelgroep;
        var hoofdactiviteiten = invoer.Hoofdactiviteiten is null ? v.Hoofdactiviteiten : Hoofdactiviteiten(invoer.Hoofdactiviteiten, fouten);
        var werkingsgebieden = invoer.Werkingsgebieden is null ? v.Werkingsgebieden : Werkingsgebieden(invoer.Werkingsgebieden, fouten);
        if (v.Einddatum is not null && startdatum is not null && string.CompareOrdinal(startdatum, v.Einddatum) > 0)
        {
            fouten.Voeg("startdatum", "De startdatum kan niet na de einddatum liggen.");
        }

        fouten.GooiAlsFouten();
        var na = v with
        {
            Naam = naam, KorteNaam = korteNaam, KorteBeschrijving = beschrijving, Startdatum = startdatum,
            Doelgroep = doelgroep, Hoofdactiviteiten = hoofdactiviteiten, Werkingsgebieden = werkingsgebieden,
        };
        foreach (var (veld, voor, nu) in new[] { ("naam", v.Naam, na.Naam), ("korteNaam", v.KorteNaam, na.KorteNaam), ("startdatum", v.Startdatum, na.Startdatum) })
        {
            if (v.KboVelden.Contains(veld) && voor != nu)
            {
                throw new RegelFout($"Het veld '{veld}' komt uit de Kruispuntbank van Ondernemingen (KBO). Laat het daar aanpassen.", veld);
            }
        }

        return na;
    }

    public static string Formatteer(DateOnly? datum) => datum?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)!;

    static ModelDoelgroep MaakDoelgroep(DoelgroepInvoer? invoer)
    {
        var d = Waarden.Doelgroep.Create(invoer?.Minimumleeftijd, invoer?.Maximumleeftijd, "doelgroep");
        return new ModelDoelgroep(d.Minimumleeftijd, d.Maximumleeftijd);
    }

    static List<Model.Hoofdactiviteit> Hoofdactiviteiten(List<string?>? codes, FoutVerzamelaar fouten)
    {
        var lijst = new List<Model.Hoofdactiviteit>();
        for (int i = 0; codes is not null && i < codes.Count; i++)
        {
            string pad = $"hoofdactiviteiten[{i}]";
            var h = fouten.Probeer(() => Waarden.Hoofdactiviteit.Create(codes[i], pad));
            if (h is null)
            {
                continue;
            }

            if (lijst.Any(x => x.Code == h.Code))
            {
                fouten.Voeg(pad, "Deze hoofdactiviteit staat er al bij.");
            }
            else
            {
                lijst.Add(new Model.Hoofdactiviteit(h.Code, h.Naam));
            }
        }

        return lijst;
    }

    static List<Model.Werkingsgebied> Werkingsgebieden(List<string?>? codes, FoutVerzamelaar fouten) =>
        codes is null
            ? []
            : fouten.Probeer(() => Waarden.Werkingsgebieden.Create(codes, "werkingsgebieden"))?
                .Select(w => new Model.Werkingsgebied(w.Code, w.Naam)).ToList() ?? [];

    static List<T> Lijst<TIn, T>(List<TIn?>? invoer, string veld, Func<TIn?, string, T> maak)
        where TIn : class =>
        invoer is null ? [] : invoer.Select((x, i) => maak(x, $"{veld}[{i}]")).ToList();

    static void Posities(Dictionary<(string, int), string> posities, string lijst, IEnumerable<int> ids)
    {
        int i = 0;
        foreach (int id in ids)
        {
            posities[(lijst, id)] = $"{lijst}[{i++}]";
        }
    }
}
