using System.ComponentModel.DataAnnotations;
using VLoket.Domain.Behandeling.Model;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Behandeling;

/// <summary>A question for the association.</summary>
public sealed record VraagInvoer([MaxLength(BehandelDienst.MaxTekst)] string? Vraag);

/// <summary>Assigning a case to a colleague (their id from the colleagues list).</summary>
public sealed record ToewijzingInvoer([MaxLength(100)] string? MedewerkerId);

/// <summary>
/// A decision: <c>uitkomst</c> is <c>goedgekeurd</c> or <c>afgekeurd</c>, with a motivation, and optionally a decision
/// document: uploaded, or generated as a PDF from the service's template (<c>genereerDocument</c>).
/// </summary>
public sealed record BeslissingInvoer(
    [MaxLength(20)] string? Uitkomst, [MaxLength(BehandelDienst.MaxTekst)] string? Motivering, DocumentInvoer? Document, bool? GenereerDocument = null);

public sealed partial class BehandelDienst
{
    /// <summary>The longest question or motivation.</summary>
    public const int MaxTekst = 4000;

    /// <summary>Takes the case: it becomes the case worker's; a case someone else has only a team lead can take over.</summary>
    public Task<Zaakbeeld> NeemAsync(Medewerker medewerker, string ovoCode, string dossierId, IDossierWorkflows workflows, CancellationToken ct) =>
        WijsToeAsync(medewerker, ovoCode, dossierId, new Collega(medewerker.Id, medewerker.Naam, medewerker.Rechten.GetValueOrDefault(ovoCode) ?? string.Empty,
            klok.GetUtcNow()), workflows, ct);

    /// <summary>Assigns the case to a colleague; reassigning a case someone already has is for a team lead.</summary>
    public async Task<Zaakbeeld> WijsToeAsync(Medewerker medewerker, string ovoCode, string dossierId, ToewijzingInvoer invoer, IDossierWorkflows workflows, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        var collega = string.IsNullOrWhiteSpace(invoer.MedewerkerId)
            ? throw new DomeinFout("medewerkerId", "Kies de collega aan wie je de aanvraag toewijst.")
            : await zaken.CollegaAsync(instantie.OvoCode, invoer.MedewerkerId, ct)
              ?? throw new DomeinFout("medewerkerId", "Deze collega is niet gekend bij deze instantie.");
        return await WijsToeAsync(medewerker, instantie.OvoCode, dossierId, collega, workflows, ct);
    }

    async Task<Zaakbeeld> WijsToeAsync(Medewerker medewerker, string ovoCode, string dossierId, Collega collega, IDossierWorkflows workflows, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        var (zaak, versie) = await LeesVoorActieAsync(instantie, dossierId, workflows, ct);
        VereisOpen(zaak);
        if (zaak.ToegewezenAan is { } huidig && huidig != medewerker.Id && !medewerker.IsTeamverantwoordelijkeVan(instantie.OvoCode))
        {
            throw new RegelFout($"Deze aanvraag is toegewezen aan {zaak.ToegewezenNaam}. Alleen een teamverantwoordelijke wijst ze opnieuw toe.");
        }

        if (zaak.ToegewezenAan != collega.Id)
        {
            bool eerste = zaak.Toestand == Toestanden.Nieuw;
            zaak = zaak with
            {
                ToegewezenAan = collega.Id,
                ToegewezenNaam = collega.Naam,
                Toestand = eerste ? Toestanden.InBehandeling : zaak.Toestand,
                Fase = eerste ? Fasen.InBehandeling : zaak.Fase,
                Label = eerste ? $"In behandeling bij {instantie.Naam}" : zaak.Label,
                WachtSinds = eerste ? klok.GetUtcNow() : zaak.WachtSinds,
            };
            await BewaarEnMeldAsync(instantie, zaak, versie, eerste, workflows, ct);
        }

        return await OpenAsync(medewerker, instantie.OvoCode, dossierId, ct);
    }

    /// <summary>Asks the association something: its dossier shows it under "Actie nodig" until it answers.</summary>
    public async Task<Zaakbeeld> VraagAsync(Medewerker medewerker, string ovoCode, string dossierId, VraagInvoer invoer, IDossierWorkflows workflows, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        string vraag = VLoket.Domain.Verenigingen.Waarden.Tekst.Verplicht(invoer.Vraag, "vraag", MaxTekst);
        var (zaak, versie) = await LeesVoorActieAsync(instantie, dossierId, workflows, ct);
        VereisBehandelaar(medewerker, instantie, zaak);
        if (zaak.Toestand == Toestanden.WachtOpVereniging)
        {
            throw new RegelFout("De vereniging moet eerst de vorige vraag beantwoorden.");
        }

        var nu = klok.GetUtcNow();
        zaak = zaak with
        {
            Toestand = Toestanden.WachtOpVereniging, Fase = Fasen.ActieNodig, Label = $"{instantie.Naam} vraagt bijkomende informatie", Vraag = vraag,
            WachtSinds = nu, Gesprek = [.. zaak.Gesprek, new Uitwisseling(nu, medewerker.Naam, vraag)],
        };
        await BewaarEnMeldAsync(instantie, zaak, versie, true, workflows, ct);
        return await OpenAsync(medewerker, instantie.OvoCode, dossierId, ct);
    }

    /// <summary>Approves or refuses with a motivation, perhaps with a decision document; the association sees it at once.</summary>
    public async Task<Zaakbeeld> BeslisAsync(Medewerker medewerker, string ovoCode, string dossierId, BeslissingInvoer invoer, IDossierWorkflows workflows, CancellationToken ct)
    {
        var instantie = Vereis(medewerker, ovoCode);
        var f = new FoutVerzamelaar();
        string? uitkomst = invoer.Uitkomst?.ToLowerInvariant() switch
        {
            "goedgekeurd" => Fasen.Goedgekeurd,
            "afgekeurd" => Fasen.Afgekeurd,
            _ => f.Probeer<string>(() => throw new DomeinFout("uitkomst", "Kies 'goedgekeurd' of 'afgekeurd'.")),
        };
        string? motivering = f.Probeer(() => VLoket.Domain.Verenigingen.Waarden.Tekst.Verplicht(invoer.Motivering, "motivering", MaxTekst));
        byte[]? document = invoer.Document is null ? null : f.Probeer(() => DocumentInhoud.Lees(invoer.Document, "document"));
        if (invoer.Document is not null && invoer.GenereerDocument == true)
        {
            f.Voeg("genereerDocument", "Laad een beslissingsdocument op of laat er een maken, niet allebei.");
        }

        f.GooiAlsFouten();

        var (zaak, versie) = await LeesVoorActieAsync(instantie, dossierId, workflows, ct);
        VereisBehandelaar(medewerker, instantie, zaak);
        var nu = klok.GetUtcNow();
        var besluit = new Besluit(uitkomst!, motivering!, nu, medewerker.Naam, invoer.Document?.Naam, invoer.Document?.ContentType);
        if (invoer.GenereerDocument == true)
        {
            var dienst = (await catalogus.HuidigAsync(ct)).Zoek(zaak.Productnummer);
            document = besluitDocument.Maak(Besluitsjabloon.Vul(dienst?.Beslissingssjabloon, instantie.Naam, zaak, besluit));
            besluit = besluit with { DocumentNaam = $"beslissing-{zaak.ZaakId}.pdf", DocumentType = "application/pdf" };
        }

        zaak = zaak with
        {
            Toestand = Toestanden.Beslist, Fase = uitkomst!, Label = uitkomst == Fasen.Goedgekeurd ? "Goedgekeurd" : "Afgekeurd", Vraag = null,
            WachtSinds = nu, Besluit = besluit,
        };
        if (document is not null)
        {
            // Kept before the decision is stored, so every report of the decision (event or read) carries its document.
            await documenten.BewaarAsync(zaak.VCode, zaak.DossierId, BehandelloketConnector.BesluitDocumentId(zaak), besluit.DocumentNaam!,
                besluit.DocumentType!, document, "Beslissing", nu, ct);
        }

        await BewaarEnMeldAsync(instantie, zaak, versie, true, workflows, ct);
        return await OpenAsync(medewerker, instantie.OvoCode, dossierId, ct);
    }

    static void VereisOpen(Behandelzaak zaak)
    {
        if (!Toestanden.IsOpen(zaak.Toestand))
        {
            throw new RegelFout("Deze aanvraag is afgesloten.");
        }
    }

    static void VereisBehandelaar(Medewerker medewerker, Instantie instantie, Behandelzaak zaak)
    {
        VereisOpen(zaak);
        if (zaak.ToegewezenAan != medewerker.Id && !medewerker.IsTeamverantwoordelijkeVan(instantie.OvoCode))
        {
            throw new RegelFout(zaak.ToegewezenAan is null
                ? "Neem de aanvraag eerst in behandeling."
                : $"Deze aanvraag is toegewezen aan {zaak.ToegewezenNaam}.");
        }
    }

    /// <summary>
    /// Stores the case, then — when the association's dossier must change — reports it to the loket exactly as an external
    /// agency's callback would, so the workflow receives an event. Should the report fail after the store, the workflow's
    /// safety read of the case catches up.
    /// </summary>
    async Task BewaarEnMeldAsync(Instantie instantie, Behandelzaak zaak, Azure.ETag versie, bool melden, IDossierWorkflows workflows, CancellationToken ct)
    {
        if (melden)
        {
            zaak = zaak with { Meldingen = zaak.Meldingen + 1 };
        }

        await zaken.BewaarAsync(zaak, versie, ct);
        if (melden)
        {
            var gemeld = BehandelloketConnector.AlsZaak(zaak, await connector.BesluitDocumentAsync(zaak, ct));
            await dossiers.OntvangMeldingAsync(instantie, new StatusWijziging($"{zaak.ZaakId}-{zaak.Meldingen}", instantie.OvoCode, zaak.ZaakId,
                zaak.DossierId, gemeld.Fase, gemeld.Label, gemeld.Vraag, gemeld.Beslissing, klok.GetUtcNow()), workflows, ct);
        }
    }
}
