using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Verenigingen;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;
using VLoket.Functions.Verenigingen;

namespace VLoket.Functions.Export;

/// <summary>
/// Everything the loket holds about one association (right of access, GDPR art. 15): its data, history, dossiers.
/// Third persons' INSZ stay masked, as everywhere else; document contents are linked, not inlined.
/// </summary>
public sealed record ExportAntwoord(
    string VCode, DateTimeOffset GemaaktOp, string Uitleg, VerenigingAntwoord Vereniging, IReadOnlyList<HistoriekItem> Historiek,
    List<DossierAntwoord> Dossiers);

/// <summary><c>GET /api/verenigingen/{vCode}/export</c>: the association's own data as one JSON document.</summary>
public sealed class ExportFunction(VerenigingDienst verenigingen, DossierRepository dossiers, TimeProvider klok)
{
    public const string Uitleg =
        "Dit zijn alle gegevens die het Verenigingsloket over jullie vereniging bewaart: de gegevens van de vereniging, " +
        "de wijzigingen eraan, de dossiers bij instanties en wie welke gegevens kreeg. " +
        "Rijksregisternummers van andere personen zijn gemaskeerd.";

    [Antwoord(200, typeof(ExportAntwoord))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Function("ExporteerVereniging")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/export")] HttpRequest req, string vCode)
    {
        var gebruiker = req.VereisGebruiker();
        var ct = req.HttpContext.RequestAborted;
        var v = (await verenigingen.LeesAsync(vCode, gebruiker, ct)).Waarde;
        var historiek = await verenigingen.HistoriekAsync(v.VCode, gebruiker, ct);
        var lijst = (await dossiers.VanVerenigingAsync(v.VCode, ct)).OrderByDescending(d => d.AangemaaktOp).Select(DossierAntwoord.Van).ToList();
        var export = new ExportAntwoord(v.VCode, klok.GetUtcNow(), Uitleg, VerenigingAntwoord.Van(v, gebruiker), historiek, lijst);
        return JsonAntwoord.Ok(export)
            .MetHeader("Content-Disposition", $"attachment; filename=\"vloket-{v.VCode}.json\"")
            .MetHeader("Cache-Control", "no-store");
    }
}
