using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Waarden;
using static VLoket.Domain.Diensten.Import.ImportVelden;

namespace VLoket.Domain.Diensten.Import;

/// <summary>Checks the loket's eligibility extension of an imported service.</summary>
public static class GeschiktheidValidatie
{
    const int MaxBestaansjaren = 200;

    /// <summary>The criteria; a missing extension means "for every association, all year round".</summary>
    public static Geschiktheidscriteria Create(GeschiktheidInvoer? invoer, string veld)
    {
        if (invoer is null)
        {
            return new Geschiktheidscriteria();
        }

        var f = new FoutVerzamelaar();
        var types = f.Probeer(() => Codes(invoer.Verenigingstypes, [.. DienstCodes.Verenigingstypes.Keys], Veldpad.Onder(veld, "verenigingstypes"), verplicht: false));
        var activiteiten = f.Probeer(() => Hoofdactiviteiten.Create(invoer.Hoofdactiviteiten, Veldpad.Onder(veld, "hoofdactiviteiten")));
        var gebieden = f.Probeer(() => Gebieden(invoer.Werkingsgebieden, Veldpad.Onder(veld, "werkingsgebieden"), verplicht: false));
        Leeftijden? leeftijden = null;
        if (invoer.Doelgroep is { } d
            && f.Probeer(() => Doelgroep.Create(d.Minimumleeftijd, d.Maximumleeftijd, Veldpad.Onder(veld, "doelgroep"))) is { } doelgroep)
        {
            leeftijden = new Leeftijden(doelgroep.Minimumleeftijd, doelgroep.Maximumleeftijd);
        }

        int jaren = invoer.MinimumBestaansjaren ?? 0;
        if (jaren is < 0 or > MaxBestaansjaren)
        {
            f.Voeg(Veldpad.Onder(veld, "minimumBestaansjaren"), $"Het minimum aantal jaar werking ligt tussen 0 en {MaxBestaansjaren}.");
        }

        var erkenningen = f.Probeer(() => Erkenningen(invoer.Erkenningen, Veldpad.Onder(veld, "erkenningen")));
        var vensters = f.Probeer(() => Vensters(invoer.Aanvraagvensters, Veldpad.Onder(veld, "aanvraagvensters")));
        f.GooiAlsFouten();

        return new Geschiktheidscriteria
        {
            Verenigingstypes = types!,
            Hoofdactiviteiten = activiteiten!.Select(a => a.Code).ToList(),
            Werkingsgebieden = gebieden!,
            Doelgroep = leeftijden,
            MinimumBestaansjaren = jaren,
            Erkenningen = erkenningen!,
            Aanvraagvensters = vensters!,
        };
    }

    static List<VereisteErkenning> Erkenningen(List<ErkenningInvoer?>? invoer, string veld)
    {
        var f = new FoutVerzamelaar();
        var lijst = new List<VereisteErkenning>();
        for (int i = 0; i < (invoer?.Count ?? 0); i++)
        {
            string v = $"{veld}[{i}]";
            string? productnummer = f.Probeer(() => Productnummer(invoer![i]?.Productnummer, Veldpad.Onder(v, "productnummer")));
            string? naam = f.Probeer(() => Tekst.Verplicht(invoer![i]?.Naam, Veldpad.Onder(v, "naam"), 200));
            if (productnummer is not null && naam is not null)
            {
                lijst.Add(new VereisteErkenning(productnummer, naam));
            }
        }

        f.GooiAlsFouten();
        return lijst;
    }

    static List<Aanvraagvenster> Vensters(List<VensterInvoer?>? invoer, string veld)
    {
        var f = new FoutVerzamelaar();
        var lijst = new List<Aanvraagvenster>();
        for (int i = 0; i < (invoer?.Count ?? 0); i++)
        {
            string v = $"{veld}[{i}]";
            var venster = invoer![i];
            if (venster?.Jaarlijks is not { } jaarlijks)
            {
                f.Voeg(Veldpad.Onder(v, "jaarlijks"), "Geef aan of dit venster elk jaar terugkeert (true, met datums als 03-31) of eenmalig is (false, met datums als 2027-03-31).");
                continue;
            }

            if (jaarlijks)
            {
                string? opent = f.Probeer(() => MaandDag(venster.Opent, Veldpad.Onder(v, "opent")));
                string? sluit = f.Probeer(() => MaandDag(venster.Sluit, Veldpad.Onder(v, "sluit")));
                if (opent is not null && sluit is not null)
                {
                    // sluit before opent is allowed: the window runs over New Year.
                    lijst.Add(new Aanvraagvenster(opent, sluit, true));
                }

                continue;
            }

            var van = f.Probeer(() => Datum(venster.Opent, Veldpad.Onder(v, "opent")));
            var tot = f.Probeer(() => Datum(venster.Sluit, Veldpad.Onder(v, "sluit")));
            if (van is null || tot is null)
            {
                if (!f.HeeftFouten)
                {
                    f.Voeg(v, "Een eenmalig venster heeft een openings- en een sluitingsdatum.");
                }

                continue;
            }

            if (tot < van)
            {
                f.Voeg(Veldpad.Onder(v, "sluit"), "De sluitingsdatum kan niet voor de openingsdatum liggen.");
                continue;
            }

            lijst.Add(new Aanvraagvenster(Formatteer(van.Value), Formatteer(tot.Value), false));
        }

        f.GooiAlsFouten();
        return lijst;
    }

    static string Formatteer(DateOnly datum) => datum.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
