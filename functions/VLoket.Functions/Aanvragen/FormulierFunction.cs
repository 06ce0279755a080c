using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Dossiers.Invulling;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Dossiers.Opslag;
using VLoket.Domain.Dossiers.Model;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Aanvragen;

/// <summary>An answer the loket fills in itself, with its source (<c>Verenigingsregister</c>, <c>KBO</c>, a data source's name).</summary>
public sealed record VoorIngevuld(string Waarde, string Bron);

/// <summary>
/// One question of the form; <c>voorIngevuld</c> is set when a source already knows the answer. <c>min</c>/<c>max</c> bound
/// a <c>getal</c>, <c>maxLengte</c> a <c>tekst</c>; a <c>keuze</c> with <c>meerdere</c> takes a list.
/// </summary>
public sealed record FormulierVraag(
    string Sleutel, string Label, string Type, bool Verplicht, List<string>? Keuzes, string? Bron, VoorIngevuld? VoorIngevuld,
    decimal? Min = null, decimal? Max = null, int? MaxLengte = null, bool Meerdere = false)
{
    public static FormulierVraag Van(IngevuldeVraag i) => new(i.Vraag.Sleutel, i.Vraag.Label, i.Vraag.Type, i.Vraag.Verplicht, i.Vraag.Keuzes, i.Vraag.Bron,
        i.IsIngevuld ? new VoorIngevuld(i.Waarde!, i.Herkomst!) : null, i.Vraag.Min, i.Vraag.Max,
        i.Vraag.Type == Aanvraag.Tekst ? i.Vraag.MaxLengte ?? Aanvraag.StandaardMaxLengte : null, i.Vraag.Meerdere);
}

/// <summary>A service's application form for one association, pre-filled from what government knows.</summary>
public sealed record FormulierAntwoord(string VCode, string Productnummer, string Dienstnaam, List<FormulierVraag> Vragen);

/// <summary>
/// <c>GET /api/verenigingen/{vCode}/formulieren/{productnummer}</c>: the application form with every answer a source
/// already knows filled in and marked with that source, so the applicant only types the rest.
/// </summary>
public sealed class FormulierFunction(VerenigingDienst verenigingen, DienstCatalogus catalogus, GegevensDienst gegevens)
{
    [Antwoord(200, typeof(FormulierAntwoord))]
    [Problemen(401, 404, 409)]
    [Function("LeesFormulier")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/formulieren/{productnummer}")] HttpRequest req,
        string vCode, string productnummer)
    {
        var gebruiker = req.VereisGebruiker();
        var vereniging = (await verenigingen.LeesAsync(vCode, gebruiker, req.HttpContext.RequestAborted)).Waarde;
        var dienst = (await catalogus.HuidigAsync(req.HttpContext.RequestAborted)).Zoek(productnummer)
            ?? throw new NietGevondenFout("Deze dienst bestaat niet in de catalogus.");
        if (dienst.Aanvraagwijze != Aanvraag.Loket)
        {
            throw new RegelFout("Deze dienst vraag je aan in de toepassing van de instantie zelf. Gebruik de doorverwijzing.", "productnummer");
        }

        int? ik = vereniging.Vertegenwoordigers.FirstOrDefault(w => w.Insz == gebruiker.Insz.Value)?.VertegenwoordigerId;
        var bronnen = await gegevens.VoorFormulierAsync(vereniging, dienst.Formulier, req.HttpContext.RequestAborted);
        var vragen = VoorInvulling.Vul(dienst.Formulier, vereniging, ik, bronnen).Select(FormulierVraag.Van).ToList();
        return JsonAntwoord.Ok(new FormulierAntwoord(vereniging.VCode, dienst.Productnummer, dienst.Naam.Nl, vragen));
    }
}
