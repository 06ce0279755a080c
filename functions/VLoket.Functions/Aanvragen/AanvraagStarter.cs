using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using VLoket.Domain;
using VLoket.Domain.Bronnen;
using VLoket.Domain.Diensten.Model;
using VLoket.Domain.Diensten.Opslag;
using VLoket.Domain.Dossiers;
using VLoket.Domain.Instanties;
using VLoket.Domain.Verenigingen.Model;
using VLoket.Orchestrations.Aanvragen;
using VLoket.Orchestrations.Reservaties;
using VLoket.Orchestrations.Telemetrie;

namespace VLoket.Functions.Aanvragen;

/// <summary>Body of <c>POST /api/verenigingen/{vCode}/aanvragen</c>.</summary>
public sealed record AanvraagInvoer(string? Productnummer, Dictionary<string, string>? Antwoorden);

/// <summary>
/// Starts an application: checks the service and the answers against what the loket already knows, writes the dossier
/// and starts its workflow (instance id = dossier id). A service of type <c>InfrastructuurMateriaal</c> whose answers name
/// a material and a period (<see cref="ReservatieAntwoorden"/>) starts the <see cref="ReservatieOrchestrator"/> instead.
/// </summary>
public sealed class AanvraagStarter(
    DienstCatalogus catalogus, InstantieRegister instanties, DossierRepository dossiers, GegevensDienst gegevens, IConfiguration configuratie, TimeProvider klok)
{
    public const string TermijnSetting = "VLoket:Aanvragen:Termijn";
    public const string EerstePollSetting = "VLoket:Aanvragen:EerstePollSeconden";

    /// <summary>Attempts per agency call while the agency is unreachable, before the workflow waits for an operator (default 10, about half an hour).</summary>
    public const string PogingenSetting = "VLoket:Aanvragen:Pogingen";

    public async Task<Dossier> StartAsync(DurableTaskClient client, Vereniging vereniging, int? vertegenwoordigerId, AanvraagInvoer invoer,
        string callbackBasis, CancellationToken ct)
    {
        var dienst = (await catalogus.HuidigAsync(ct)).Zoek(invoer.Productnummer ?? string.Empty)
            ?? throw new DomeinFout("productnummer", "Deze dienst bestaat niet in de catalogus.");
        if (dienst.Aanvraagwijze != Aanvraag.Loket)
        {
            throw new RegelFout("Deze dienst vraag je aan in de toepassing van de instantie zelf. Gebruik de doorverwijzing.", "productnummer");
        }

        var instantie = dienst.BevoegdeOverheden.Select(instanties.Zoek).OfType<Instantie>().FirstOrDefault()
            ?? throw new RegelFout("De bevoegde instantie is nog niet aangesloten op het loket. Neem rechtstreeks contact met haar op.", "productnummer");
        var antwoorden = invoer.Antwoorden ?? [];
        var bronnen = await gegevens.VoorFormulierAsync(vereniging, dienst.Formulier, ct);
        var ingevuld = VoorInvulling.Vul(dienst.Formulier, vereniging, vertegenwoordigerId, bronnen).Where(i => i.IsIngevuld).ToList();
        var bekend = ingevuld.Select(i => i.Vraag.Bron!).ToHashSet();
        var fouten = AntwoordControle.Controleer(dienst.Formulier, antwoorden, bekend);
        if (fouten.Count > 0)
        {
            throw new DomeinFout(fouten);
        }

        var nu = klok.GetUtcNow();
        var wens = ReservatieAntwoorden.Lees(dienst.Type, antwoorden, DateOnly.FromDateTime(nu.UtcDateTime));
        var termijn = configuratie.GetValue<TimeSpan?>(TermijnSetting) ?? TimeSpan.FromDays(60);
        string dossierId = "D" + Guid.NewGuid().ToString("N");
        var dossier = new Dossier
        {
            DossierId = dossierId,
            VCode = vereniging.VCode,
            Productnummer = dienst.Productnummer,
            Dienstnaam = dienst.Naam.Nl,
            Entiteit = instantie.OvoCode,
            Instantienaam = instantie.Naam,
            Bron = new Uri(instantie.BasisUrl, wens is null ? "aanvragen" : "reservaties").ToString(),
            Status = new DossierStatus(Fasen.Ingediend, wens is null
                ? $"Ontvangen door het loket, wordt bezorgd aan {instantie.Naam}"
                : $"Ontvangen door het loket, beschikbaarheid wordt nagevraagd bij {instantie.Naam}"),
            Statusgeschiedenis = [new Statuswijziging(nu, Fasen.Ingediend, "Ontvangen door het loket", null)],
            Antwoorden = antwoorden,
            Herkomst = ingevuld.DistinctBy(i => i.Vraag.Bron).ToDictionary(i => i.Vraag.Bron!, i => i.Herkomst!),
            AangemaaktOp = nu,
            // A reservation's deadline is the agency's hold, which the dossier's action names once it is known.
            Uiterlijk = wens is null ? nu + termijn : null,
        };

        await dossiers.BewaarAsync(dossier, ct);
        var opdracht = new AanvraagOpdracht(dossierId, vereniging.VCode, dienst.Productnummer, instantie.OvoCode, instantie.Modus, antwoorden,
            dienst.Formulier, (nu + termijn).UtcDateTime, $"{callbackBasis.TrimEnd('/')}/api/instanties/{instantie.OvoCode}/callbacks",
            vertegenwoordigerId, configuratie.GetValue<int?>(EerstePollSetting) ?? 5,
            // The request's trace context, so the workflow's steps join this request's trace (see VLoketSporen).
            Traceparent: VLoketSporen.HuidigeTraceparent(),
            Pogingen: configuratie.GetValue<int?>(PogingenSetting) ?? AanvraagOrchestrator.StandaardPogingen);
        try
        {
            if (wens is not null)
            {
                await client.ScheduleNewOrchestrationInstanceAsync(nameof(ReservatieOrchestrator), new ReservatieOpdracht(
                    dossierId, vereniging.VCode, instantie.OvoCode, wens.Materiaal, wens.Aantal, wens.Van, wens.Tot, opdracht.Traceparent, opdracht.Pogingen),
                    new StartOrchestrationOptions(dossierId), ct);
            }
            else
            {
                await client.ScheduleNewOrchestrationInstanceAsync(nameof(AanvraagOrchestrator), opdracht, new StartOrchestrationOptions(dossierId), ct);
            }
        }
        catch
        {
            // Without a workflow the dossier would wait forever; remove it so the association can simply try again.
            await dossiers.VerwijderAsync(vereniging.VCode, dossierId, CancellationToken.None);
            throw;
        }

        return dossier;
    }
}
