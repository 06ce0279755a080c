using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Verenigingen.Regels;

/// <summary>Changes to the association itself: its basic data, and stopping it.</summary>
public static class BasisWijzigingen
{
    public static Wijziging Basisgegevens(Vereniging v, BasisgegevensInvoer? invoer, DateOnly vandaag)
    {
        var na = VerenigingRegels.Basisgegevens(v, invoer ?? new BasisgegevensInvoer(null, null, null, null, null, null, null), vandaag);
        var velden = new List<string>();
        Vergelijk(velden, "naam", v.Naam, na.Naam);
        Vergelijk(velden, "korteNaam", v.KorteNaam, na.KorteNaam);
        Vergelijk(velden, "korteBeschrijving", v.KorteBeschrijving, na.KorteBeschrijving);
        Vergelijk(velden, "startdatum", v.Startdatum, na.Startdatum);
        Vergelijk(velden, "doelgroep", v.Doelgroep, na.Doelgroep);
        Vergelijk(velden, "hoofdactiviteiten", string.Join(',', v.Hoofdactiviteiten.Select(h => h.Code)), string.Join(',', na.Hoofdactiviteiten.Select(h => h.Code)));
        Vergelijk(velden, "werkingsgebieden", string.Join(',', v.Werkingsgebieden.Select(h => h.Code)), string.Join(',', na.Werkingsgebieden.Select(h => h.Code)));
        return new Wijziging(na, "BasisgegevensWerdenGewijzigd", $"Basisgegevens gewijzigd: {string.Join(", ", velden)}.");
    }

    public static Wijziging Stop(Vereniging v, string? einddatumInvoer, DateOnly vandaag)
    {
        var einddatum = Datum.Create(einddatumInvoer, "einddatum", vandaag);
        string tekst = VerenigingRegels.Formatteer(einddatum);
        if (v.Startdatum is not null && string.CompareOrdinal(tekst, v.Startdatum) < 0)
        {
            throw new DomeinFout("einddatum", "De einddatum kan niet voor de startdatum liggen.");
        }

        return new Wijziging(v with { Einddatum = tekst, Status = Statussen.Gestopt }, "VerenigingWerdGestopt", $"Vereniging gestopt op {tekst}.");
    }

    static void Vergelijk<T>(List<string> velden, string naam, T voor, T na)
    {
        if (!Equals(voor, na))
        {
            velden.Add(naam);
        }
    }
}
