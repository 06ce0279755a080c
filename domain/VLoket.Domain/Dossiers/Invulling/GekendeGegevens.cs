using System.Globalization;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Dossiers.Invulling;

/// <summary>
/// The data items a form question can be pre-filled from (its <c>bron</c>, one of <c>Aanvraag.Bronnen</c>), read from
/// what the loket knows about the association and the applying representative, with the origin of each item:
/// the register itself, KBO, or one of the external data sources (recognitions, youth-work attests).
/// </summary>
public static class GekendeGegevens
{
    public const string Register = "Verenigingsregister";
    public const string Kbo = "KBO";

    /// <summary>
    /// The value and its origin, or null when there is no such item. <c>vertegenwoordiger.*</c> items are those of
    /// the representative who applies (<paramref name="vertegenwoordigerId"/>); <c>erkenningen.*</c> and <c>attesten.*</c>
    /// come from <paramref name="bronnen"/>, the external sources' data.
    /// </summary>
    public static (string Waarde, string Herkomst)? Zoek(Vereniging v, string bron, int? vertegenwoordigerId, Brongegevens? bronnen = null)
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
            "erkenningen.actief" => ActieveErkenningen(bronnen),
            "attesten.leiding" => AttestenVanLeiding(v, bronnen),
            _ => null,
        };
    }

    // Only what holds today; none known is not an answer (the association may hold one the source misses), so it is asked.
    static (string, string)? ActieveErkenningen(Brongegevens? bronnen)
    {
        if (bronnen?.PerBron.GetValueOrDefault("erkenningen") is not { } bron)
        {
            return null;
        }

        var actief = bron.Items.Select(i => Erkenningen.Uit(i.Waarde)).OfType<Erkenning>()
            .Where(e => Erkenningen.Status(e, bronnen.Vandaag) == ErkenningStatussen.Actief)
            .Select(e => e.Einddatum is null ? $"{e.IpdcProduct.Naam} ({e.GeregistreerdDoor.Naam})" : $"{e.IpdcProduct.Naam} ({e.GeregistreerdDoor.Naam}, tot {Datum(e.Einddatum)})")
            .ToList();
        return actief.Count == 0 ? null : (string.Join("; ", actief), bron.Naam);
    }

    static (string, string)? AttestenVanLeiding(Vereniging v, Brongegevens? bronnen)
    {
        if (bronnen?.PerBron.GetValueOrDefault("attesten") is not { } bron)
        {
            return null;
        }

        var perPersoon = bron.Items
            .Where(i => i.Categorie == Categorieen.Attest && (i.GeldigTot is null || string.CompareOrdinal(i.GeldigTot, bronnen.Vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) >= 0))
            .Select(i => (Persoon: v.Vertegenwoordigers.FirstOrDefault(w => w.VertegenwoordigerId.ToString(CultureInfo.InvariantCulture) == i.Referentie), i.Label))
            .Where(x => x.Persoon is not null)
            .GroupBy(x => x.Persoon!.VertegenwoordigerId)
            .Select(g => $"{g.First().Persoon!.Voornaam} {g.First().Persoon!.Achternaam}: {string.Join(", ", g.Select(x => x.Label).Distinct())}")
            .ToList();
        return perPersoon.Count == 0 ? null : (string.Join("; ", perPersoon), bron.Naam);
    }

    static string Datum(string iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.ToString("d-M-yyyy", CultureInfo.InvariantCulture) : iso;

    /// <summary>Whether the item comes from an external source (so the sources are worth asking), not from the register.</summary>
    public static bool UitBronnen(string bron) =>
        bron.StartsWith("erkenningen.", StringComparison.Ordinal) || bron.StartsWith("attesten.", StringComparison.Ordinal);

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
