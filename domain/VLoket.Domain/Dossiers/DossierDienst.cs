using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Domain.Verenigingen.Waarden;

namespace VLoket.Domain.Dossiers;

/// <summary>How long an agency has to decide on an application before its dossier is <c>Verlopen</c>.</summary>
public sealed record DossierInstellingen(TimeSpan Termijn)
{
    public static readonly DossierInstellingen Standaard = new(TimeSpan.FromDays(60));
}

/// <summary>A document the association sends along, as it arrives (not yet checked).</summary>
public sealed record DocumentInvoer(
    [MaxLength(200)] string? Naam, [MaxLength(200)] string? ContentType,
    [MaxLength(DocumentInvoer.MaxBase64)] string? InhoudBase64)
{
    /// <summary>A 10 MB document in base64, with room for line breaks.</summary>
    public const int MaxBase64 = 14_000_000;
}

/// <summary>
/// The dossier use cases: start, answer, cancel, confirm (this file), and accepting an agency's report (the other part).
/// Requests reach the dossier's workflow through <see cref="IDossierWorkflows"/>; what they carry is stored first, so the
/// workflow's events hold ids only.
/// </summary>
public sealed partial class DossierDienst(
    DienstCatalogus catalogus, InstantieRegister instanties, DossierRepository dossiers, DocumentOpslag documenten, VerzoekOpslag verzoeken,
    MeldingOpslag meldingen, GegevensDienst gegevens, DossierInstellingen instellingen, TimeProvider klok, BijlageOpslag bijlagen, BijlageLinks links)
{
    /// <summary>
    /// Starts an application: checks the service and the answers against what the loket already knows, stores the dossier
    /// with the files it sends along, then starts its workflow. A lending service whose answers name a material and a
    /// period becomes a reservation. With a <paramref name="sleutel"/> the dossier id follows from it, so the same key again
    /// returns the dossier the first attempt made (and starts its workflow if that attempt stopped before it).
    /// </summary>
    public async Task<Dossier> StartAsync(Vereniging vereniging, int? vertegenwoordigerId, string? productnummer, Dictionary<string, JsonElement>? antwoorden,
        Aanvraagsleutel? sleutel, IDossierWorkflows workflows, CancellationToken ct)
    {
        var dienst = await LoketDienstAsync(productnummer, ct);
        string dossierId = sleutel?.DossierId(vereniging.VCode) ?? "D" + Guid.NewGuid().ToString("N");
        // Read first: the retry's files were cleaned up once the first attempt's workflow ran, so it could not be checked again.
        if (sleutel is not null && await dossiers.LeesAsync(vereniging.VCode, dossierId, ct) is { } eerder)
        {
            return await HerhaaldAsync(eerder, dienst, workflows, ct);
        }

        var (dossier, wens, meegestuurd) = await StelOpAsync(vereniging, vertegenwoordigerId, dienst, antwoorden ?? [], dossierId, ct);
        await dossiers.MaakAsync(dossier, ct);
        // Without a workflow the dossier would wait forever; remove it so the association can simply try again.
        await StartWorkflowAsync(dossier, wens, workflows, () => dossiers.VerwijderAsync(dossier.VCode, dossier.DossierId, CancellationToken.None), ct);
        await RuimMeegestuurdOpAsync(meegestuurd);
        return dossier;
    }

    /// <summary>
    /// The same application again (same key): the dossier as it is, its workflow started now if the first attempt stopped
    /// between storing and starting. A key used before for another service is refused.
    /// </summary>
    async Task<Dossier> HerhaaldAsync(Dossier eerder, Dienst dienst, IDossierWorkflows workflows, CancellationToken ct)
    {
        if (eerder.Productnummer != dienst.Productnummer || eerder.Status.Fase == Fasen.Concept)
        {
            throw new ConflictFout("Deze sleutel (Idempotency-Key) hoort bij een andere aanvraag van de vereniging. Gebruik een nieuwe sleutel voor een nieuwe aanvraag.");
        }

        if (eerder.Status.Fase == Fasen.Ingediend && !await workflows.BestaatAsync(eerder.DossierId, ct))
        {
            var wens = eerder.Soort == DossierSoort.Reservatie
                ? ReservatieAntwoorden.LeesBewaard(dienst.Type, AntwoordTypes.AlsTeksten(eerder.Antwoorden))
                : null;
            await StartWorkflowAsync(eerder, wens, workflows, () => Task.CompletedTask, ct);
        }

        return eerder;
    }

    /// <summary>
    /// Starts the dossier's workflow. When the start fails, <paramref name="herstel"/> undoes what was stored, unless the
    /// workflow exists after all (the engine took the start but its answer was lost): then nothing is undone under it.
    /// </summary>
    static async Task StartWorkflowAsync(Dossier dossier, ReservatieWens? wens, IDossierWorkflows workflows, Func<Task> herstel, CancellationToken ct)
    {
        try
        {
            await (wens is null ? workflows.StartAanvraagAsync(dossier, ct) : workflows.StartReservatieAsync(dossier, wens, ct));
        }
        catch
        {
            if (await BestaatTochAsync(workflows, dossier.DossierId))
            {
                return;
            }

            await herstel();
            throw;
        }
    }

    // False when even that cannot be read (storage down): then the start surely did not happen either.
    static async Task<bool> BestaatTochAsync(IDossierWorkflows workflows, string dossierId)
    {
        try
        {
            return await workflows.BestaatAsync(dossierId, CancellationToken.None);
        }
        catch (Exception fout) when (fout is not OutOfMemoryException)
        {
            return false;
        }
    }

    async Task<Dienst> LoketDienstAsync(string? productnummer, CancellationToken ct)
    {
        var dienst = (await catalogus.HuidigAsync(ct)).Zoek(productnummer ?? string.Empty)
            ?? throw new DomeinFout("productnummer", "Deze dienst bestaat niet in de catalogus.");
        return dienst.Aanvraagwijze == Aanvraag.Loket
            ? dienst
            : throw new RegelFout("Deze dienst vraag je aan in de toepassing van de instantie zelf. Gebruik de doorverwijzing.", "productnummer");
    }

    Instantie Bevoegde(Dienst dienst) =>
        dienst.BevoegdeOverheden.Select(instanties.Zoek).OfType<Instantie>().FirstOrDefault()
        ?? throw new RegelFout("De bevoegde instantie is nog niet aangesloten op het loket. Neem rechtstreeks contact met haar op.", "productnummer");

    /// <summary>
    /// The dossier a complete application makes, with the files it sends along copied among its documents (the uploads
    /// themselves stay until the workflow runs: <see cref="RuimMeegestuurdOpAsync"/>). Pre-filled items are read now.
    /// </summary>
    async Task<(Dossier Dossier, ReservatieWens? Wens, List<Bijlage> Meegestuurd)> StelOpAsync(Vereniging vereniging, int? vertegenwoordigerId, Dienst dienst,
        Dictionary<string, JsonElement> antwoorden, string dossierId, CancellationToken ct)
    {
        var instantie = Bevoegde(dienst);
        var bronnen = await gegevens.VoorFormulierAsync(vereniging, dienst.Formulier, ct);
        var ingevuld = VoorInvulling.Vul(dienst.Formulier, vereniging, vertegenwoordigerId, bronnen).Where(i => i.IsIngevuld).ToList();
        // What a source knows goes to the agency as read now (once only), never as a copy typed or saved in a draft earlier.
        var gekend = ingevuld.Select(i => i.Vraag.Sleutel).ToHashSet();
        antwoorden = antwoorden.Where(a => !gekend.Contains(a.Key)).ToDictionary();
        var gecontroleerd = AntwoordControle.Controleer(dienst.Formulier, antwoorden, ingevuld.Select(i => i.Vraag.Bron!).ToHashSet());
        var gevonden = await BijlagenAsync(vereniging.VCode, dienst.Formulier, gecontroleerd.Antwoorden, gecontroleerd.Fouten, ct);
        if (gecontroleerd.Fouten.Count > 0)
        {
            throw new DomeinFout(gecontroleerd.Fouten);
        }

        var nu = klok.GetUtcNow();
        var wens = ReservatieAntwoorden.Lees(dienst.Type, AntwoordTypes.AlsTeksten(gecontroleerd.Antwoorden),
            DateOnly.FromDateTime(nu.UtcDateTime));
        var dossier = new Dossier
        {
            DossierId = dossierId,
            VCode = vereniging.VCode,
            Productnummer = dienst.Productnummer,
            Dienstnaam = dienst.Naam.Nl,
            Entiteit = instantie.OvoCode,
            Instantienaam = instantie.Naam,
            Soort = wens is null ? DossierSoort.Aanvraag : DossierSoort.Reservatie,
            WorkflowVersie = Dossier.HuidigeWorkflowVersie,
            Bron = new Uri(instantie.BasisUrl, wens is null ? "aanvragen" : "reservaties").ToString(),
            Status = new DossierStatus(Fasen.Ingediend, wens is null
                ? $"Ontvangen door het loket, wordt bezorgd aan {instantie.Naam}"
                : $"Ontvangen door het loket, beschikbaarheid wordt nagevraagd bij {instantie.Naam}"),
            Statusgeschiedenis = [new Statuswijziging(nu, Fasen.Ingediend, "Ontvangen door het loket", null)],
            Antwoorden = gecontroleerd.Antwoorden,
            Herkomst = ingevuld.DistinctBy(i => i.Vraag.Bron).ToDictionary(i => i.Vraag.Bron!, i => i.Herkomst!),
            VertegenwoordigerId = vertegenwoordigerId,
            GekendeBronnen = dienst.Formulier.Where(v => v.Bron is not null).Select(v => v.Bron!).Distinct().ToList(),
            AangemaaktOp = nu,
            // A reservation's deadline is the agency's hold, which the dossier's action names once it is known.
            Uiterlijk = wens is null ? nu + instellingen.Termijn : null,
        };
        return (dossier with { Documenten = await StuurMeeAsync(dossier, gevonden, ct) }, wens, gevonden.Select(g => g.Bijlage).ToList());
    }

    /// <summary>
    /// The association's dossiers as its list shows them (summaries), what needs its action first; <paramref name="fase"/>
    /// is <c>lopend</c>, <c>afgesloten</c>, <c>concept</c> or empty.
    /// </summary>
    public async Task<IReadOnlyList<DossierSamenvatting>> LijstAsync(string vCode, string? fase, CancellationToken ct)
    {
        if (fase is not (null or "" or "lopend" or "afgesloten" or "concept"))
        {
            throw new DomeinFout("fase", "Kies 'lopend', 'afgesloten' of 'concept', of laat de filter weg.");
        }

        return (await dossiers.SamenvattingenAsync(vCode, ct))
            .Where(d => fase switch
            {
                "lopend" => !Fasen.IsAfgesloten(d.Status.Fase) && d.Status.Fase != Fasen.Concept,
                "afgesloten" => Fasen.IsAfgesloten(d.Status.Fase),
                "concept" => d.Status.Fase == Fasen.Concept,
                _ => true,
            })
            .OrderByDescending(d => d.ActieNodig)
            .ThenByDescending(d => d.AangemaaktOp)
            .ToList();
    }

    /// <summary>One dossier of the association (whose access the caller checked).</summary>
    public async Task<Dossier> LeesAsync(string vCode, string dossierId, CancellationToken ct) =>
        await dossiers.LeesAsync(vCode, dossierId, ct) ?? throw new NietGevondenFout("Dit dossier bestaat niet.");

    /// <summary>A document of the dossier with its content.</summary>
    public async Task<(DossierDocument Info, byte[] Inhoud)> DocumentAsync(Dossier dossier, string documentId, CancellationToken ct)
    {
        var info = dossier.Documenten.FirstOrDefault(d => d.DocumentId == documentId) ?? throw new NietGevondenFout("Dit document bestaat niet.");
        var inhoud = await documenten.LeesAsync(dossier.VCode, dossier.DossierId, documentId, ct) ?? throw new NietGevondenFout("Dit document bestaat niet.");
        return (info, inhoud);
    }

    /// <summary>The longest reason for a cancellation.</summary>
    public const int MaxReden = 1000;

    /// <summary>The longest answer to an agency's question.</summary>
    public const int MaxAntwoord = 4000;

    /// <summary>
    /// Answers the agency's question <paramref name="vraagnummer"/> (see <see cref="Dossier.Vraagnummer"/>), perhaps with a
    /// document; the workflow passes it on. A question is answered once: a second answer, or one meant for an earlier
    /// question, gets a conflict and changes nothing.
    /// </summary>
    public async Task BeantwoordAsync(Dossier dossier, string? antwoord, int? vraagnummer, DocumentInvoer? document, IDossierWorkflows workflows,
        CancellationToken ct)
    {
        if (!dossier.ActieNodig)
        {
            throw new ConflictFout("Dit dossier wacht niet op een antwoord van je vereniging.");
        }

        // A held reservation also needs action, but a confirmation (…/bevestig), not an answer its workflow would ignore.
        if (dossier.Soort == DossierSoort.Reservatie)
        {
            throw new ConflictFout("Bevestig of annuleer je reservatie; een antwoord is hier niet nodig.");
        }

        if (vraagnummer is null)
        {
            throw new DomeinFout("vraagnummer", "Zeg welke vraag je beantwoordt: het vraagnummer van het dossier.");
        }

        if (vraagnummer != dossier.Vraagnummer)
        {
            throw new ConflictFout("De instantie stelde intussen een nieuwe vraag. Lees ze in het dossier en antwoord opnieuw.");
        }

        string verzoekId = Verzoek.AntwoordId(vraagnummer.Value);
        if (await verzoeken.LeesAsync(dossier.DossierId, verzoekId, ct) is not null)
        {
            throw new ConflictFout("Deze vraag is al beantwoord. Het antwoord is onderweg naar de instantie.");
        }

        await VereisWorkflowAsync(dossier, workflows, ct);
        var fouten = new FoutVerzamelaar();
        string? tekst = fouten.Probeer(() => Tekst.Verplicht(antwoord, "antwoord", MaxAntwoord));
        byte[]? inhoud = document is null ? null : fouten.Probeer(() => DocumentInhoud.Lees(document, "document"));
        fouten.GooiAlsFouten();

        DossierDocument? bewaard = null;
        if (document is not null && inhoud is not null)
        {
            bewaard = await documenten.BewaarAsync(dossier.VCode, dossier.DossierId, "D" + Guid.NewGuid().ToString("N"), document.Naam!, document.ContentType!,
                inhoud, "Antwoord van de vereniging", klok.GetUtcNow(), ct);
        }

        var verzoek = new Verzoek(verzoekId, dossier.DossierId, VerzoekSoort.Antwoord, tekst!, bewaard, klok.GetUtcNow());
        if (!await verzoeken.VoegToeAsync(verzoek, ct))
        {
            // Someone else answered at the same moment: theirs goes to the agency, this one changes nothing.
            if (bewaard is not null)
            {
                await documenten.VerwijderAsync(dossier.VCode, dossier.DossierId, bewaard.DocumentId, ct);
            }

            throw new ConflictFout("Deze vraag is al beantwoord. Het antwoord is onderweg naar de instantie.");
        }

        await workflows.AntwoordAsync(dossier, verzoek, ct);
    }

    /// <summary>Cancels the dossier with the association's reason (optional).</summary>
    public async Task AnnuleerAsync(Dossier dossier, string? reden, IDossierWorkflows workflows, CancellationToken ct)
    {
        if (dossier.Status.Fase == Fasen.Concept)
        {
            throw new ConflictFout("Een concept is nog niet ingediend. Verwijder het als je het niet meer nodig hebt.");
        }

        if (Fasen.IsAfgesloten(dossier.Status.Fase))
        {
            throw new ConflictFout("Dit dossier is al afgesloten.");
        }

        await VereisWorkflowAsync(dossier, workflows, ct);
        reden ??= string.Empty;
        if (reden.Length > MaxReden)
        {
            throw new DomeinFout("reden", $"Hou de reden kort: hoogstens {MaxReden} tekens.");
        }

        if (Tekst.BevatOpmaak(reden))
        {
            throw new DomeinFout("reden", "Gebruik geen opmaak in de reden.");
        }

        var verzoek = new Verzoek("X" + Guid.NewGuid().ToString("N"), dossier.DossierId, VerzoekSoort.Annulering,
            string.IsNullOrWhiteSpace(reden) ? "Geannuleerd door de vereniging." : reden, null, klok.GetUtcNow());
        await verzoeken.VoegToeAsync(verzoek, ct); // a new id: never already there
        await workflows.AnnuleerAsync(dossier, verzoek, ct);
    }

    /// <summary>Confirms a held reservation; the workflow still decides whether it came in time.</summary>
    public async Task BevestigAsync(Dossier dossier, IDossierWorkflows workflows, CancellationToken ct)
    {
        if (dossier.Soort != DossierSoort.Reservatie || !dossier.ActieNodig || Fasen.IsAfgesloten(dossier.Status.Fase))
        {
            throw new ConflictFout("Dit dossier wacht niet op de bevestiging van een reservatie.");
        }

        await workflows.BevestigAsync(dossier, ct);
    }

    /// <summary>
    /// The stored answer the workflow must pass on, or null when the agency's next step overtook it (see
    /// <see cref="Dossier.WachtOpAntwoord"/>): the dossier then shows the agency's new question, which the association answers anew.
    /// </summary>
    public async Task<Verzoek?> TeBezorgenAntwoordAsync(string vCode, string dossierId, string verzoekId, CancellationToken ct = default)
    {
        var dossier = await LeesAsync(vCode, dossierId, ct);
        var verzoek = await VerzoekAsync(dossierId, verzoekId, ct);
        if (dossier.WachtOpAntwoord(verzoekId))
        {
            return verzoek;
        }

        // The overtaken answer's document never reached the dossier's list: nobody can see or use it, so it is not kept.
        if (verzoek.Document is { } document && dossier.Documenten.All(d => d.DocumentId != document.DocumentId))
        {
            await documenten.VerwijderAsync(vCode, dossierId, document.DocumentId, ct);
        }

        return null;
    }

    /// <summary>The text of a stored request, for the workflow's steps (they carry its id only).</summary>
    public async Task<Verzoek> VerzoekAsync(string dossierId, string verzoekId, CancellationToken ct = default) =>
        await verzoeken.LeesAsync(dossierId, verzoekId, ct) ?? throw new InvalidOperationException($"Request {verzoekId} of dossier {dossierId} does not exist.");

    /// <summary>Refuses, before anything is stored, a request that the dossier's workflow would not receive now.</summary>
    static async Task VereisWorkflowAsync(Dossier dossier, IDossierWorkflows workflows, CancellationToken ct)
    {
        switch (await workflows.StandAsync(dossier, ct))
        {
            case WorkflowStand.WachtOpBeheerder:
                throw new ConflictFout("Dit dossier is vertraagd: de instantie is onbereikbaar en een beheerder volgt het op. "
                    + "Probeer het opnieuw zodra de status van het dossier verandert.");
            case WorkflowStand.Afgelopen:
                // An open dossier whose workflow has still to (re)start: a start or a reopening that stopped halfway, which
                // its retry or the hourly sweep finishes. Accepted now, the request would be lost.
                throw new ConflictFout("Dit dossier wordt net bijgewerkt en kan je vraag nu niet aannemen. Probeer het over enkele minuten opnieuw.");
        }
    }
}
