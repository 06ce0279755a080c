using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Behandeling.Opslag;
using VLoket.Domain.Delen;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Behandeling;

/// <summary>A known data item as a case worker sees it: its value and where the loket got it.</summary>
public sealed record GekendGegeven(string Code, string Waarde, string? Bron);

/// <summary>An answer of the form with the question's label.</summary>
public sealed record Zaakantwoord(string Sleutel, string Vraag, string Waarde);

/// <summary>
/// The case view: everything a case worker may see of one application, and what they may do with it
/// (<see cref="KanHeropenen"/>: this case worker may reopen its decision now).
/// </summary>
public sealed record Zaakbeeld(
    string ZaakId, string DossierId, string OvoCode, string VCode, string Verenigingsnaam, string? Gemeente, string Productnummer, string Dienstnaam,
    string Toestand, string Fase, string Label, DateTimeOffset IngediendOp, DateTimeOffset Uiterlijk, bool TeLaat, string? ToegewezenAan,
    string? ToegewezenNaam, string? Vraag, IReadOnlyList<Uitwisseling> Gesprek, Besluit? Besluit, IReadOnlyList<Zaakantwoord> Antwoorden,
    IReadOnlyList<DossierDocument> Documenten, IReadOnlyList<GekendGegeven> GekendeGegevens, string? Rechtsgrond, bool IsTeamverantwoordelijke,
    bool KanHeropenen = false);

/// <summary>
/// The behandelloket's use cases for case workers: the inbox, the case view (every opening logged in the association's
/// data-sharing log), taking and assigning, asking the association and deciding. Everything is scoped to an agency the
/// case worker has a role for and that is handled in the loket; anything else is "not found", never "forbidden", so the
/// back office does not even show that it exists.
/// </summary>
public sealed partial class BehandelDienst(
    BehandelzaakOpslag zaken, BehandelloketConnector connector, DossierDienst dossiers, DienstCatalogus catalogus, InstantieRegister instanties,
    GegevensdelingRepository log, VLoket.Domain.Dossiers.Opslag.DocumentOpslag documenten, IBesluitDocument besluitDocument, TimeProvider klok)
{
    const string NietGevonden = "Deze pagina bestaat niet.";

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateOnly> gezien = new();

    /// <summary>The agencies in the behandelloket this case worker works for (empty: no back office at all).</summary>
    public IReadOnlyList<Instantie> Instanties(Medewerker medewerker) =>
        medewerker.Rechten.Keys.Select(instanties.Zoek).OfType<Instantie>().Where(i => i.InLoket).OrderBy(i => i.Naam).ToList();

    /// <summary>One page of the agency's inbox, in order of the handling term's end (overdue first).</summary>
    public async Task<Inboxpagina> InboxAsync(Medewerker medewerker, string ovoCode, Inboxfilter filter, int aantal, string? vervolg, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        if (filter.Toestand is { Length: > 0 } t && !Toestanden.Alle.Contains(t))
        {
            throw new DomeinFout("toestand", $"Kies een toestand uit: {string.Join(", ", Toestanden.Alle)}.");
        }

        await ZieAsync(medewerker, instantie.OvoCode, ct);
        return await zaken.InboxAsync(instantie.OvoCode, filter, aantal, vervolg, klok.GetUtcNow(), ct);
    }

    /// <summary>The agency's colleagues seen in the back office, to assign a case to.</summary>
    public async Task<IReadOnlyList<Collega>> CollegasAsync(Medewerker medewerker, string ovoCode, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        await ZieAsync(medewerker, instantie.OvoCode, ct);
        return await zaken.CollegasAsync(instantie.OvoCode, ct);
    }

    /// <summary>
    /// Opens a case: logs who read which data first (a read that cannot be logged is not shown), then gives the answers,
    /// the dossier's documents and the known data the service's legal basis lets the agency see.
    /// </summary>
    public async Task<Zaakbeeld> OpenAsync(Medewerker medewerker, string ovoCode, string dossierId, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        var zaak = (await LeesAsync(instantie, dossierId, ct)).Zaak;
        var dossier = await dossiers.LeesAsync(zaak.VCode, zaak.DossierId, ct);
        var dienst = (await catalogus.HuidigAsync(ct)).Zoek(zaak.Productnummer);
        var toegelaten = dienst?.Inzage?.Gegevens ?? [];
        var gekend = toegelaten.Where(zaak.Gegevens.ContainsKey)
            .Select(c => new GekendGegeven(c, zaak.Gegevens[c], dossier.Herkomst.GetValueOrDefault(c)))
            .ToList();
        var antwoorden = zaak.Antwoorden
            .Select(a => new Zaakantwoord(a.Key, dienst?.Formulier.FirstOrDefault(v => v.Sleutel == a.Key)?.Label ?? a.Key, a.Value))
            .ToList();
        await LogAsync(medewerker, instantie, zaak, ["antwoorden", "documenten", .. gekend.Select(g => g.Code)], dienst?.Inzage?.Rechtsgrond, ct);
        return new Zaakbeeld(zaak.ZaakId, zaak.DossierId, zaak.OvoCode, zaak.VCode, zaak.Verenigingsnaam, zaak.Gemeente, zaak.Productnummer,
            zaak.Dienstnaam, zaak.Toestand, zaak.Fase, zaak.Label, zaak.IngediendOp, zaak.Uiterlijk,
            Toestanden.IsOpen(zaak.Toestand) && klok.GetUtcNow() > zaak.Uiterlijk, zaak.ToegewezenAan, zaak.ToegewezenNaam, zaak.Vraag, zaak.Gesprek,
            zaak.Besluit, antwoorden, dossier.Documenten, gekend, dienst?.Inzage?.Rechtsgrond, medewerker.IsTeamverantwoordelijkeVan(instantie.OvoCode),
            medewerker.IsTeamverantwoordelijkeVan(instantie.OvoCode) && KanHeropenen(zaak, klok.GetUtcNow()));
    }

    /// <summary>A document of the case's dossier (an attachment or a decision), logged like an opening.</summary>
    public async Task<(DossierDocument Info, byte[] Inhoud)> DocumentAsync(Medewerker medewerker, string ovoCode, string dossierId, string documentId, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        var zaak = (await LeesAsync(instantie, dossierId, ct)).Zaak;
        var document = await dossiers.DocumentAsync(await dossiers.LeesAsync(zaak.VCode, zaak.DossierId, ct), documentId, ct);
        var dienst = (await catalogus.HuidigAsync(ct)).Zoek(zaak.Productnummer);
        await LogAsync(medewerker, instantie, zaak, [$"document: {document.Info.Naam}"], dienst?.Inzage?.Rechtsgrond, ct);
        return document;
    }

    Instantie Vereis(Medewerker medewerker, string ovoCode) => Vereis(instanties, medewerker, ovoCode);

    /// <summary>The agency, when it is in the behandelloket and the case worker has a role for it; else "not found".</summary>
    internal static Instantie Vereis(InstantieRegister instanties, Medewerker medewerker, string ovoCode) =>
        instanties.Zoek(ovoCode) is { InLoket: true } instantie && medewerker.IsBehandelaarVan(instantie.OvoCode)
            ? instantie
            : throw new NietGevondenFout(NietGevonden);

    async Task<(Behandelzaak Zaak, Azure.ETag Versie)> LeesAsync(Instantie instantie, string dossierId, CancellationToken ct) =>
        await zaken.LeesAsync(instantie.OvoCode, dossierId, ct) ?? throw new NietGevondenFout("Deze aanvraag bestaat niet bij deze instantie.");

    Task LogAsync(Medewerker medewerker, Instantie instantie, Behandelzaak zaak, List<string> velden, string? rechtsgrond, CancellationToken ct)
    {
        var nu = klok.GetUtcNow();
        return log.LogAsync(new Gegevensdeling($"inzage-{Guid.NewGuid():N}", zaak.DossierId, zaak.VCode, instantie.OvoCode, instantie.Naam, velden,
            rechtsgrond ?? $"Behandeling van de aanvraag {zaak.ZaakId} ({zaak.Dienstnaam})", nu, Leveringsresultaten.Ingezien, 0, null, nu,
            medewerker.Naam), ct);
    }

    async Task ZieAsync(Medewerker medewerker, string ovoCode, CancellationToken ct)
    {
        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        string sleutel = $"{ovoCode}|{medewerker.Id}|{medewerker.Rechten[ovoCode]}|{medewerker.Naam}";
        if (gezien.TryGetValue(sleutel, out var dag) && dag == vandaag)
        {
            return;
        }

        await zaken.ZieCollegaAsync(ovoCode, new Collega(medewerker.Id, medewerker.Naam, medewerker.Rechten[ovoCode], klok.GetUtcNow()), ct);
        gezien[sleutel] = vandaag;
    }
}
