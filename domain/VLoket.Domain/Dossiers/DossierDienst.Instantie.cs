using VLoket.Domain.Bronnen;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Dossiers;

/// <summary>What the loket did with an agency's callback; <see cref="Reden"/> says why it was not applied.</summary>
public sealed record MeldingOntvangst(string EventId, bool Toegepast, string? Reden = null);

/// <summary>The agency's side of the dossier use cases: callbacks, what the workflow submits, and applying the agency's reports.</summary>
public sealed partial class DossierDienst
{
    /// <summary>
    /// Accepts a signed callback of <paramref name="instantie"/>: checked, kept once per event id (the decision's document in
    /// Blob storage), then passed to the dossier's workflow. A repeated event id changes nothing; a crash between keeping
    /// and passing on is mended by the agency's retry, which passes it on again (the workflow applies an event id once).
    /// </summary>
    public async Task<MeldingOntvangst> OntvangMeldingAsync(Instantie instantie, StatusWijziging wijziging, IDossierWorkflows workflows, CancellationToken ct)
    {
        MeldingControle.Controleer(wijziging);
        var dossier = await dossiers.ZoekAsync(wijziging.DossierId, ct);
        if (dossier is null || dossier.Entiteit != instantie.OvoCode)
        {
            throw new NietGevondenFout("Dit dossier is niet gekend bij het loket voor deze instantie.");
        }

        var melding = await meldingen.LeesAsync(instantie.OvoCode, wijziging.EventId, ct);
        if (melding is not null && melding.DossierId != dossier.DossierId)
        {
            // Kept once per event id: applied to this dossier it would change the other one, and "al ontvangen" would hide it.
            throw new ConflictFout("Deze eventId werd al gebruikt voor een ander dossier. Geef elke statuswijziging een eigen eventId.");
        }

        if (melding is { Doorgegeven: true })
        {
            return new MeldingOntvangst(wijziging.EventId, false, "al ontvangen");
        }

        if (melding is null)
        {
            var document = wijziging.Beslissing?.Document is { } d
                ? await BewaarBeslissingAsync(dossier, wijziging.ZaakId, d, ct)
                : null;
            melding = new Melding(wijziging.EventId, instantie.OvoCode, dossier.DossierId, dossier.VCode,
                new ZaakBericht(wijziging.ZaakId, wijziging.Fase, wijziging.Label, wijziging.Vraag, wijziging.Beslissing?.Uitkomst,
                    wijziging.Beslissing?.Motivering, document),
                klok.GetUtcNow(), false);
            await meldingen.VoegToeAsync(melding, ct);
        }

        await workflows.MeldAsync(dossier, melding, wijziging, ct);
        await meldingen.MarkeerDoorgegevenAsync(melding, ct);
        return new MeldingOntvangst(wijziging.EventId, true);
    }

    /// <summary>
    /// What the loket submits for the dossier: the stored answers and, read now, what government already knows (once only),
    /// with where each known item came from (for <see cref="PasZaakToeAsync"/> once the agency has the application).
    /// </summary>
    public async Task<(AanvraagIndiening Indiening, IReadOnlyDictionary<string, string> Herkomst)> IndieningAsync(VerenigingRepository verenigingen, string vCode, string dossierId, string? callbackUrl, CancellationToken ct = default)
    {
        var dossier = await LeesAsync(vCode, dossierId, ct);
        var v = (await verenigingen.LeesAsync(vCode, ct))?.Waarde ?? throw new InvalidOperationException($"Association {vCode} does not exist.");
        var bronnen = dossier.GekendeBronnen.Any(GekendeGegevens.UitBronnen) ? await gegevens.BrongegevensAsync(v, ct) : Brongegevens.Geen;
        var gekend = dossier.GekendeBronnen
            .Select(b => (Bron: b, Gevonden: GekendeGegevens.Zoek(v, b, dossier.VertegenwoordigerId, bronnen)))
            .Where(x => x.Gevonden is not null)
            .ToList();
        return (new AanvraagIndiening(dossier.DossierId, dossier.VCode, dossier.Productnummer, dossier.Antwoorden,
                gekend.ToDictionary(x => x.Bron, x => x.Gevonden!.Value.Waarde), callbackUrl, IndieningBijlagen(dossier, callbackUrl)),
            gekend.ToDictionary(x => x.Bron, x => x.Gevonden!.Value.Herkomst));
    }

    /// <summary>
    /// Applies a case as the agency reported it (after submitting, polling or answering); its decision document goes to Blob
    /// storage first. <paramref name="herkomst"/> records where the submitted known items came from.
    /// </summary>
    public async Task<ZaakStand> PasZaakToeAsync(string vCode, string dossierId, Zaak zaak, string? toelichting = null, DossierDocument? document = null,
        IReadOnlyDictionary<string, string>? herkomst = null, CancellationToken ct = default)
    {
        var dossier = await LeesAsync(vCode, dossierId, ct);
        var beslissing = zaak.Beslissing?.Document is { } d ? await BewaarBeslissingAsync(dossier, zaak.ZaakId, d, ct) : null;
        var bericht = new ZaakBericht(zaak.ZaakId, zaak.Fase, zaak.Label, zaak.Vraag, zaak.Beslissing?.Uitkomst, zaak.Beslissing?.Motivering, beslissing);
        return await PasBerichtToeAsync(dossier, bericht, toelichting, document, herkomst, ct);
    }

    /// <summary>Applies a kept callback to its dossier.</summary>
    public async Task<ZaakStand> PasMeldingToeAsync(string ovoCode, string eventId, CancellationToken ct = default)
    {
        var melding = await meldingen.LeesAsync(ovoCode, eventId, ct) ?? throw new InvalidOperationException($"Callback {eventId} of {ovoCode} was not kept.");
        return await PasBerichtToeAsync(await LeesAsync(melding.VCode, melding.DossierId, ct), melding.Bericht, null, null, null, ct);
    }

    /// <summary>Writes a state the workflow itself decides (delayed, closed, held), with the loket's own texts.</summary>
    public async Task WerkBijAsync(string vCode, string dossierId, DossierWijziging wijziging, CancellationToken ct = default)
    {
        var dossier = await LeesAsync(vCode, dossierId, ct);
        await dossiers.WijzigAsync(dossier, ZaakVerwerking.PasToe(dossier, wijziging), klok.GetUtcNow(), ct);
    }

    async Task<ZaakStand> PasBerichtToeAsync(Dossier dossier, ZaakBericht bericht, string? toelichting, DossierDocument? document,
        IReadOnlyDictionary<string, string>? herkomst, CancellationToken ct)
    {
        var wijziging = ZaakVerwerking.Wijziging(bericht, klok.GetUtcNow(), toelichting, herkomst, document);
        await dossiers.WijzigAsync(dossier, ZaakVerwerking.PasToe(dossier, wijziging), wijziging.Tijdstip, ct);
        return ZaakVerwerking.Stand(bericht);
    }

    /// <summary>The id the dossier lists an agency's decision document under (one per case).</summary>
    static string BeslissingDocumentId(string zaakId) => $"beslissing-{zaakId}";

    /// <summary>Stores an agency's decision document under a fixed id, so a repeated report stores the same bytes again.</summary>
    async Task<DossierDocument> BewaarBeslissingAsync(Dossier dossier, string zaakId, BeslissingDocument d, CancellationToken ct)
    {
        string documentId = BeslissingDocumentId(zaakId);
        if (dossier.Documenten.FirstOrDefault(x => x.DocumentId == documentId) is { } al)
        {
            return al;
        }

        byte[] inhoud = DocumentInhoud.Lees(new DocumentInvoer(d.Naam, d.ContentType, d.InhoudBase64), "beslissing.document");
        return await documenten.BewaarAsync(dossier.VCode, dossier.DossierId, documentId, d.Naam, d.ContentType, inhoud, "Beslissing", klok.GetUtcNow(), ct);
    }
}
