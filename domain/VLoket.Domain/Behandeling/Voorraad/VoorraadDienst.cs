using System.Globalization;
using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Behandeling.Voorraad;

/// <summary>
/// A lending service's stock for its case workers: items and rooms with quantities and unavailable periods, the calendar
/// of holds and confirmed reservations, and approving or refusing reservations that need it. Same access rule as the
/// inbox: "not found" for anyone without a role for the agency.
/// </summary>
public sealed class VoorraadDienst(VoorraadOpslag voorraad, VoorraadConnector connector, InstantieRegister instanties, TimeProvider klok)
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

    /// <summary>The calendar of a period of at most 92 days: items and every reservation that overlaps it, as they stand now.</summary>
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
            .Where(r => r.Status is ReservatieStatussen.Vastgehouden or ReservatieStatussen.Bevestigd)
            .OrderBy(r => r.Van).ThenBy(r => r.Materiaal)
            .ToList();
        return new Uitleenkalender(instantie.OvoCode, begin.Value, einde.Value, await voorraad.ItemsAsync(instantie.OvoCode, ct), reservaties);
    }

    /// <summary>Approves or refuses a reservation that needs approval; refusing frees the stock at once.</summary>
    public async Task<Reservatie> BeslisAsync(Medewerker medewerker, string ovoCode, string reservatieId, GoedkeuringInvoer invoer, CancellationToken ct)
    {
        var instantie = BehandelDienst.Vereis(instanties, medewerker, ovoCode);
        string beslissing = invoer.Beslissing?.ToLowerInvariant() switch
        {
            "goedkeuren" => Goedkeuringen.Goedgekeurd,
            "weigeren" => Goedkeuringen.Geweigerd,
            _ => throw new DomeinFout("beslissing", "Kies 'goedkeuren' of 'weigeren'."),
        };
        string? fout = null;
        var reservatie = await connector.WijzigAsync(instantie, reservatieId, u =>
        {
            if (u.Goedkeuring is null || u.Status is not (ReservatieStatussen.Vastgehouden or ReservatieStatussen.Bevestigd))
            {
                fout = "Deze reservatie wacht niet op een goedkeuring.";
                return null;
            }

            return beslissing == Goedkeuringen.Geweigerd
                ? u with { Goedkeuring = beslissing, Status = ReservatieStatussen.Geannuleerd }
                : u with { Goedkeuring = beslissing };
        }, ct);
        return reservatie ?? throw (fout is null ? new NietGevondenFout("Deze reservatie bestaat niet.") : new RegelFout(fout));
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
