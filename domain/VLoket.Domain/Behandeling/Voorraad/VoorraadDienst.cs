using System.Globalization;
using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Behandeling.Voorraad;

/// <summary>
/// A lending service's stock for its case workers: items and rooms with quantities and unavailable periods, the calendar
/// of holds and confirmed reservations, and approving or refusing reservations that need it. Same access rule as the
/// inbox: "not found" for anyone without a role for the agency.
/// </summary>
public sealed class VoorraadDienst(VoorraadOpslag voorraad, VoorraadConnector connector, InstantieRegister instanties, DossierDienst dossiers, TimeProvider klok)
{
    public static readonly IReadOnlyList<string> Soorten = ["materiaal", "lokaal"];

    public async Task<IReadOnlyList<Voorraaditem>> ItemsAsync(Medewerker medewerker, string ovoCode, CancellationToken ct) =>
        await voorraad.ItemsAsync(BehandelDienst.Vereis(instanties, medewerker, ovoCode).OvoCode, ct);

    /// <summary>Adds or changes an item (by its code); bad input changes nothing.</summary>
    public async Task<Voorraaditem> BewaarItemAsync(Medewerker medewerker, string ovoCode, VoorraaditemInvoer invoer, CancellationToken ct)
    {
        var instantie = BehandelDienst.Vereis(instanties, medewerker, ovoCode);
        var f = new FoutVerzamelaar();
        string? code = invoer.Code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code) || !code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            f.Voeg("code", "Geef een code van kleine letters, cijfers en streepjes, zoals 'tent' of 'zaal-1'.");
        }

        string? naam = f.Probeer(() => Verenigingen.Waarden.Tekst.Verplicht(invoer.Naam, "naam", 200));
        string? soort = invoer.Soort?.ToLowerInvariant();
        if (soort is null || !Soorten.Contains(soort))
        {
            f.Voeg("soort", "Kies 'materiaal' of 'lokaal'.");
        }

        if (invoer.Aantal is not (>= 0 and <= 100_000))
        {
            f.Voeg("aantal", "Geef een aantal van 0 tot 100000.");
        }

        var onbeschikbaar = new List<Onbeschikbaarheid>();
        for (int i = 0; i < (invoer.Onbeschikbaar?.Count ?? 0); i++)
        {
            var o = invoer.Onbeschikbaar![i];
            var van = Datum(o?.Van, $"onbeschikbaar[{i}].van", f);
            var tot = Datum(o?.Tot, $"onbeschikbaar[{i}].tot", f);
            string? reden = f.Probeer(() => Verenigingen.Waarden.Tekst.Optioneel(o?.Reden, $"onbeschikbaar[{i}].reden", 200));
            if (van is { } v && tot is { } t)
            {
                if (t < v)
                {
                    f.Voeg($"onbeschikbaar[{i}].tot", "Het einde ligt voor het begin.");
                }
                else
                {
                    onbeschikbaar.Add(new Onbeschikbaarheid(v, t, reden ?? "Niet beschikbaar"));
                }
            }
        }

        f.GooiAlsFouten();
        var item = new Voorraaditem(code!, naam!, soort!, invoer.Aantal!.Value, invoer.VereistGoedkeuring ?? false, onbeschikbaar);
        await voorraad.BewaarItemAsync(instantie.OvoCode, item, ct);
        return item;
    }

    /// <summary>The calendar of a period of at most 92 days: items and every reservation that takes stock in it, as they stand now.</summary>
    public async Task<Uitleenkalender> KalenderAsync(Medewerker medewerker, string ovoCode, string? van, string? tot, CancellationToken ct)
    {
        var instantie = BehandelDienst.Vereis(instanties, medewerker, ovoCode);
        var f = new FoutVerzamelaar();
        var begin = Datum(van, "van", f);
        var einde = Datum(tot, "tot", f);
        if (begin is { } b && einde is { } e && (e < b || e.DayNumber - b.DayNumber > 92))
        {
            f.Voeg("tot", "Kies een periode van hoogstens 92 dagen, met het einde na het begin.");
        }

        f.GooiAlsFouten();
        var nu = klok.GetUtcNow();
        var reservaties = (await voorraad.ReservatiesAsync(instantie.OvoCode, null, begin!.Value, einde!.Value, ct))
            .Select(r => VoorraadConnector.Actueel(r, nu))
            .Where(r => ReservatieStatussen.BezetVoorraad(r.Status))
            .OrderBy(r => r.Van).ThenBy(r => r.Materiaal)
            .ToList();
        return new Uitleenkalender(instantie.OvoCode, begin.Value, einde.Value, await voorraad.ItemsAsync(instantie.OvoCode, ct), reservaties);
    }

    /// <summary>
    /// Approves or refuses a reservation that needs approval, before or after the association confirmed it; refusing
    /// frees the stock at once. The decision then reaches the association's dossier as an external lending service's
    /// would: a report through <see cref="DossierDienst.OntvangMeldingAsync"/>, with one event id per reservation, so
    /// repeating the same decision (say, after a failure between storing and reporting) reports it again and changes
    /// nothing twice. Bad input and a second, different decision change nothing.
    /// </summary>
    public async Task<Reservatie> BeslisAsync(Medewerker medewerker, string ovoCode, string reservatieId, GoedkeuringInvoer invoer, IDossierWorkflows workflows,
        CancellationToken ct)
    {
        var instantie = BehandelDienst.Vereis(instanties, medewerker, ovoCode);
        var f = new FoutVerzamelaar();
        string? beslissing = invoer.Beslissing?.Trim().ToLowerInvariant() switch
        {
            "goedkeuren" => Goedkeuringen.Goedgekeurd,
            "weigeren" => Goedkeuringen.Geweigerd,
            _ => null,
        };
        if (beslissing is null)
        {
            f.Voeg("beslissing", "Kies 'goedkeuren' of 'weigeren'.");
        }

        string? motivering = f.Probeer(() => Verenigingen.Waarden.Tekst.Optioneel(invoer.Motivering, "motivering", GoedkeuringInvoer.MaxMotivering));
        if (beslissing == Goedkeuringen.Geweigerd && motivering is null)
        {
            f.Voeg("motivering", "Zeg de vereniging waarom je de reservatie weigert.");
        }

        f.GooiAlsFouten();
        string? fout = null;
        Uitlening? beslist = null;
        var reservatie = await connector.WijzigAsync(instantie, reservatieId, u =>
        {
            if (u.Goedkeuring == beslissing && u.Motivering == motivering)
            {
                beslist = u;
                return u;
            }

            if (u.Goedkeuring != Goedkeuringen.Gevraagd || !ReservatieStatussen.BezetVoorraad(u.Status))
            {
                fout = u.Goedkeuring is Goedkeuringen.Goedgekeurd or Goedkeuringen.Geweigerd
                    ? "Over deze reservatie werd al anders beslist."
                    : "Deze reservatie wacht niet op een goedkeuring.";
                return null;
            }

            beslist = beslissing == Goedkeuringen.Geweigerd
                ? u with { Goedkeuring = beslissing, Motivering = motivering, Status = ReservatieStatussen.Geweigerd }
                : u with
                {
                    Goedkeuring = beslissing, Motivering = motivering,
                    Status = u.Status == ReservatieStatussen.TerGoedkeuring ? ReservatieStatussen.Bevestigd : u.Status,
                };
            return beslist;
        }, ct);
        if (reservatie is null || beslist is null)
        {
            throw fout is null ? new NietGevondenFout("Deze reservatie bestaat niet.") : new RegelFout(fout);
        }

        await MeldAsync(instantie, beslist, workflows, ct);
        return reservatie;
    }

    /// <summary>Reports the decision to the association's dossier, as a lending service's callback would.</summary>
    Task MeldAsync(Instantie instantie, Uitlening u, IDossierWorkflows workflows, CancellationToken ct)
    {
        bool goed = u.Goedkeuring == Goedkeuringen.Goedgekeurd;
        string fase = goed ? Fasen.Goedgekeurd : Fasen.Afgekeurd;
        return dossiers.OntvangMeldingAsync(instantie, new StatusWijziging($"{u.ReservatieId}-goedkeuring", instantie.OvoCode, u.ReservatieId, u.DossierId,
            fase, goed ? "Goedgekeurd door de uitleendienst" : "Geweigerd door de uitleendienst", null,
            new Beslissing(fase, u.Motivering ?? string.Empty, null), klok.GetUtcNow()), workflows, ct);
    }

    static DateOnly? Datum(string? tekst, string veld, FoutVerzamelaar f)
    {
        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        f.Voeg(veld, "Geef een datum als jjjj-mm-dd.");
        return null;
    }
}
