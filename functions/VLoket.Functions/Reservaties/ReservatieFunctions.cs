using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using VLoket.Domain;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Dossiers;
using VLoket.Functions.Http;
using VLoket.Orchestrations.Reservaties;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Reservaties;

/// <summary>How many of a material are free for a whole period at the service's agency.</summary>
public sealed record BeschikbaarheidAntwoord(string Productnummer, string Entiteit, string Materiaal, DateOnly Van, DateOnly Tot, int Beschikbaar);

/// <summary>
/// Reservations of rooms and material: confirming a held reservation, and what is free for the form. Starting one goes
/// through <c>POST …/aanvragen</c>, cancelling through <c>POST …/dossiers/{dossierId}/annuleer</c>.
/// </summary>
public sealed class ReservatieFunctions(VerenigingDienst verenigingen, DossierRepository dossiers, DienstCatalogus catalogus,
    InstantieRegister instanties, IReservatieConnector connector)
{
    [ZonderVerzoek]
    [Antwoord(202, typeof(DossierAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(409, typeof(Probleem))]
    [Function("BevestigReservatie")]
    public async Task<IActionResult> Bevestig(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "verenigingen/{vCode}/dossiers/{dossierId}/bevestig")] HttpRequest req,
        string vCode, string dossierId, [DurableClient] DurableTaskClient client)
    {
        var ct = req.HttpContext.RequestAborted;
        var v = await verenigingen.LeesAsync(vCode, req.VereisGebruiker(), ct);
        var dossier = await dossiers.LeesAsync(v.Waarde.VCode, dossierId, ct) ?? throw new NietGevondenFout("Dit dossier bestaat niet.");
        // Only a reservation whose hold is live waits for this; the workflow itself still decides if it came in time.
        var instance = await client.GetInstanceAsync(dossier.DossierId, getInputsAndOutputs: false, ct);
        if (instance?.Name != nameof(ReservatieOrchestrator) || !dossier.ActieNodig || Fasen.IsAfgesloten(dossier.Status.Fase))
        {
            throw new ConflictFout("Dit dossier wacht niet op de bevestiging van een reservatie.");
        }

        await client.RaiseEventAsync(dossier.DossierId, ReservatieEvents.Bevestig, "bevestigd", ct);
        return new JsonAntwoord(StatusCodes.Status202Accepted, DossierAntwoord.Van(dossier)).MetHeader("Location", DossierAntwoord.Locatie(dossier));
    }

    [QueryParameter("productnummer", "Productnummer van de reservatiedienst.", Verplicht = true)]
    [QueryParameter("materiaal", "Het materiaal of de zaal.")]
    [QueryParameter("van", "Begindatum (jjjj-mm-dd).", Verplicht = true)]
    [QueryParameter("tot", "Einddatum (jjjj-mm-dd).", Verplicht = true)]
    [Antwoord(200, typeof(BeschikbaarheidAntwoord))]
    [Antwoord(400, typeof(Probleem))]
    [Antwoord(401, typeof(Probleem))]
    [Antwoord(404, typeof(Probleem))]
    [Antwoord(503, typeof(Probleem))]
    [Function("LeesBeschikbaarheid")]
    public async Task<IActionResult> Beschikbaarheid(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "verenigingen/{vCode}/beschikbaarheid")] HttpRequest req, string vCode)
    {
        var ct = req.HttpContext.RequestAborted;
        await verenigingen.LeesAsync(vCode, req.VereisGebruiker(), ct);
        var fouten = new FoutVerzamelaar();
        string productnummer = req.Query["productnummer"].ToString();
        string materiaal = req.Query["materiaal"].ToString().Trim().ToLowerInvariant();
        var dienst = (await catalogus.HuidigAsync(ct)).Zoek(productnummer);
        if (dienst?.Type != DienstCodes.InfrastructuurMateriaal)
        {
            fouten.Voeg("productnummer", "Kies een dienst om materiaal of een zaal te lenen.");
        }

        if (materiaal.Length == 0)
        {
            fouten.Voeg("materiaal", "Kies het materiaal.");
        }

        var van = Datum(req.Query["van"].ToString(), "van", fouten);
        var tot = Datum(req.Query["tot"].ToString(), "tot", fouten);
        if (van is { } b && tot is { } e && e < b)
        {
            fouten.Voeg("tot", "De einddatum valt vóór de begindatum.");
        }

        fouten.GooiAlsFouten();
        var instantie = dienst!.BevoegdeOverheden.Select(instanties.Zoek).OfType<Instantie>().FirstOrDefault()
            ?? throw new RegelFout("De bevoegde instantie is nog niet aangesloten op het loket.", "productnummer");
        var beschikbaarheid = await connector.BeschikbaarheidAsync(instantie, materiaal, van!.Value, tot!.Value, ct);
        return JsonAntwoord.Ok(new BeschikbaarheidAntwoord(productnummer, instantie.OvoCode, beschikbaarheid.Materiaal, beschikbaarheid.Van, beschikbaarheid.Tot,
            beschikbaarheid.Beschikbaar));
    }

    static DateOnly? Datum(string tekst, string veld, FoutVerzamelaar fouten)
    {
        if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
        {
            return datum;
        }

        fouten.Voeg(veld, "Geef een datum als jjjj-mm-dd.");
        return null;
    }
}
