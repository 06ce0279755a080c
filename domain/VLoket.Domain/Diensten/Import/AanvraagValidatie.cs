using System.Text.RegularExpressions;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Verenigingen.Waarden;
using static VLoket.Domain.Diensten.Import.ImportVelden;

namespace VLoket.Domain.Diensten.Import;

/// <summary>How to apply, checked: the loket's own form, or a referral to the agency's application.</summary>
public sealed record AanvraagGegevens(string Wijze, List<Vraag> Formulier, string? Url);

/// <summary>Checks the application part of an imported service: <c>aanvraagwijze</c>, <c>formulier</c> and <c>aanvraagUrl</c>.</summary>
public static partial class AanvraagValidatie
{
    const int MaxVragen = 50;

    public static AanvraagGegevens Create(string? wijzeInvoer, List<VraagInvoer?>? formulier, string? url)
    {
        string? wijze = DienstCodes.Zoek(Aanvraag.Wijzen, wijzeInvoer);
        if (wijze is null)
        {
            throw new DomeinFout("aanvraagwijze", "Kies 'loket' (aanvragen via het loket, met een formulier) of 'doorverwijzing' (naar de toepassing van de instantie, met aanvraagUrl).");
        }

        var f = new FoutVerzamelaar();
        if (wijze == Aanvraag.Doorverwijzing)
        {
            if (formulier is { Count: > 0 })
            {
                f.Voeg("formulier", "Een doorverwijzing heeft geen formulier in het loket: de vereniging vraagt aan in de toepassing van de instantie.");
            }

            string? adres = f.Probeer(() => Url(url, "aanvraagUrl"));
            if (adres is not null && !adres.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                // The loket posts a signed hand-off naming a person to this address: never in clear.
                f.Voeg("aanvraagUrl", "Een aanvraagUrl moet met https:// beginnen: het loket stuurt er een token met persoonsgegevens naartoe.");
            }

            f.GooiAlsFouten();
            return new AanvraagGegevens(wijze, [], adres);
        }

        if (!string.IsNullOrWhiteSpace(url))
        {
            f.Voeg("aanvraagUrl", "Een aanvraag via het loket heeft geen aanvraagUrl; gebruik 'doorverwijzing' om naar de instantie te verwijzen.");
        }

        var vragen = f.Probeer(() => Vragen(formulier)) ?? [];
        f.GooiAlsFouten();
        return new AanvraagGegevens(wijze, vragen, null);
    }

    static List<Vraag> Vragen(List<VraagInvoer?>? invoer)
    {
        if (invoer is not { Count: > 0 })
        {
            throw new DomeinFout("formulier", "Een aanvraag via het loket heeft een formulier met minstens één vraag.");
        }

        if (invoer.Count > MaxVragen)
        {
            throw new DomeinFout("formulier", $"Een formulier heeft hoogstens {MaxVragen} vragen.");
        }

        var f = new FoutVerzamelaar();
        var vragen = new List<Vraag>();
        for (int i = 0; i < invoer.Count; i++)
        {
            if (f.Probeer(() => Vraag(invoer[i], $"formulier[{i}]")) is not { } vraag)
            {
                continue;
            }

            if (vragen.Any(v => v.Sleutel == vraag.Sleutel))
            {
                f.Voeg($"formulier[{i}].sleutel", $"De sleutel '{vraag.Sleutel}' komt al eerder in het formulier voor.");
                continue;
            }

            vragen.Add(vraag);
        }

        f.GooiAlsFouten();
        return vragen;
    }

    static Vraag Vraag(VraagInvoer? invoer, string veld)
    {
        var f = new FoutVerzamelaar();
        string sleutel = invoer?.Sleutel?.Trim() ?? string.Empty;
        if (!SleutelVorm().IsMatch(sleutel))
        {
            f.Voeg(Veldpad.Onder(veld, "sleutel"), "Een sleutel begint met een kleine letter en bevat alleen letters, cijfers en koppeltekens (hoogstens 40), zoals 'aantalDeelnemers'.");
        }

        string? label = f.Probeer(() => Tekst.Verplicht(invoer?.Label, Veldpad.Onder(veld, "label"), 200));
        string? type = DienstCodes.Zoek(Aanvraag.Vraagtypes, invoer?.Type);
        if (type is null)
        {
            f.Voeg(Veldpad.Onder(veld, "type"), $"Kies een vraagtype uit: {string.Join(", ", Aanvraag.Vraagtypes)}.");
        }

        List<string>? keuzes = null;
        if (type == Aanvraag.Keuze)
        {
            keuzes = f.Probeer(() => Keuzes(invoer?.Keuzes, Veldpad.Onder(veld, "keuzes")));
        }
        else if (invoer?.Keuzes is { Count: > 0 })
        {
            f.Voeg(Veldpad.Onder(veld, "keuzes"), "Alleen een vraag van het type 'keuze' heeft keuzes.");
        }

        string? bron = null;
        if (!string.IsNullOrWhiteSpace(invoer?.Bron))
        {
            bron = Aanvraag.Bronnen.FirstOrDefault(b => string.Equals(b, invoer.Bron.Trim(), StringComparison.OrdinalIgnoreCase));
            if (bron is null)
            {
                f.Voeg(Veldpad.Onder(veld, "bron"), $"{Benoem(invoer.Bron)} is geen gekend gegeven. Kies uit: {string.Join(", ", Aanvraag.Bronnen)}.");
            }
        }

        if (type != Aanvraag.Getal && (invoer?.Min is not null || invoer?.Max is not null))
        {
            f.Voeg(Veldpad.Onder(veld, "min"), "Alleen een vraag van het type 'getal' heeft een minimum of maximum.");
        }
        else if (invoer?.Min is { } min && invoer.Max is { } max && min > max)
        {
            f.Voeg(Veldpad.Onder(veld, "max"), "Het maximum is kleiner dan het minimum.");
        }

        if (invoer?.MaxLengte is { } lengte && (type != Aanvraag.Tekst || lengte is < 1 or > Aanvraag.StandaardMaxLengte))
        {
            f.Voeg(Veldpad.Onder(veld, "maxLengte"), $"Alleen een vraag van het type 'tekst' heeft een maximale lengte, van 1 tot {Aanvraag.StandaardMaxLengte} tekens.");
        }

        if (invoer?.Meerdere == true && type != Aanvraag.Keuze)
        {
            f.Voeg(Veldpad.Onder(veld, "meerdere"), "Alleen een vraag van het type 'keuze' kan meerdere antwoorden hebben.");
        }

        f.GooiAlsFouten();
        return new Vraag(sleutel, label!, type!, invoer?.Verplicht ?? false, keuzes, bron, invoer?.Min, invoer?.Max, invoer?.MaxLengte, invoer?.Meerdere ?? false);
    }

    static List<string> Keuzes(List<string?>? invoer, string veld)
    {
        var f = new FoutVerzamelaar();
        var keuzes = new List<string>();
        for (int i = 0; i < (invoer?.Count ?? 0); i++)
        {
            if (f.Probeer(() => Tekst.Verplicht(invoer![i], $"{veld}[{i}]", 100)) is not { } keuze)
            {
                continue;
            }

            if (keuzes.Contains(keuze, StringComparer.OrdinalIgnoreCase))
            {
                f.Voeg($"{veld}[{i}]", $"De keuze '{keuze}' staat er meer dan één keer in.");
                continue;
            }

            keuzes.Add(keuze);
        }

        if (keuzes.Count < 2 && !f.HeeftFouten)
        {
            f.Voeg(veld, "Een keuzevraag heeft minstens twee keuzes.");
        }

        f.GooiAlsFouten();
        return keuzes;
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9-]{0,39}$", RegexOptions.CultureInvariant)]
    private static partial Regex SleutelVorm();
}
