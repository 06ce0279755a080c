using System.Text.Json;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;

namespace VLoket.Domain.Dossiers;

/// <summary>Files sent with an application: uploading, checking the answers that name them, and handing them to the agency.</summary>
public sealed partial class DossierDienst
{
    /// <summary>How long an uploaded file that no application or draft uses is kept.</summary>
    public static readonly TimeSpan OngebruikteBijlageTermijn = TimeSpan.FromDays(1);

    /// <summary>
    /// Uploads a file for the association: at most 10 MB, of an allowed type checked by its content, kept privately
    /// with its SHA-256. A <c>bestand</c> answer names the id it gets.
    /// </summary>
    public async Task<Bijlage> LaadOpAsync(string vCode, DocumentInvoer? invoer, CancellationToken ct)
    {
        if (invoer is null)
        {
            throw new DomeinFout("body", "Stuur het bestand als JSON met naam, contentType en inhoudBase64.");
        }

        byte[] inhoud = DocumentInhoud.Lees(invoer, string.Empty);
        return await bijlagen.BewaarAsync(vCode, invoer.Naam!.Trim(), invoer.ContentType!.ToLowerInvariant(), inhoud, klok.GetUtcNow(), ct);
    }

    /// <summary>
    /// The files the <c>bestand</c> answers name, each of the association itself; a file of another association, or none
    /// at all, is an error naming the question (added to <paramref name="fouten"/>).
    /// </summary>
    async Task<List<(Vraag Vraag, Bijlage Bijlage)>> BijlagenAsync(string vCode, IReadOnlyList<Vraag> formulier, IReadOnlyDictionary<string, JsonElement> antwoorden,
        List<VeldFout> fouten, CancellationToken ct)
    {
        var gevonden = new List<(Vraag, Bijlage)>();
        foreach (var vraag in formulier.Where(v => v.Type == Aanvraag.Bestand))
        {
            if (antwoorden.TryGetValue(vraag.Sleutel, out var waarde) && waarde.ValueKind == JsonValueKind.String)
            {
                if (await bijlagen.InfoAsync(vCode, waarde.GetString()!, ct) is { } bijlage)
                {
                    gevonden.Add((vraag, bijlage));
                }
                else
                {
                    fouten.Add(new VeldFout($"antwoorden.{vraag.Sleutel}",
                        $"Het bestand bij '{vraag.Label}' is niet (meer) opgeladen voor je vereniging. Laad het opnieuw op."));
                }
            }
        }

        return gevonden;
    }

    /// <summary>Copies each file among the dossier's documents, marked as sent with the application; the bytes are checked against the SHA-256 taken at upload.</summary>
    async Task<List<DossierDocument>> StuurMeeAsync(Dossier dossier, List<(Vraag Vraag, Bijlage Bijlage)> gevonden, CancellationToken ct)
    {
        var lijst = new List<DossierDocument>(dossier.Documenten);
        foreach (var (vraag, bijlage) in gevonden)
        {
            byte[]? inhoud = await bijlagen.InhoudAsync(bijlage.VCode, bijlage.BijlageId, ct);
            var document = inhoud is null ? null : await documenten.BewaarAsync(dossier.VCode, dossier.DossierId, bijlage.BijlageId, bijlage.Naam, bijlage.ContentType,
                inhoud, DossierDocument.SoortBijlage, klok.GetUtcNow(), ct);
            if (document is null || document.Sha256 != bijlage.Sha256)
            {
                throw new DomeinFout($"antwoorden.{vraag.Sleutel}", $"Het bestand bij '{vraag.Label}' is niet (meer) opgeladen voor je vereniging. Laad het opnieuw op.");
            }

            lijst.Add(document with { MetAanvraag = true, Vraag = vraag.Sleutel });
        }

        return lijst;
    }

    /// <summary>The uploads now kept among a dossier's documents; one left behind by a failure is removed by <see cref="RuimOpAsync"/>.</summary>
    async Task RuimMeegestuurdOpAsync(List<Bijlage> meegestuurd)
    {
        foreach (var b in meegestuurd)
        {
            await bijlagen.VerwijderAsync(b.VCode, b.BijlageId, CancellationToken.None);
        }
    }

    /// <summary>The files sent with the dossier, each with a signed link beside the loket's callback address for the agency.</summary>
    List<IndieningBijlage>? IndieningBijlagen(Dossier dossier, string? callbackUrl)
    {
        var meegestuurd = dossier.Documenten.Where(d => d.MetAanvraag).ToList();
        if (meegestuurd.Count == 0)
        {
            return null;
        }

        var basis = new Uri(callbackUrl ?? throw new InvalidOperationException($"Dossier {dossier.DossierId} sends files but has no callback address to link them from."));
        return meegestuurd.Select(d =>
        {
            var (url, verloopt) = links.Maak(basis, dossier.Entiteit, dossier.DossierId, d.DocumentId);
            return new IndieningBijlage(d.Vraag ?? string.Empty, d.DocumentId, d.Naam, d.ContentType, d.Grootte, d.Sha256, url, verloopt);
        }).ToList();
    }

    /// <summary>
    /// A file sent with an application, for the agency that holds the application, through a signed link that has not
    /// expired. Everything else (a wrong or old link, another agency's dossier, a document that was not sent) is not found.
    /// </summary>
    public async Task<(DossierDocument Info, byte[] Inhoud)> BijlageVoorInstantieAsync(string ovoCode, string dossierId, string documentId, string? verloopt,
        string? handtekening, CancellationToken ct)
    {
        if (!links.Klopt(ovoCode, dossierId, documentId, verloopt, handtekening))
        {
            throw new GeenToegangFout("Deze link is ongeldig of verlopen.");
        }

        var dossier = await dossiers.ZoekAsync(dossierId, ct);
        if (dossier is null || dossier.Entiteit != ovoCode || dossier.Documenten.FirstOrDefault(d => d.DocumentId == documentId && d.MetAanvraag) is not { } info)
        {
            throw new NietGevondenFout("Dit document bestaat niet.");
        }

        return (info, await documenten.LeesAsync(dossier.VCode, dossier.DossierId, documentId, ct) ?? throw new NietGevondenFout("Dit document bestaat niet."));
    }
}
