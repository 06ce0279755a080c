using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Dossiers;

/// <summary>
/// The data items a form question can be pre-filled from (its <c>bron</c>, one of <c>Aanvraag.Bronnen</c>), read from
/// what the loket knows about the association and the applying representative, with the origin of each item:
/// the register itself or KBO.
/// </summary>
public static class GekendeGegevens
{
    public const string Register = "Verenigingsregister";
    public const string Kbo = "KBO";

    /// <summary>
    /// The value and its origin, or null when there is no such item. <c>vertegenwoordiger.*</c> items are those of
    /// the representative who applies (<paramref name="vertegenwoordigerId"/>).
    /// </summary>
    public static (string Waarde, string Herkomst)? Zoek(Vereniging v, string bron, int? vertegenwoordigerId)
    {
        var ik = v.Vertegenwoordigers.FirstOrDefault(w => w.VertegenwoordigerId == vertegenwoordigerId);
        return bron switch
        {
            "vereniging.vCode" => (v.VCode, Register),
            "vereniging.naam" => (v.Naam, Uit(v, "naam")),
            "vereniging.korteNaam" when v.KorteNaam is not null => (v.KorteNaam, Uit(v, "korteNaam")),
            "vereniging.kboNummer" when v.KboNummer is not null => (v.KboNummer, Kbo),
            "vereniging.verenigingstype" => (v.Verenigingstype.Naam, Uit(v, "verenigingstype")),
            "vereniging.startdatum" when v.Startdatum is not null => (v.Startdatum, Uit(v, "startdatum")),
            "vereniging.doelgroep" => ($"{v.Doelgroep.Minimumleeftijd} tot {v.Doelgroep.Maximumleeftijd} jaar", Register),
            "vereniging.hoofdactiviteiten" when v.Hoofdactiviteiten.Count > 0 => (string.Join(", ", v.Hoofdactiviteiten.Select(h => h.Naam)), Register),
            "vereniging.werkingsgebieden" when v.Werkingsgebieden.Count > 0 => (string.Join(", ", v.Werkingsgebieden.Select(w => w.Naam)), Register),
            "vereniging.adres" => Adres(v),
            "vereniging.email" => Contact(v, "E-mail"),
            "vereniging.telefoon" => Contact(v, "Telefoon"),
            "vereniging.website" => Contact(v, "Website"),
            "vereniging.iban" => v.Bankrekeningnummers.FirstOrDefault() is { } b ? (b.Iban, Register) : null,
            "vertegenwoordiger.naam" when ik is not null => ($"{ik.Voornaam} {ik.Achternaam}", Register),
            "vertegenwoordiger.email" when ik?.EMail is not null => (ik.EMail, Register),
            "vertegenwoordiger.telefoon" when (ik?.Telefoon ?? ik?.Mobiel) is { } tel => (tel, Register),
            _ => null,
        };
    }

    static string Uit(Vereniging v, string veld) => v.KboVelden.Contains(veld) ? Kbo : Register;

    static (string, string)? Contact(Vereniging v, string type)
    {
        var c = v.Contactgegevens.Where(c => c.Type == type).OrderByDescending(c => c.IsPrimair).FirstOrDefault();
        return c is null ? null : (c.Waarde, c.Bron == Herkomst.Kbo ? Kbo : Register);
    }

    static (string, string)? Adres(Vereniging v)
    {
        var l = v.Locaties.OrderByDescending(l => l.IsPrimair).FirstOrDefault();
        if (l is null)
        {
            return null;
        }

        var a = l.Adres;
        string tekst = $"{a.Straatnaam} {a.Huisnummer}{(a.Busnummer is null ? string.Empty : " bus " + a.Busnummer)}, {a.Postcode} {a.Gemeente}";
        return (tekst, l.Bron == Herkomst.Kbo ? Kbo : Register);
    }
}
