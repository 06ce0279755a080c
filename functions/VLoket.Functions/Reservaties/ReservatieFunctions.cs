using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using VLoket.Domain;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Dossiers.Regels;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen;
using VLoket.Functions.Aanmelden;
using VLoket.Functions.Http;
using VLoket.Functions.OpenApi;

namespace VLoket.Functions.Reservaties;

/// <summary>How many of a material are free for a whole period at the service's agency.</summary>
public sealed record BeschikbaarheidAntwoord(string Productnummer, string Entiteit, string Materiaal, DateOnly Van, DateOnly Tot, int Beschikbaar);

/// <summary>
/// What is free for a reservation's form. Starting a reservation goes through <c>POST …/aanvragen</c>; confirming and
/// cancelling are dossier routes (<see cref="Dossiers.DossierFunctions"/>).
/// </summary>
public sealed class ReservatieFunctions(VerenigingDienst verenigingen, DienstCatalogus catalogus,
    InstantieRegister instanties, IReservatieConnector connector, TimeProvider klok)
{
    [QueryParameter("productnummer", "Productnummer van de reservatiedienst.", Verplicht = true)]
    [QueryParameter("materiaal", "Het materiaal of de zaal.")]
    [QueryParameter("van", "Begindatum (jjjj-mm-dd).", Verplicht = true)]
    [QueryParameter("tot", "Einddatum (jjjj-mm-dd).", Verplicht = true)]
    [Antwoord(200, typeof(BeschikbaarheidAntwoord))]
    [Problemen(400, 401, 404, 503)]
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

        var vandaag = DateOnly.FromDateTime(klok.GetUtcNow().UtcDateTime);
        var van = Datum(req.Query["van"].ToString(), "van", vandaag, fouten);
        var tot = Datum(req.Query["tot"].ToString(), "tot", vandaag, fouten);
        if (van is { } b && tot is { } e && e < b)
        {
            fouten.Voeg("tot", ReservatieAntwoorden.EindeVoorBegin);
        }

        fouten.GooiAlsFouten();
        var instantie = dienst!.BevoegdeOverheden.Select(instanties.Zoek).OfType<Instantie>().FirstOrDefault()
            ?? throw new RegelFout("De bevoegde instantie is nog niet aangesloten op het loket.", "productnummer");
        var beschikbaarheid = await connector.BeschikbaarheidAsync(instantie, materiaal, van!.Value, tot!.Value, ct);
        return JsonAntwoord.Ok(new BeschikbaarheidAntwoord(productnummer, instantie.OvoCode, beschikbaarheid.Materiaal, beschikbaarheid.Van, beschikbaarheid.Tot,
            beschikbaarheid.Beschikbaar));
    }

    static DateOnly? Datum(string tekst, string veld, DateOnly vandaag, FoutVerzamelaar fouten)
    {
        if (ReservatieAntwoorden.Dag(tekst) is { } datum)
        {
            if (ReservatieAntwoorden.IsTeVer(datum, vandaag))
            {
                fouten.Voeg(veld, ReservatieAntwoorden.TeVerVooruit);
                return null;
            }

            return datum;
        }

        fouten.Voeg(veld, ReservatieAntwoorden.DatumMelding);
        return null;
    }
}
