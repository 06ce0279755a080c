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
        var items = v.Contactgegevens.Select(c => (Item: c, Plek: pad(c.ContactgegevenId),
            Sleutel: c.Type + "|" + ContactgegevenWaarde.Hydrate(c.Type, c.Waarde).VergelijkSleutel)).ToList();
        for (int i = 0; i < items.Count; i++)
        {
            var (c, plek, sleutel) = items[i];
            if (plek is null)
            {
                continue;
            }

            var anderen = Anderen(items, i, x => x.Plek is not null).ToList();
            if (anderen.Any(g => g.Sleutel == sleutel))
            {
                fouten.Voeg(OnderdeelRegels.Pad(plek, "waarde"), "Dit contactgegeven staat er al bij.");
            }

            if (c.IsPrimair && anderen.Any(g => g.Item.IsPrimair && g.Item.Type == c.Type))
            {
                fouten.Voeg(OnderdeelRegels.Pad(plek, "isPrimair"), $"Er is al een primair contactgegeven van het type {c.Type}.");
            }
        }
    }

    static void Locaties(Vereniging v, Func<int, string?> pad, FoutVerzamelaar fouten)
    {
        var items = v.Locaties.Select(l => (Item: l, Plek: pad(l.LocatieId),
            Sleutel: string.Join('|', l.Locatietype, Sleutel(l.Naam), Waarden.Adres.Hydrate(
                l.Adres.Straatnaam, l.Adres.Huisnummer, l.Adres.Busnummer, l.Adres.Postcode, l.Adres.Gemeente, l.Adres.Land).VergelijkSleutel))).ToList();
        for (int i = 0; i < items.Count; i++)
        {
            var (l, plek, sleutel) = items[i];
            var gezien = Anderen(items, i, x => x.Plek is not null).ToList();
            if (plek is not null)
            {
                if (gezien.Any(g => g.Sleutel == sleutel))
                {
                    fouten.Voeg(plek.Length == 0 ? "adres" : plek, "Deze locatie staat er al bij.");
                }

                if (l.IsPrimair && gezien.Any(g => g.Item.IsPrimair))
                {
                    fouten.Voeg(OnderdeelRegels.Pad(plek, "isPrimair"), "Er is al een primaire locatie.");
                }

                if (l.Locatietype == Locatietypes.Correspondentie && gezien.Any(g => g.Item.Locatietype == Locatietypes.Correspondentie))
                {
                    fouten.Voeg(OnderdeelRegels.Pad(plek, "locatietype"), "Er is al een correspondentieadres. Een vereniging heeft er hoogstens één.");
                }
            }
        }
    }

    static void Vertegenwoordigers(Vereniging v, Func<int, string?> pad, FoutVerzamelaar fouten)
    {
        var items = v.Vertegenwoordigers.Select(w => (Item: w, Plek: pad(w.VertegenwoordigerId))).ToList();
        for (int i = 0; i < items.Count; i++)
        {
            var (w, plek) = items[i];
            var gezien = Anderen(items, i, x => x.Plek is not null).Select(x => x.Item).ToList();
            if (plek is not null)
            {
                if (gezien.Any(g => g.Insz == w.Insz))
                {
                    fouten.Voeg(OnderdeelRegels.Pad(plek, "insz"), "Deze persoon is al vertegenwoordiger van de vereniging.");
                }

                if (w.IsPrimair && gezien.Any(g => g.IsPrimair))
                {
                    fouten.Voeg(OnderdeelRegels.Pad(plek, "isPrimair"), "Er is al een primaire vertegenwoordiger.");
                }
            }
        }
    }

    static void Bankrekeningnummers(Vereniging v, Func<int, string?> pad, FoutVerzamelaar fouten)
    {
        var items = v.Bankrekeningnummers.Select(b => (Item: b, Plek: pad(b.BankrekeningnummerId))).ToList();
        for (int i = 0; i < items.Count; i++)
        {
            var (b, plek) = items[i];
            if (plek is not null && Anderen(items, i, x => x.Plek is not null).Any(g => g.Item.Iban == b.Iban))
            {
                fouten.Voeg(OnderdeelRegels.Pad(plek, "iban"), "Dit rekeningnummer staat er al bij.");
            }
        }
    }

    // Items to compare with: all untouched ones, and touched ones earlier in the list (so a clash is reported once).
    static IEnumerable<T> Anderen<T>(List<T> items, int index, Func<T, bool> aangeraakt) =>
        items.Where((x, i) => i != index && (!aangeraakt(x) || i < index));

    static string Sleutel(string? tekst) => tekst is null ? string.Empty : TekstNormalisatie.Sleutel(tekst);

}
