using VLoket.Domain.Bronnen.Kbo;
using VLoket.Domain.Verenigingen.Mandaten;
using VLoket.Domain.Verenigingen.Model;
using static VLoket.Domain.Verenigingen.Model.Codelijsten;

namespace VLoket.Domain.Verenigingen.Registratie;

/// <summary>
/// Builds an association from KBO data. What comes from KBO is marked, so the loket keeps it read-only; the registrant's
/// access rests on their function at KBO.
/// </summary>
public static class KboVereniging
{
    public static Vereniging Maak(
        KboOnderneming o, Verenigingstype type, string vCode, Gebruiker registrant, KboFunctie functie, List<string> mandaathouders)
    {
        int id = 1;
        var contactgegevens = (o.Contactgegevens ?? [])
            .Select(c => new Contactgegeven(id++, c.Type, c.Waarde, null, false, Herkomst.Kbo))
            .GroupBy(c => c.Type)
            .SelectMany(g => g.Select((c, i) => c with { IsPrimair = i == 0 }))
            .ToList();
        var locaties = new List<Locatie>();
        if (o.Zetel is { } z)
        {
            locaties.Add(new Locatie(id++, Locatietypes.MaatschappelijkeZetel, null, true,
                new Adres(z.Straatnaam, z.Huisnummer, z.Busnummer, z.Postcode, z.Gemeente, z.Land), Herkomst.Kbo));
        }

        var vertegenwoordiger = new Vertegenwoordiger(id++, registrant.Insz.Value, registrant.Voornaam, registrant.Achternaam,
            null, null, true, null, null, null) { Mandaat = KboMandaten.Mandaat(functie) };
        return new Vereniging
        {
            VCode = vCode,
            Verenigingstype = type,
            Naam = o.Naam,
            KorteNaam = o.KorteNaam,
            Startdatum = o.Startdatum,
            Doelgroep = new Doelgroep(0, 150),
            KboNummer = o.KboNummer,
            Contactgegevens = contactgegevens,
            Locaties = locaties,
            Vertegenwoordigers = [vertegenwoordiger],
            KboVelden = ["naam", "korteNaam", "startdatum", "verenigingstype"],
            KboMandaathouders = mandaathouders,
            VolgendeId = id,
        };
    }
}
