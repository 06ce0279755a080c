using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Behandeling.Opslag;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen.Opslag;

namespace VLoket.Domain.Behandeling;

/// <summary>
/// The built-in agency: the connector contract answered by the behandelloket itself, for agencies registered with
/// <c>Behandeling = loket</c>. It keeps what the loket submits as a case in the agency's inbox and answers reads, answers
/// and cancellations as an external agency would; what case workers decide reaches the workflow as a callback event
/// (<see cref="BehandelDienst"/>). The workflow only ever sees <see cref="IInstantieConnector"/>.
/// </summary>
public sealed class BehandelloketConnector(
    BehandelzaakOpslag zaken, DienstCatalogus catalogus, VerenigingRepository verenigingen, DocumentOpslag documenten, TimeProvider klok)
    : IInstantieConnector
{
    /// <summary>The handling term of a service that names none in the catalogue.</summary>
    public static readonly TimeSpan StandaardTermijn = TimeSpan.FromDays(30);

    const string Voorvoegsel = "BL-";

    /// <summary>The case number of a dossier's case: readable back to the dossier, so the contract's case id is enough.</summary>
    public static string ZaakIdVoor(string dossierId) => Voorvoegsel + dossierId;

    public static string DossierIdVan(string zaakId) =>
        zaakId.StartsWith(Voorvoegsel, StringComparison.Ordinal) ? zaakId[Voorvoegsel.Length..] : zaakId;

    public async Task<Zaak> DienInAsync(Instantie instantie, AanvraagIndiening indiening, string idempotentieSleutel, CancellationToken ct = default)
    {
        if (await zaken.LeesAsync(instantie.OvoCode, indiening.DossierId, ct) is { } bestaand)
        {
            return await MetBesluitAsync(bestaand.Zaak, ct);
        }

        var dienst = (await catalogus.HuidigAsync(ct)).Zoek(indiening.Productnummer)
            ?? throw new InstantieWeigertFout(instantie.OvoCode, 404, "Deze dienst is niet gekend bij de instantie.");
        var vereniging = (await verenigingen.LeesAsync(indiening.VCode, ct))?.Waarde
            ?? throw new InstantieWeigertFout(instantie.OvoCode, 404, "Deze vereniging is niet gekend.");
        var nu = klok.GetUtcNow();
        var zaak = new Behandelzaak
        {
            ZaakId = ZaakIdVoor(indiening.DossierId),
            DossierId = indiening.DossierId,
            OvoCode = instantie.OvoCode,
            VCode = indiening.VCode,
            Verenigingsnaam = vereniging.Naam,
            Gemeente = (vereniging.Locaties.FirstOrDefault(l => l.IsPrimair) ?? vereniging.Locaties.FirstOrDefault())?.Adres.Gemeente,
            Productnummer = dienst.Productnummer,
            Dienstnaam = dienst.Naam.Nl,
            Toestand = Toestanden.Nieuw,
            Fase = Fasen.Ingediend,
            Label = $"Ontvangen door {instantie.Naam}",
            IngediendOp = nu,
            WachtSinds = nu,
            Uiterlijk = nu + (dienst.Behandeltermijn is { } dagen ? TimeSpan.FromDays(dagen) : StandaardTermijn),
            Antwoorden = indiening.Antwoorden.ToDictionary(a => a.Key, a => VLoket.Domain.Dossiers.Regels.AntwoordTypes.AlsTekst(a.Value) ?? ""),
            Gegevens = indiening.Gegevens,
        };
        if (!await zaken.VoegToeAsync(zaak, ct))
        {
            // Submitted twice at once (a retried step): the first one's case is the case.
            zaak = (await zaken.LeesAsync(instantie.OvoCode, indiening.DossierId, ct))!.Value.Zaak;
        }

        return await MetBesluitAsync(zaak, ct);
    }

    public async Task<Zaak> LeesAsync(Instantie instantie, string zaakId, CancellationToken ct = default)
    {
        var zaak = await VereisAsync(instantie, zaakId, ct);
        return await MetBesluitAsync(zaak, ct);
    }

    public async Task<Zaak> AntwoordAsync(Instantie instantie, string zaakId, string antwoord, CancellationToken ct = default)
    {
        var (zaak, versie) = await VereisMetVersieAsync(instantie, zaakId, ct);
        // A retried delivery of the same answer finds the question already answered and changes nothing.
        if (zaak.Toestand == Toestanden.WachtOpVereniging)
        {
            var nu = klok.GetUtcNow();
            zaak = zaak with
            {
                Toestand = Toestanden.InBehandeling,
                Fase = Fasen.InBehandeling,
                Label = $"Antwoord ontvangen, in behandeling bij {instantie.Naam}",
                Vraag = null,
                WachtSinds = nu,
                Gesprek = [.. zaak.Gesprek, new Uitwisseling(nu, "vereniging", antwoord)],
            };
            await zaken.BewaarAsync(zaak, versie, ct);
        }

        return await MetBesluitAsync(zaak, ct);
    }

    public async Task<Zaak> AnnuleerAsync(Instantie instantie, string zaakId, CancellationToken ct = default)
    {
        var (zaak, versie) = await VereisMetVersieAsync(instantie, zaakId, ct);
        if (Toestanden.IsOpen(zaak.Toestand))
        {
            zaak = zaak with
            {
                Toestand = Toestanden.Geannuleerd, Fase = Fasen.Geannuleerd, Label = "Geannuleerd door de vereniging", Vraag = null,
                WachtSinds = klok.GetUtcNow(),
            };
            await zaken.BewaarAsync(zaak, versie, ct);
        }

        return await MetBesluitAsync(zaak, ct);
    }

    /// <summary>The case as the contract reports it; a decision carries its document, so a read after it loses nothing.</summary>
    /// <summary>
    /// The case as the contract gives it, with the decision's document when it is decided: every step may meet a case that
    /// was decided meanwhile (an answer, a cancellation or a restarted submission crossing the decision), and the workflow
    /// closes the dossier with what that step returns.
    /// </summary>
    async Task<Zaak> MetBesluitAsync(Behandelzaak zaak, CancellationToken ct) => AlsZaak(zaak, await BesluitDocumentAsync(zaak, ct));

    public static Zaak AlsZaak(Behandelzaak zaak, BeslissingDocument? document) =>
        new(zaak.ZaakId, zaak.DossierId, zaak.OvoCode, zaak.Productnummer, zaak.Fase, zaak.Label, zaak.Vraag,
            zaak.Besluit is { } b ? new Beslissing(b.Uitkomst, b.Motivering, document) : null, zaak.WachtSinds);

    /// <summary>The blob the decision document is kept in, beside the dossier's own documents.</summary>
    public static string BesluitDocumentId(Behandelzaak zaak) => $"besluit-{zaak.ZaakId}";

    public async Task<BeslissingDocument?> BesluitDocumentAsync(Behandelzaak zaak, CancellationToken ct)
    {
        if (zaak.Besluit?.DocumentNaam is not { } naam || await documenten.LeesAsync(zaak.VCode, zaak.DossierId, BesluitDocumentId(zaak), ct) is not { } inhoud)
        {
            return null;
        }

        return new BeslissingDocument(naam, zaak.Besluit.DocumentType ?? "application/pdf", Convert.ToBase64String(inhoud));
    }

    async Task<Behandelzaak> VereisAsync(Instantie instantie, string zaakId, CancellationToken ct) =>
        (await VereisMetVersieAsync(instantie, zaakId, ct)).Zaak;

    async Task<(Behandelzaak Zaak, Azure.ETag Versie)> VereisMetVersieAsync(Instantie instantie, string zaakId, CancellationToken ct) =>
        await zaken.LeesAsync(instantie.OvoCode, DossierIdVan(zaakId), ct)
        ?? throw new InstantieWeigertFout(instantie.OvoCode, 404, "Deze zaak bestaat niet bij de instantie.");
}
