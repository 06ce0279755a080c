using System.Globalization;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Opslag;
using Insz = VLoket.Domain.Verenigingen.Waarden.Insz;

namespace VLoket.Domain.Bronnen;

/// <summary>
/// The "gekende gegevens" view and its refresh. The register is read live; the other sources live when their snapshot
/// is older than <see cref="GegevensOpties.MaxLeeftijd"/> or missing, in parallel and with a time limit. A source that
/// fails shows its last snapshot and a warning: the view never fails because a source is down.
/// </summary>
public sealed class GegevensDienst(
    IEnumerable<IGegevensBron> bronnen, BronSnapshots snapshots, VerenigingDienst verenigingen, VerenigingRepository repository,
    GegevensOpties opties, TimeProvider klok)
{
    static readonly TimeZoneInfo Brussel = TimeZoneInfo.TryFindSystemTimeZoneById("Europe/Brussels", out var zone) ? zone : TimeZoneInfo.Utc;
    static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-BE");

    static readonly List<string> CategorieVolgorde = [.. Categorieen.Alle];

    readonly IReadOnlyList<IGegevensBron> alle = [.. bronnen];

    /// <summary>The sources whose data is kept as snapshots (all but the register) that apply to the association.</summary>
    public IReadOnlyList<IGegevensBron> Ververst(Vereniging v) =>
        [.. alle.Where(b => b.Code != RegisterBron.BronCode && b.GeldtVoor(Vraag(v)))];

    /// <summary>The view for a representative; 404 (<see cref="NietGevondenFout"/>) for anyone else.</summary>
    public async Task<GegevensOverzicht> OverzichtAsync(string? vCode, Gebruiker lezer, CancellationToken ct = default)
    {
        var v = (await verenigingen.LeesAsync(vCode, lezer, ct)).Waarde;
        var vraag = Vraag(v);
        var resultaten = await HaalAsync(v, alle.Where(b => b.GeldtVoor(vraag)), ct);

        var items = resultaten.SelectMany(r => r.Items)
            .Select(i => Weergave(i.Bron, i.Item, i.OpgehaaldOp, v, lezer))
            .OfType<GegevenWeergave>()
            .OrderBy(i => Volgorde(i.Categorie)).ThenBy(i => i.Bron == RegisterBron.BronCode ? 0 : 1)
            .ToList();
        return new GegevensOverzicht(v.VCode, [.. resultaten.Select(r => r.Staat)], [.. resultaten.Where(r => r.Waarschuwing is not null).Select(r => r.Waarschuwing!)], items);
    }

    /// <summary>
    /// What the external sources know, for pre-filling an application form: by the view's rules (fresh snapshots as they
    /// are, stale ones asked again within the time limit, a source that is down by its last snapshot). Sources never
    /// reached are left out, so their questions are asked.
    /// </summary>
    public async Task<Brongegevens> BrongegevensAsync(Vereniging v, CancellationToken ct = default)
    {
        var resultaten = await HaalAsync(v, Ververst(v), ct);
        return new Brongegevens(
            resultaten.Where(r => r.Staat.OpgehaaldOp is not null)
                .ToDictionary(r => r.Staat.Bron, r => new BekendeBron(r.Staat.Naam, [.. r.Items.Select(i => i.Item)])),
            DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime));
    }

    /// <summary>
    /// <see cref="BrongegevensAsync"/> when one of <paramref name="vragen"/> draws on an external source
    /// (<see cref="Dossiers.Invulling.GekendeGegevens.UitBronnen"/>); otherwise nothing, without asking any source.
    /// </summary>
    public async Task<Brongegevens> VoorFormulierAsync(Vereniging v, IEnumerable<Diensten.Model.Vraag> vragen, CancellationToken ct = default) =>
        vragen.Any(q => q.Bron is { } b && Dossiers.Invulling.GekendeGegevens.UitBronnen(b)) ? await BrongegevensAsync(v, ct) : Brongegevens.Geen;

    /// <summary>The sources' results for the association, all asked at once, against one moment and one read of the snapshots.</summary>
    async Task<BronResultaat[]> HaalAsync(Vereniging v, IEnumerable<IGegevensBron> welke, CancellationToken ct)
    {
        var vraag = Vraag(v);
        var opgeslagen = await snapshots.LeesAsync(v.VCode, ct);
        var nu = klok.GetUtcNow();
        return await Task.WhenAll(welke.Select(b => BronAsync(b, vraag, v, opgeslagen.GetValueOrDefault(b.Code), nu, ct)));
    }

    /// <summary>Fetches one source for the association and stores the snapshot, or records the failure (for the refresh workflow).</summary>
    public async Task<BronUitkomst> VerversAsync(string vCode, string bronCode, CancellationToken ct = default)
    {
        var bron = alle.FirstOrDefault(b => b.Code == bronCode);
        var v = (await repository.LeesAsync(vCode, ct))?.Waarde;
        var nu = klok.GetUtcNow();
        if (bron is null || v is null)
        {
            return new BronUitkomst(bronCode, bron?.Naam ?? bronCode, false, 0, "Deze bron of vereniging bestaat niet (meer).", nu);
        }

        try
        {
            var items = await bron.HaalOpAsync(Vraag(v), ct);
            await snapshots.BewaarAsync(v.VCode, bron.Code, items, nu, ct);
            return new BronUitkomst(bron.Code, bron.Naam, true, items.Count, null, nu);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await snapshots.FoutAsync(v.VCode, bron.Code, Foutcode(e), nu, ct);
            return new BronUitkomst(bron.Code, bron.Naam, false, 0, $"De bron ‘{bron.Naam}’ is nu niet bereikbaar. De vorige gegevens blijven bewaard.", nu);
        }
    }

    /// <summary>What a source is asked: the association's KBO number, representatives and bank accounts.</summary>
    public static BronVraag Vraag(Vereniging v) => new(
        v.VCode, v.KboNummer,
        [.. v.Vertegenwoordigers.Select(w => new BronPersoon(w.VertegenwoordigerId.ToString(CultureInfo.InvariantCulture), w.Insz))],
        [.. v.Bankrekeningnummers.Select(b => b.Iban)]);

    async Task<BronResultaat> BronAsync(IGegevensBron bron, BronVraag vraag, Vereniging v, BronSnapshot? snapshot, DateTimeOffset nu, CancellationToken ct)
    {
        if (bron.Code == RegisterBron.BronCode)
        {
            // The register is this loket's own store: the association just read is the live truth.
            return Gelukt(bron, RegisterBron.Items(v), nu);
        }

        if (snapshot?.OpgehaaldOp is { } op && nu - op < opties.MaxLeeftijd)
        {
            return Gelukt(bron, snapshot.Items, op);
        }

        using var tijdslimiet = CancellationTokenSource.CreateLinkedTokenSource(ct);
        tijdslimiet.CancelAfter(opties.Wachttijd);
        try
        {
            var items = await bron.HaalOpAsync(vraag, tijdslimiet.Token);
            await snapshots.BewaarAsync(vraag.VCode, bron.Code, items, nu, ct);
            return Gelukt(bron, items, nu);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            await snapshots.FoutAsync(vraag.VCode, bron.Code, Foutcode(e), nu, ct);
            if (snapshot?.OpgehaaldOp is { } laatst)
            {
                var lokaal = TimeZoneInfo.ConvertTime(laatst, Brussel);
                string melding = $"De bron ‘{bron.Naam}’ is nu niet bereikbaar. Je ziet de gegevens van {lokaal.ToString("d MMMM yyyy", Nl)} om {lokaal.ToString("HH:mm", Nl)}.";
                return new BronResultaat(new BronStaat(bron.Code, bron.Naam, BronStatussen.Verouderd, laatst),
                    [.. snapshot.Items.Select(i => (bron.Code, i, laatst))], new Waarschuwing(bron.Code, melding));
            }

            return new BronResultaat(new BronStaat(bron.Code, bron.Naam, BronStatussen.Onbereikbaar, null), [],
                new Waarschuwing(bron.Code, $"De bron ‘{bron.Naam}’ is nu niet bereikbaar en we hebben er nog geen gegevens van. Probeer het later opnieuw."));
        }
    }

    static BronResultaat Gelukt(IGegevensBron bron, IReadOnlyList<BronItem> items, DateTimeOffset op) =>
        new(new BronStaat(bron.Code, bron.Naam, BronStatussen.Actueel, op), [.. items.Select(i => (bron.Code, i, op))], null);

    // Only the kind of failure is stored: exception messages of HTTP clients can carry URLs, never personal data we want kept.
    static string Foutcode(Exception e) => e switch
    {
        Kbo.BronNietBeschikbaarFout => "niet-beschikbaar",
        OperationCanceledException => "tijdslimiet",
        _ => e.GetType().Name,
    };

    GegevenWeergave? Weergave(string bron, BronItem item, DateTimeOffset opgehaaldOp, Vereniging v, Gebruiker lezer)
    {
        PersoonWeergave? persoon = null;
        if (item.Referentie is not null)
        {
            var w = v.Vertegenwoordigers.FirstOrDefault(w => w.VertegenwoordigerId.ToString(CultureInfo.InvariantCulture) == item.Referentie);
            if (w is null)
            {
                return null; // about someone who no longer represents the association: not theirs to see any more
            }

            persoon = new PersoonWeergave($"{w.Voornaam} {w.Achternaam}", w.Insz == lezer.Insz.Value ? w.Insz : Insz.Hydrate(w.Insz).Gemaskeerd);
        }

        if (item.Categorie == Categorieen.Erkenning && Erkenningen.Uit(item.Waarde) is { } e)
        {
            // Derived on the day it is shown, so a recognition that ended yesterday is Verlopen today, whatever the snapshot's age.
            string status = Erkenningen.Status(e, DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime));
            var waarde = RegisterBron.Json(new { e.ErkenningId, e.IpdcProduct, e.GeregistreerdDoor, e.Startdatum, e.Einddatum, e.Hernieuwingsdatum, Status = status });
            return new GegevenWeergave(bron, item.Categorie, item.Label, waarde, opgehaaldOp, e.Einddatum, status, persoon, e.GeregistreerdDoor.OvoCode);
        }

        return new GegevenWeergave(bron, item.Categorie, item.Label, item.Waarde, opgehaaldOp, item.GeldigTot, item.Status, persoon, item.OvoCode);
    }

    static int Volgorde(string categorie) => CategorieVolgorde.IndexOf(categorie) is var i and >= 0 ? i : int.MaxValue;

    sealed record BronResultaat(BronStaat Staat, IReadOnlyList<(string Bron, BronItem Item, DateTimeOffset OpgehaaldOp)> Items, Waarschuwing? Waarschuwing);
}
