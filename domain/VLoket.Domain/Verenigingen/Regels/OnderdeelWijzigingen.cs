using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Verenigingen.Regels;

/// <summary>
/// Adding, changing and removing the parts of an association. A change (PATCH) takes the given fields over the
/// stored ones and validates the result as a whole; errors name the fields of the request body.
/// </summary>
public static class OnderdeelWijzigingen
{
    public static Wijziging ContactgegevenToevoegen(Vereniging v, ContactgegevenInvoer? invoer) =>
        Toevoegen(v, "contactgegevens", (id, f) => OnderdeelRegels.Contactgegeven(invoer, id, string.Empty, f),
            (c, lijst) => v with { Contactgegevens = [.. v.Contactgegevens, c], VolgendeId = v.VolgendeId + 1 },
            c => ("ContactgegevenWerdToegevoegd", $"Contactgegeven toegevoegd: {c.Type} {c.Waarde}."));

    public static Wijziging ContactgegevenWijzigen(Vereniging v, int id, ContactgegevenInvoer? invoer)
    {
        var oud = v.Contactgegevens.FirstOrDefault(c => c.ContactgegevenId == id) ?? throw new NietGevondenFout("Dit contactgegeven bestaat niet.");
        NietVanKbo(oud.Bron, "Dit contactgegeven");
        var samen = new ContactgegevenInvoer(invoer?.Type ?? oud.Type, invoer?.Waarde ?? oud.Waarde, invoer?.Beschrijving ?? oud.Beschrijving,
            invoer?.IsPrimair ?? oud.IsPrimair);
        return Vervangen(v, "contactgegevens", id, f => OnderdeelRegels.Contactgegeven(samen, id, string.Empty, f),
            n => v with { Contactgegevens = v.Contactgegevens.Select(c => c.ContactgegevenId == id ? n : c).ToList() },
            n => ("ContactgegevenWerdGewijzigd", $"Contactgegeven gewijzigd: {n.Type} {n.Waarde}."));
    }

    public static Wijziging ContactgegevenVerwijderen(Vereniging v, int id)
    {
        var oud = v.Contactgegevens.FirstOrDefault(c => c.ContactgegevenId == id) ?? throw new NietGevondenFout("Dit contactgegeven bestaat niet.");
        NietVanKbo(oud.Bron, "Dit contactgegeven");
        return new Wijziging(v with { Contactgegevens = v.Contactgegevens.Where(c => c.ContactgegevenId != id).ToList() },
            "ContactgegevenWerdVerwijderd", $"Contactgegeven verwijderd: {oud.Type} {oud.Waarde}.");
    }

    public static Wijziging LocatieToevoegen(Vereniging v, LocatieInvoer? invoer) =>
        Toevoegen(v, "locaties", (id, f) => OnderdeelRegels.Locatie(invoer, id, string.Empty, f),
            (l, lijst) => v with { Locaties = [.. v.Locaties, l], VolgendeId = v.VolgendeId + 1 },
            l => ("LocatieWerdToegevoegd", $"Locatie toegevoegd: {Beschrijf(l)}."));

    public static Wijziging LocatieWijzigen(Vereniging v, int id, LocatieInvoer? invoer)
    {
        var oud = v.Locaties.FirstOrDefault(l => l.LocatieId == id) ?? throw new NietGevondenFout("Deze locatie bestaat niet.");
        NietVanKbo(oud.Bron, "Deze locatie");
        var a = invoer?.Adres;
        var samen = new LocatieInvoer(invoer?.Locatietype ?? oud.Locatietype, invoer?.Naam ?? oud.Naam, invoer?.IsPrimair ?? oud.IsPrimair,
            new AdresInvoer(a?.Straatnaam ?? oud.Adres.Straatnaam, a?.Huisnummer ?? oud.Adres.Huisnummer, a?.Busnummer ?? oud.Adres.Busnummer,
                a?.Postcode ?? oud.Adres.Postcode, a?.Gemeente ?? oud.Adres.Gemeente, a?.Land ?? oud.Adres.Land));
        return Vervangen(v, "locaties", id, f => OnderdeelRegels.Locatie(samen, id, string.Empty, f),
            n => v with { Locaties = v.Locaties.Select(l => l.LocatieId == id ? n : l).ToList() },
            n => ("LocatieWerdGewijzigd", $"Locatie gewijzigd: {Beschrijf(n)}."));
    }

    public static Wijziging LocatieVerwijderen(Vereniging v, int id)
    {
        var oud = v.Locaties.FirstOrDefault(l => l.LocatieId == id) ?? throw new NietGevondenFout("Deze locatie bestaat niet.");
        NietVanKbo(oud.Bron, "Deze locatie");
        return new Wijziging(v with { Locaties = v.Locaties.Where(l => l.LocatieId != id).ToList() },
            "LocatieWerdVerwijderd", $"Locatie verwijderd: {Beschrijf(oud)}.");
    }

    /// <summary>
    /// Adding a person invites them (by the INSZ given): they become a representative only when they accept, so nothing
    /// about them is shown or asked of a source before that. The names typed here are not kept.
    /// </summary>
    public static Wijziging VertegenwoordigerToevoegen(Vereniging v, VertegenwoordigerInvoer? invoer) =>
        Uitnodigingen.UitnodigingRegels.Uitnodigen(v, new Uitnodigingen.UitnodigingInvoer(invoer?.Insz, null, invoer?.Rol));

    public static Wijziging VertegenwoordigerWijzigen(Vereniging v, int id, VertegenwoordigerInvoer? invoer)
    {
        var oud = v.Vertegenwoordigers.FirstOrDefault(w => w.VertegenwoordigerId == id) ?? throw new NietGevondenFout("Deze vertegenwoordiger bestaat niet.");
        if (invoer?.Insz is not null && Waarden.Insz.Create(invoer.Insz, "insz").Value != oud.Insz)
        {
            throw new RegelFout("Het INSZ van een vertegenwoordiger kan je niet wijzigen. Voeg een nieuwe vertegenwoordiger toe.", "insz");
        }

        var samen = new VertegenwoordigerInvoer(oud.Insz, invoer?.Voornaam ?? oud.Voornaam, invoer?.Achternaam ?? oud.Achternaam,
            invoer?.Roepnaam ?? oud.Roepnaam, invoer?.Rol ?? oud.Rol, invoer?.IsPrimair ?? oud.IsPrimair,
            invoer?.EMail ?? oud.EMail, invoer?.Telefoon ?? oud.Telefoon, invoer?.Mobiel ?? oud.Mobiel);
        return Vervangen(v, "vertegenwoordigers", id, f => OnderdeelRegels.Vertegenwoordiger(samen, id, string.Empty, f),
            n => v with { Vertegenwoordigers = v.Vertegenwoordigers.Select(w => w.VertegenwoordigerId == id ? n : w).ToList() },
            n => ("VertegenwoordigerWerdGewijzigd", $"Vertegenwoordiger gewijzigd: {n.Voornaam} {n.Achternaam}."));
    }

    public static Wijziging VertegenwoordigerVerwijderen(Vereniging v, int id)
    {
        var oud = v.Vertegenwoordigers.FirstOrDefault(w => w.VertegenwoordigerId == id) ?? throw new NietGevondenFout("Deze vertegenwoordiger bestaat niet.");
        if (v.Vertegenwoordigers.Count == 1)
        {
            throw new RegelFout("De laatste vertegenwoordiger kan je niet verwijderen: een vereniging heeft altijd iemand nodig die voor haar optreedt.");
        }

        if (oud.IsPrimair)
        {
            throw new RegelFout("Dit is de primaire vertegenwoordiger. Duid eerst iemand anders als primair aan; wie zelf primair is, kan vertrekken door een opvolger te kiezen.");
        }

        return new Wijziging(v with { Vertegenwoordigers = v.Vertegenwoordigers.Where(w => w.VertegenwoordigerId != id).ToList() },
            "VertegenwoordigerWerdVerwijderd", $"Vertegenwoordiger verwijderd: {oud.Voornaam} {oud.Achternaam}.");
    }

    public static Wijziging BankrekeningnummerToevoegen(Vereniging v, BankrekeningnummerInvoer? invoer) =>
        Toevoegen(v, "bankrekeningnummers", (id, f) => OnderdeelRegels.Bankrekeningnummer(invoer, id, string.Empty, f),
            (b, lijst) => v with { Bankrekeningnummers = [.. v.Bankrekeningnummers, b], VolgendeId = v.VolgendeId + 1 },
            b => ("BankrekeningnummerWerdToegevoegd", $"Rekeningnummer toegevoegd: {b.Iban}."));

    public static Wijziging BankrekeningnummerWijzigen(Vereniging v, int id, BankrekeningnummerInvoer? invoer)
    {
        var oud = v.Bankrekeningnummers.FirstOrDefault(b => b.BankrekeningnummerId == id) ?? throw new NietGevondenFout("Dit rekeningnummer bestaat niet.");
        var samen = new BankrekeningnummerInvoer(invoer?.Iban ?? oud.Iban, invoer?.Doel ?? oud.Doel,
            invoer?.Titularissen ?? oud.Titularissen.Select(t => (string?)t).ToList());
        return Vervangen(v, "bankrekeningnummers", id, f =>
            {
                var n = OnderdeelRegels.Bankrekeningnummer(samen, id, string.Empty, f);
                // A new IBAN is a new account: earlier confirmations by agencies do not carry over.
                return n with { BevestigdDoor = n.Iban == oud.Iban ? oud.BevestigdDoor : [] };
            },
            n => v with { Bankrekeningnummers = v.Bankrekeningnummers.Select(b => b.BankrekeningnummerId == id ? n : b).ToList() },
            n => ("BankrekeningnummerWerdGewijzigd", $"Rekeningnummer gewijzigd: {n.Iban}."));
    }

    public static Wijziging BankrekeningnummerVerwijderen(Vereniging v, int id)
    {
        var oud = v.Bankrekeningnummers.FirstOrDefault(b => b.BankrekeningnummerId == id) ?? throw new NietGevondenFout("Dit rekeningnummer bestaat niet.");
        return new Wijziging(v with { Bankrekeningnummers = v.Bankrekeningnummers.Where(b => b.BankrekeningnummerId != id).ToList() },
            "BankrekeningnummerWerdVerwijderd", $"Rekeningnummer verwijderd: {oud.Iban}.");
    }

    static Wijziging Toevoegen<T>(Vereniging v, string lijst, Func<int, FoutVerzamelaar, T> maak, Func<T, string, Vereniging> voegToe,
        Func<T, (string, string)> historiek)
    {
        var fouten = new FoutVerzamelaar();
        var nieuw = maak(v.VolgendeId, fouten);
        fouten.GooiAlsFouten();
        var na = voegToe(nieuw, lijst);
        int max = InvoerLimieten.MaxItems(lijst);
        if (Aantal(na, lijst) > max)
        {
            throw new RegelFout($"Een vereniging heeft hoogstens {max} {lijst}. Verwijder er eerst één.", lijst);
        }

        Invarianten.Controleer(na, (l, id) => l == lijst && id == v.VolgendeId ? string.Empty : null, fouten);
        fouten.GooiAlsFouten();
        var (gebeurtenis, omschrijving) = historiek(nieuw);
        return new Wijziging(na, gebeurtenis, omschrijving);
    }

    static Wijziging Vervangen<T>(Vereniging v, string lijst, int id, Func<FoutVerzamelaar, T> maak, Func<T, Vereniging> vervang,
        Func<T, (string, string)> historiek)
    {
        var fouten = new FoutVerzamelaar();
        var nieuw = maak(fouten);
        fouten.GooiAlsFouten();
        var na = vervang(nieuw);
        Invarianten.Controleer(na, (l, i) => l == lijst && i == id ? string.Empty : null, fouten);
        fouten.GooiAlsFouten();
        var (gebeurtenis, omschrijving) = historiek(nieuw);
        return new Wijziging(na, gebeurtenis, omschrijving);
    }

    static int Aantal(Vereniging v, string lijst) => lijst switch
    {
        "contactgegevens" => v.Contactgegevens.Count,
        "locaties" => v.Locaties.Count,
        "vertegenwoordigers" => v.Vertegenwoordigers.Count,
        _ => v.Bankrekeningnummers.Count,
    };

    static void NietVanKbo(string bron, string wat)
    {
        if (bron == Herkomst.Kbo)
        {
            throw new RegelFout($"{wat} komt uit de Kruispuntbank van Ondernemingen (KBO). Laat het daar aanpassen.");
        }
    }

    static string Beschrijf(Locatie l) => $"{l.Locatietype}, {l.Adres.Straatnaam} {l.Adres.Huisnummer}, {l.Adres.Postcode} {l.Adres.Gemeente}";
}
