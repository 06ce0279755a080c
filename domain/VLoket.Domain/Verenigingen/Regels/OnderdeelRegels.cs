using VLoket.Domain.Verenigingen.Invoer;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Waarden;
using static VLoket.Domain.Verenigingen.Model.Codelijsten;
using Adres = VLoket.Domain.Verenigingen.Model.Adres;

namespace VLoket.Domain.Verenigingen.Regels;

/// <summary>
/// Turns client input for one part of an association (contactgegeven, locatie, vertegenwoordiger, bankrekeningnummer)
/// into a validated part. Each error names the request field it is about.
/// </summary>
public static class OnderdeelRegels
{
    public static Contactgegeven Contactgegeven(ContactgegevenInvoer? invoer, int id, string veld, FoutVerzamelaar fouten)
    {
        if (invoer is null)
        {
            fouten.Voeg(veld, "Vul het contactgegeven in.");
            return new Contactgegeven(id, string.Empty, string.Empty, null, false, Herkomst.Vereniging);
        }

        var waarde = fouten.Probeer(() => ContactgegevenWaarde.Create(invoer.Type, invoer.Waarde, veld));
        string? beschrijving = fouten.Probeer(() => Tekst.Optioneel(invoer.Beschrijving, Pad(veld, "beschrijving")));
        return new Contactgegeven(id, waarde?.Type ?? invoer.Type ?? string.Empty, waarde?.Waarde ?? invoer.Waarde ?? string.Empty,
            beschrijving, invoer.IsPrimair ?? false, Herkomst.Vereniging);
    }

    public static Locatie Locatie(LocatieInvoer? invoer, int id, string veld, FoutVerzamelaar fouten)
    {
        if (invoer is null)
        {
            fouten.Voeg(veld, "Vul de locatie in.");
            return new Locatie(id, Locatietypes.Activiteiten, null, false, LeegAdres, Herkomst.Vereniging);
        }

        string type = invoer.Locatietype?.Trim() ?? string.Empty;
        if (!Locatietypes.DoorVereniging.Contains(type))
        {
            fouten.Voeg(Pad(veld, "locatietype"), type == Locatietypes.MaatschappelijkeZetel
                ? "De maatschappelijke zetel komt uit KBO en kan je hier niet toevoegen."
                : "Kies als locatietype 'Activiteiten' of 'Correspondentie'.");
        }

        string? naam = fouten.Probeer(() => Tekst.Optioneel(invoer.Naam, Pad(veld, "naam")));
        Adres adres = LeegAdres;
        if (invoer.Adres is null)
        {
            fouten.Voeg(Pad(veld, "adres"), "Vul het adres van de locatie in.");
        }
        else
        {
            var a = invoer.Adres;
            var geldig = fouten.Probeer(() => Waarden.Adres.Create(a.Straatnaam, a.Huisnummer, a.Busnummer, a.Postcode, a.Gemeente, a.Land, Pad(veld, "adres")));
            if (geldig is not null)
            {
                adres = new Adres(geldig.Straatnaam, geldig.Huisnummer, geldig.Busnummer, geldig.Postcode, geldig.Gemeente, geldig.Land);
            }
        }

        return new Locatie(id, type, naam, invoer.IsPrimair ?? false, adres, Herkomst.Vereniging);
    }

    public static Vertegenwoordiger Vertegenwoordiger(VertegenwoordigerInvoer? invoer, int id, string veld, FoutVerzamelaar fouten)
    {
        if (invoer is null)
        {
            fouten.Voeg(veld, "Vul de gegevens van de vertegenwoordiger in.");
            return new Vertegenwoordiger(id, string.Empty, string.Empty, string.Empty, null, null, false, null, null, null);
        }

        var insz = fouten.Probeer(() => Insz.Create(invoer.Insz, Pad(veld, "insz")));
        var voornaam = fouten.Probeer(() => Persoonsnaam.Create(invoer.Voornaam, Pad(veld, "voornaam")));
        var achternaam = fouten.Probeer(() => Persoonsnaam.Create(invoer.Achternaam, Pad(veld, "achternaam")));
        string? roepnaam = fouten.Probeer(() => Tekst.Optioneel(invoer.Roepnaam, Pad(veld, "roepnaam")));
        string? rol = fouten.Probeer(() => Tekst.Optioneel(invoer.Rol, Pad(veld, "rol")));
        string? email = Optioneel(invoer.EMail, Contactgegeventypes.EMail, Pad(veld, "e-mail"), fouten);
        string? telefoon = Optioneel(invoer.Telefoon, Contactgegeventypes.Telefoon, Pad(veld, "telefoon"), fouten);
        string? mobiel = Optioneel(invoer.Mobiel, Contactgegeventypes.Telefoon, Pad(veld, "mobiel"), fouten);
        return new Vertegenwoordiger(id, insz?.Value ?? string.Empty, voornaam?.Value ?? string.Empty, achternaam?.Value ?? string.Empty,
            roepnaam, rol, invoer.IsPrimair ?? false, email, telefoon, mobiel);
    }

    /// <summary>
    /// Someone other than the registrant named in a registration: they are invited, so only what an invitation keeps is
    /// read (INSZ, e-mail address, role). Names and phone numbers are not kept until the person accepts under the name
    /// of their own sign-in, so they are not required either.
    /// </summary>
    public static Vertegenwoordiger Genodigde(VertegenwoordigerInvoer? invoer, int id, string veld, FoutVerzamelaar fouten)
    {
        if (invoer is null)
        {
            fouten.Voeg(veld, "Vul het rijksregisternummer in van wie je uitnodigt.");
            return new Vertegenwoordiger(id, string.Empty, string.Empty, string.Empty, null, null, false, null, null, null);
        }

        var insz = fouten.Probeer(() => Insz.Create(invoer.Insz, Pad(veld, "insz")));
        string? rol = fouten.Probeer(() => Tekst.Optioneel(invoer.Rol, Pad(veld, "rol")));
        string? email = Optioneel(invoer.EMail, Contactgegeventypes.EMail, Pad(veld, "e-mail"), fouten);
        return new Vertegenwoordiger(id, insz?.Value ?? string.Empty, string.Empty, string.Empty, null, rol, invoer.IsPrimair ?? false, email, null, null);
    }

    public static Bankrekeningnummer Bankrekeningnummer(BankrekeningnummerInvoer? invoer, int id, string veld, FoutVerzamelaar fouten)
    {
        if (invoer is null)
        {
            fouten.Voeg(veld, "Vul het rekeningnummer in.");
            return new Bankrekeningnummer(id, string.Empty, null, [], []);
        }

        var iban = fouten.Probeer(() => Iban.Create(invoer.Iban, Pad(veld, "iban")));
        string? doel = fouten.Probeer(() => Tekst.Optioneel(invoer.Doel, Pad(veld, "doel")));
        var titularissen = new List<string>();
        if (invoer.Titularissen is not { Count: > 0 })
        {
            fouten.Voeg(Pad(veld, "titularissen"), "Geef minstens één titularis van de rekening op.");
        }
        else
        {
            for (int i = 0; i < invoer.Titularissen.Count; i++)
            {
                string pad = $"{Pad(veld, "titularissen")}[{i}]";
                string? titularis = fouten.Probeer(() => Tekst.Verplicht(invoer.Titularissen[i], pad, 128));
                if (titularis is null)
                {
                    continue;
                }

                if (titularissen.Contains(titularis, StringComparer.OrdinalIgnoreCase))
                {
                    fouten.Voeg(pad, "Deze titularis staat er al bij.");
                }
                else
                {
                    titularissen.Add(titularis);
                }
            }
        }

        return new Bankrekeningnummer(id, iban?.Opgemaakt ?? invoer.Iban ?? string.Empty, doel, titularissen, []);
    }

    public static string Pad(string veld, string eigenschap) => Veldpad.Onder(veld, eigenschap);

    static string? Optioneel(string? waarde, string type, string veld, FoutVerzamelaar fouten) =>
        string.IsNullOrWhiteSpace(waarde) ? null : fouten.Probeer(() => ContactgegevenWaarde.CreateVoorType(type, waarde, veld))?.Waarde;

    static readonly Adres LeegAdres = new(string.Empty, string.Empty, null, string.Empty, string.Empty, string.Empty);
}
