using System.Text.Json;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Verenigingen.Model;

namespace VLoket.Domain.Dossiers;

/// <summary>A draft as it is opened: the stored answers, the form pre-filled from what is known now, and the files its answers name.</summary>
public sealed record GeopendConcept(Dossier Concept, IReadOnlyList<IngevuldeVraag> Formulier, IReadOnlyList<Bijlage> Bijlagen);

/// <summary>
/// Drafts: an application saved half-filled (phase <see cref="Fasen.Concept"/>), seen by every representative of the
/// association, continued, submitted or deleted. A draft has no workflow; what the loket knows is never stored in it but
/// read when it is opened and again when it is submitted.
/// </summary>
public sealed partial class DossierDienst
{
    /// <summary>Saves a new draft; its answers need not be complete, but what they hold must already be right.</summary>
    public async Task<Dossier> BewaarConceptAsync(Vereniging vereniging, int? vertegenwoordigerId, string? productnummer, Dictionary<string, JsonElement>? antwoorden,
        CancellationToken ct)
    {
        var dienst = await LoketDienstAsync(productnummer, ct);
        var instantie = Bevoegde(dienst);
        var nu = klok.GetUtcNow();
        string dossierId = "D" + Guid.NewGuid().ToString("N");
        var concept = new Dossier
        {
            DossierId = dossierId,
            VCode = vereniging.VCode,
            Productnummer = dienst.Productnummer,
            Dienstnaam = dienst.Naam.Nl,
            Entiteit = instantie.OvoCode,
            Instantienaam = instantie.Naam,
            Soort = DossierSoort.Aanvraag,
            WorkflowVersie = Dossier.HuidigeWorkflowVersie,
            Status = new DossierStatus(Fasen.Concept, "Concept, nog niet ingediend"),
            Statusgeschiedenis = [new Statuswijziging(nu, Fasen.Concept, "Concept bewaard", null)],
            Antwoorden = await ConceptAntwoordenAsync(vereniging.VCode, dienst, antwoorden ?? [], dossierId, ct),
            VertegenwoordigerId = vertegenwoordigerId,
            AangemaaktOp = nu,
            BijgewerktOp = nu,
        };
        await dossiers.MaakAsync(concept, ct);
        return concept;
    }

    /// <summary>Opens a draft: its answers, and the form pre-filled from what the loket knows today (never a stale copy).</summary>
    public async Task<GeopendConcept> OpenConceptAsync(Vereniging vereniging, int? vertegenwoordigerId, string dossierId, CancellationToken ct)
    {
        var (concept, _) = await ConceptAsync(vereniging.VCode, dossierId, ct);
        var dienst = await LoketDienstAsync(concept.Productnummer, ct);
        var bronnen = await gegevens.VoorFormulierAsync(vereniging, dienst.Formulier, ct);
        var formulier = VoorInvulling.Vul(dienst.Formulier, vereniging, vertegenwoordigerId, bronnen);
        var bestanden = new List<Bijlage>();
        foreach (var vraag in dienst.Formulier.Where(v => v.Type == Aanvraag.Bestand))
        {
            if (concept.Antwoorden.TryGetValue(vraag.Sleutel, out var id) && id.ValueKind == JsonValueKind.String
                && await bijlagen.InfoAsync(vereniging.VCode, id.GetString()!, ct) is { } bijlage)
            {
                bestanden.Add(bijlage);
            }
        }

        // A known item answered by hand before the loket knew it is shown as known now.
        var bekend = formulier.Where(i => i.IsIngevuld).Select(i => i.Vraag.Sleutel).ToHashSet();
        return new GeopendConcept(concept with { Antwoorden = concept.Antwoorden.Where(a => !bekend.Contains(a.Key)).ToDictionary() }, formulier, bestanden);
    }

    /// <summary>
    /// Replaces a draft's answers; saving counts as touching it (its removal is postponed). With <paramref name="verwachteVersie"/>
    /// (<see cref="Dossier.ConceptVersie"/> as last read), a draft someone else saved since is refused (<see cref="VersieConflictFout"/>).
    /// </summary>
    public async Task<Dossier> WijzigConceptAsync(string vCode, string dossierId, Dictionary<string, JsonElement>? antwoorden, string? verwachteVersie,
        CancellationToken ct)
    {
        var (concept, versie) = await ConceptAsync(vCode, dossierId, ct);
        if (verwachteVersie is not null && verwachteVersie != concept.ConceptVersie)
        {
            throw new VersieConflictFout();
        }

        var dienst = await LoketDienstAsync(concept.Productnummer, ct);
        var nieuw = concept with
        {
            Antwoorden = await ConceptAntwoordenAsync(vCode, dienst, antwoorden ?? [], dossierId, ct),
            BijgewerktOp = klok.GetUtcNow(),
        };
        await dossiers.VervangAsync(nieuw, versie, ct);
        return nieuw;
    }

    /// <summary>
    /// Submits a draft as an application (the same dossier), with <paramref name="antwoorden"/> or else its stored answers,
    /// checked in full and with the known items read now. A second submission or an edit at the same moment gets a conflict.
    /// </summary>
    public async Task<Dossier> DienConceptInAsync(Vereniging vereniging, int? vertegenwoordigerId, string dossierId, Dictionary<string, JsonElement>? antwoorden,
        IDossierWorkflows workflows, CancellationToken ct)
    {
        var (concept, versie) = await ConceptAsync(vereniging.VCode, dossierId, ct);
        var dienst = await LoketDienstAsync(concept.Productnummer, ct);
        var (dossier, wens, meegestuurd) = await StelOpAsync(vereniging, vertegenwoordigerId, dienst, antwoorden ?? concept.Antwoorden, concept.DossierId, ct);
        dossier = dossier with { Statusgeschiedenis = [.. concept.Statusgeschiedenis, .. dossier.Statusgeschiedenis] };
        await dossiers.VervangAsync(dossier, versie, ct);
        // Without a workflow it is a draft again, so the association can simply submit it once more.
        await StartWorkflowAsync(dossier, wens, workflows, () => dossiers.BewaarAsync(concept, CancellationToken.None), ct);

        await RuimMeegestuurdOpAsync(meegestuurd);
        return dossier;
    }

    /// <summary>Deletes a draft and the files only it held.</summary>
    public async Task VerwijderConceptAsync(string vCode, string dossierId, CancellationToken ct)
    {
        var (concept, versie) = await ConceptAsync(vCode, dossierId, ct);
        if (!await VerwijderAsync(concept, versie, ct))
        {
            throw new ConflictFout("Iemand anders wijzigde of diende dit concept intussen in. Open het opnieuw.");
        }
    }

    /// <summary>Deletes the draft if it is still at <paramref name="versie"/>, then the files it held; false when it was not.</summary>
    async Task<bool> VerwijderAsync(Dossier concept, Azure.ETag versie, CancellationToken ct)
    {
        if (!await dossiers.VerwijderAsync(concept.VCode, concept.DossierId, versie, ct))
        {
            return false;
        }

        foreach (var waarde in concept.Antwoorden.Values.Where(w => w.ValueKind == JsonValueKind.String))
        {
            if (Bijlage.IsId(waarde.GetString()))
            {
                await bijlagen.VerwijderAsync(concept.VCode, waarde.GetString()!, ct);
            }
        }

        return true;
    }

    async Task<(Dossier Concept, Azure.ETag Versie)> ConceptAsync(string vCode, string dossierId, CancellationToken ct)
    {
        var (dossier, versie) = await dossiers.LeesMetVersieAsync(vCode, dossierId, ct) ?? throw new NietGevondenFout("Dit dossier bestaat niet.");
        return dossier.Status.Fase == Fasen.Concept
            ? (dossier, versie)
            : throw new ConflictFout("Dit dossier is geen concept meer: het is al ingediend.");
    }

    /// <summary>A draft's answers, typed, with the files they name held for the draft (so they stay as long as it does).</summary>
    async Task<Dictionary<string, JsonElement>> ConceptAntwoordenAsync(string vCode, Dienst dienst, Dictionary<string, JsonElement> antwoorden, string conceptId,
        CancellationToken ct)
    {
        var gecontroleerd = AntwoordControle.Controleer(dienst.Formulier, antwoorden, concept: true);
        var gevonden = await BijlagenAsync(vCode, dienst.Formulier, gecontroleerd.Antwoorden, gecontroleerd.Fouten, ct);
        if (gecontroleerd.Fouten.Count > 0)
        {
            throw new DomeinFout(gecontroleerd.Fouten);
        }

        foreach (var (_, bijlage) in gevonden)
        {
            await bijlagen.MarkeerAsync(bijlage, conceptId, ct);
        }

        return gecontroleerd.Antwoorden;
    }
}
