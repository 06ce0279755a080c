using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Delen;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Verenigingen;

namespace VLoket.Functions.Export;

/// <summary>
/// Everything the loket holds about one association (right of access, GDPR art. 15): its data, history, what the
/// data sources know, dossiers and the log of what was passed on to which agency. Third persons' INSZ stay masked, as
/// everywhere else; document contents are linked, not inlined.
/// </summary>
public sealed record ExportAntwoord(
    string VCode, DateTimeOffset GemaaktOp, string Uitleg, VerenigingAntwoord Vereniging, IReadOnlyList<HistoriekItem> Historiek,
    GegevensOverzicht GekendeGegevens, List<DossierAntwoord> Dossiers, List<Gegevensdeling> Gegevensdelingen);

/// <summary><c>GET /api/verenigingen/{vCode}/export</c>: the association's own data as one JSON document.</summary>
public sealed class ExportFunction(
    VerenigingDienst verenigingen, GegevensDienst gegevens, DossierRepository dossiers, GegevensdelingRepository gegevensdelingen, TimeProvider klok)
{
    public const string Uitleg =
        "Dit zijn alle gegevens die het Verenigingsloket over jullie vereniging bewaart: de gegevens van de vereniging, " +
        "de wijzigingen eraan, de dossiers bij instanties en wie welke gegevens kreeg. " +
        "Rijksregisternummers van andere personen zijn gemaskeerd.";

    [Antwoord(200, typeof(ExportAntwoord))]
    [Problemen(401, 404)]
    [Function("ExporteerVereniging")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/export")] HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        var ct = req.HttpContext.RequestAborted;
        var v = (await verenigingen.LeesAsync(vCode, gebruiker, ct)).Waarde;
        var historiek = await verenigingen.HistoriekAsync(v.VCode, gebruiker, ct);
        var lijst = (await dossiers.VanVerenigingAsync(v.VCode, ct)).OrderByDescending(d => d.AangemaaktOp).Select(DossierAntwoord.Van).ToList();
        var gekend = await gegevens.OverzichtAsync(v.VCode, gebruiker, ct);
        var export = new ExportAntwoord(v.VCode, klok.GetUtcNow(), Uitleg, VerenigingAntwoord.Van(v, gebruiker), historiek, gekend, lijst,
            await LogAsync(v.VCode, ct));
        return JsonAntwoord.Ok(export)
            .MetHeader("Content-Disposition", $"attachment; filename=\"vloket-{v.VCode}.json\"")
            .MetHeader("Cache-Control", "no-store");
    }

    async Task<List<Gegevensdeling>> LogAsync(string vCode, CancellationToken ct)
    {
        var alles = new List<Gegevensdeling>();
        string? vervolg = null;
        do
        {
            var pagina = await gegevensdelingen.PaginaAsync(vCode, GegevensdelingRepository.MaxPaginaGrootte, vervolg, ct);
            alles.AddRange(pagina.Items);
            vervolg = pagina.Vervolg;
        }
        while (vervolg is not null);

        return alles;
    }
}
