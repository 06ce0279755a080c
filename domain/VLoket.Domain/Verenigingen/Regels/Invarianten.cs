using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Waarden;
using static VLoket.Domain.Verenigingen.Model.Codelijsten;

namespace VLoket.Domain.Verenigingen.Regels;

/// <summary>
/// Rules over the lists of an association (at most one primary, no equivalent entries, unique INSZ and IBAN, …).
/// Only items the request touched are blamed; <c>pad</c> gives the request field of such an item, or null.
/// </summary>
public static class Invarianten
{
    public static void Controleer(Vereniging v, Func<string, int, string?> pad, FoutVerzamelaar fouten)
    {
        Contactgegevens(v, id => pad("contactgegevens", id), fouten);
        Locaties(v, id => pad("locaties", id), fouten);
        Vertegenwoordigers(v, id => pad("vertegenwoordigers", id), fouten);
        Bankrekeningnummers(v, id => pad("bankrekeningnummers", id), fouten);
    }

    static void Contactgegevens(Vereniging v, Func<int, string?> pad, FoutVerzamelaar fouten)
    {
        var items = v.Contactgegevens.Select(c => (Item: c, Plek: pad(c.ContactgegevenId))).ToList();
        Uniek(items, c => c.Type + "|" + ContactgegevenWaarde.Hydrate(c.Type, c.Waarde).VergelijkSleutel,
            plek => fouten.Voeg(OnderdeelRegels.Pad(plek, "waarde"), "Dit contactgegeven staat er al bij."));
        Uniek(items, c => c.IsPrimair ? c.Type : null, (plek, c) =>
            fouten.Voeg(OnderdeelRegels.Pad(plek, "isPrimair"), $"Er is al een primair contactgegeven van het type {c.Type}."));
    }

    static void Locaties(Vereniging v, Func<int, string?> pad, FoutVerzamelaar fouten)
    {
        var items = v.Locaties.Select(l => (Item: l, Plek: pad(l.LocatieId))).ToList();
        Uniek(items, l => string.Join('|', l.Locatietype, Sleutel(l.Naam), Waarden.Adres.Hydrate(
                l.Adres.Straatnaam, l.Adres.Huisnummer, l.Adres.Busnummer, l.Adres.Postcode, l.Adres.Gemeente, l.Adres.Land).VergelijkSleutel),
            plek => fouten.Voeg(plek.Length == 0 ? "adres" : plek, "Deze locatie staat er al bij."));
        Uniek(items, l => l.IsPrimair ? string.Empty : null,
            plek => fouten.Voeg(OnderdeelRegels.Pad(plek, "isPrimair"), "Er is al een primaire locatie."));
        Uniek(items, l => l.Locatietype == Locatietypes.Correspondentie ? string.Empty : null,
            plek => fouten.Voeg(OnderdeelRegels.Pad(plek, "locatietype"), "Er is al een correspondentieadres. Een vereniging heeft er hoogstens één."));
    }

    static void Vertegenwoordigers(Vereniging v, Func<int, string?> pad, FoutVerzamelaar fouten)
    {
        var items = v.Vertegenwoordigers.Select(w => (Item: w, Plek: pad(w.VertegenwoordigerId))).ToList();
        Uniek(items, w => w.Insz,
            plek => fouten.Voeg(OnderdeelRegels.Pad(plek, "insz"), "Deze persoon is al vertegenwoordiger van de vereniging."));
        Uniek(items, w => w.IsPrimair ? string.Empty : null,
            plek => fouten.Voeg(OnderdeelRegels.Pad(plek, "isPrimair"), "Er is al een primaire vertegenwoordiger."));
    }

    static void Bankrekeningnummers(Vereniging v, Func<int, string?> pad, FoutVerzamelaar fouten)
    {
        var items = v.Bankrekeningnummers.Select(b => (Item: b, Plek: pad(b.BankrekeningnummerId))).ToList();
        Uniek(items, b => b.Iban, plek => fouten.Voeg(OnderdeelRegels.Pad(plek, "iban"), "Dit rekeningnummer staat er al bij."));
    }

    static void Uniek<T>(List<(T Item, string? Plek)> items, Func<T, string?> sleutel, Action<string> meld) =>
        Uniek(items, sleutel, (plek, _) => meld(plek));

    // A touched item (Plek not null) clashes with every untouched item and with touched items earlier in the list, so a
    // clash is reported once. One pass with a set: linear in the number of items, whatever the request holds.
    // A null key means the rule does not apply to the item (e.g. "at most one primary" to one that is not primary).
    static void Uniek<T>(List<(T Item, string? Plek)> items, Func<T, string?> sleutel, Action<string, T> meld)
    {
        var sleutels = items.Select(x => sleutel(x.Item)).ToList();
        var gezien = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Plek is null && sleutels[i] is { } k)
            {
                gezien.Add(k);
            }
        }

        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Plek is { } plek && sleutels[i] is { } k && !gezien.Add(k))
            {
                meld(plek, items[i].Item);
            }
        }
    }

    static string Sleutel(string? tekst) => tekst is null ? string.Empty : TekstNormalisatie.Sleutel(tekst);

}
